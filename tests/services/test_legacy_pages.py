"""The seal's batch for `hocbaso trichluc issue` (services.legacy_pages.seal_pages): only the seal's holder,
refused before the token is asked for a PIN; and the waiting list is the clerk's."""

from __future__ import annotations

import re

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.services import PlainWork, legacy_pages
from hocbaso_desktop.storage import audit


class _Prompt:
    """A PinPrompt that records whether it was asked."""

    def __init__(self) -> None:
        self.asked = 0

    def ask_pin(self, token, remaining_tries):
        self.asked += 1
        return "123456"

    def show_message(self, message: str) -> None:
        raise AssertionError(message)


@pytest.mark.parametrize("username", ["gvcn.4a", "hocvu", "hieutruong"])
def test_sealing_is_refused_to_others_before_the_token_is_touched(session_as, tmp_path, username):
    session = session_as(username)
    prompt = _Prompt()
    before = len(audit.recent(session.db, limit=10_000))
    with pytest.raises(PermissionDeniedError, match=re.escape(username)):
        legacy_pages.seal_pages(PlainWork(session), (), prompt, module_path=str(tmp_path / "no-module.so"))
    with pytest.raises(PermissionDeniedError, match=re.escape(username)):
        legacy_pages.pending_seal(PlainWork(session), "2024-2025")
    assert prompt.asked == 0 and len(audit.recent(session.db, limit=10_000)) == before


def test_the_clerk_sees_an_empty_list_in_a_school_with_no_converted_pages(session_as):
    assert legacy_pages.pending_seal(PlainWork(session_as("vanthu")), "2024-2025") == ()
