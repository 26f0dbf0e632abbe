"""The transfer doors of `hocbaso transfer …` (services.transfers): refused before anything is written or any
token is asked, for a role without the right."""

from __future__ import annotations

import re
from datetime import date

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.services import PlainWork, students, transfers
from hocbaso_desktop.storage import audit


class _Prompt:
    """A PinPrompt that fails the test if it is asked."""

    def ask_pin(self, token, remaining_tries):
        raise AssertionError("the token was asked for a PIN")

    def show_message(self, message: str) -> None:
        raise AssertionError(message)


def test_a_teacher_cannot_send_a_student_and_no_package_is_written(session_as, tmp_path):
    academic, teacher = session_as("hocvu"), session_as("gvcn.4a")
    student = students.class_students(academic, students.resolve_class(academic, "4A"))[0]
    out = tmp_path / "chuyen.zip"
    before = len(audit.recent(academic.db, limit=10_000))
    with pytest.raises(PermissionDeniedError, match=re.escape("gvcn.4a")):
        transfers.send(PlainWork(teacher), student.id, out, date(2026, 11, 23), "THCS Lê Lợi",
                       recipient_cert=tmp_path / "khong-co.pem")
    assert not out.exists() and len(audit.recent(academic.db, limit=10_000)) == before


def test_the_academic_officer_sends_by_full_name(session_as, tmp_path):
    academic = session_as("hocvu")
    student = students.class_students(academic, students.resolve_class(academic, "4A"))[0]
    written = transfers.send(PlainWork(academic), student.full_name, tmp_path / "chuyen.zip", date(2026, 11, 23),
                             "THCS Lê Lợi")
    assert (written.path.exists(), written.student, written.recipient) == (True, student.full_name, "")
    assert written.changes.names() == ("students", "audit")


@pytest.mark.parametrize("username", ["hocvu", "gvcn.4a", "hieutruong"])
def test_only_the_seal_holder_seals_or_opens_and_the_token_is_not_asked(session_as, tmp_path, username):
    session = session_as(username)
    package = tmp_path / "goi.zip"
    package.write_bytes(b"PK\x05\x06" + bytes(18))   # an empty zip: never read when refused
    work = PlainWork(session)
    with pytest.raises(PermissionDeniedError, match=re.escape(username)):
        transfers.seal(work, package, _Prompt(), module_path=str(tmp_path / "no-module.so"))
    with pytest.raises(PermissionDeniedError, match=re.escape(username)):
        transfers.open_sealed(work, package, tmp_path / "mo.zip", _Prompt(), module_path=str(tmp_path / "no.so"))
    assert package.read_bytes() == b"PK\x05\x06" + bytes(18) and not (tmp_path / "mo.zip").exists()
