"""CSC `oauth2code`: the program opens the service's authorization page in the browser (a test browser here), the
teacher approves on the phone, the code comes back on a loopback redirect on 127.0.0.1, is exchanged at oauth2/token
(form-encoded) for a credential-scoped token, and signHash is called with it (no SAD). Real database, the reference
CSC service over HTTP, the program's real loopback listener."""

from __future__ import annotations

import threading
import time

import pytest
from tests.fixtures.csc_spec_service import browser
from tests.signing.test_remote_issuance import _queue, _send, _statuses, remote_school  # noqa: F401 (the fixture)

from hocbaso_desktop.remote import ApprovalState
from hocbaso_desktop.storage import records_repo, remote_repo, xml_repo


def _phone(service, *, refuse: bool, times: int) -> threading.Thread:
    """The teacher's phone: answers each request as it arrives (the browser opens the page on a thread of its own,
    so the request reaches the service at its own pace), `times` times."""
    def answer():
        for _ in range(times):
            for _try in range(600):
                if [a for a in service.approvals.values() if a.state == "pending"]:
                    break
                time.sleep(0.05)
            service.approve(refuse=refuse)
    helper = threading.Thread(target=answer, daemon=True)
    helper.start()
    return helper


@pytest.mark.parametrize("refuse", [False, True])
def test_oauth2code_approved_or_refused_on_the_phone(remote_school, csc_service, refuse):  # noqa: F811
    csc_service.credential.mode = "oauth2code"
    csc_service.credential.multisign = 4                  # 3 pages = 6 hashes (PDF + XML): two approvals
    session, batch = _queue(remote_school)
    states = []
    helper = _phone(csc_service.service, refuse=refuse, times=1 if refuse else 2)

    def observe(state, code):
        states.append((state, code))

    csc_service.service.approval_event.clear()
    result, signer = _send(session, batch, pin=None, observer=observe, browser=browser)
    helper.join(5)
    codes = [c for s, c in states if s is ApprovalState.WAITING_PHONE]
    pages = [b for _v, m, b in csc_service.service.requests if m == "oauth2/authorize"]
    assert codes and all(f"Mã giao dịch {c}" in p["description"] for c, p in zip(codes, pages, strict=True))
    methods = [m for _v, m, _b in csc_service.service.requests]
    if refuse:
        assert result.signed == 0 and "từ chối trên điện thoại" in result.stopped_by
        assert _statuses(remote_school) == [("locked", 0)] * 3
        assert remote_repo.get_batch(remote_school.db, batch.id).state == "failed"
        assert "oauth2/token" not in methods and "signatures/signHash" not in methods
    else:
        assert (result.signed, result.stopped_by) == (3, "") and signer.authorizations == 2
        assert methods.count("oauth2/authorize") == 2 and methods.count("oauth2/token") == 2
        assert "credentials/authorize" not in methods
        sign_bodies = [b for _v, m, b in csc_service.service.requests if m == "signatures/signHash"]
        assert sign_bodies and all("SAD" not in b for b in sign_bodies)   # the credential token instead
        assert _statuses(remote_school) == [("signing", 1)] * 3
        for stored in records_repo.latest_for_class(remote_school.db, remote_school.class_id):
            assert b'Id="sig-gvcn"' in xml_repo.get_xml(remote_school.db, stored.record.id, stored.record.version)
    assert csc_service.service.violations == []


def test_cancel_while_waiting_for_the_redirect(remote_school, csc_service):  # noqa: F811
    csc_service.credential.mode = "oauth2code"
    session, batch = _queue(remote_school)
    result, _s = _send(session, batch, pin=None, cancel=lambda: bool(csc_service.service.approvals),
                       browser=browser)
    assert result.signed == 0 and "huỷ" in result.stopped_by
    assert _statuses(remote_school) == [("locked", 0)] * 3
    csc_service.service.approve()            # a late approval reaches nobody: the listener is closed
    assert not [m for _v, m, _b in csc_service.service.requests if m in ("oauth2/token", "signatures/signHash")]
