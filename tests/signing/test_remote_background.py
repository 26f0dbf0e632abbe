"""Offline first: a batch prepared with no network is sent by the background job once the service answers; a
refused batch leaves its pages locked with the reason shown; a PIN credential waits for the teacher; the job runs
beside the sync (a wait for the phone never holds a sync run up) and a cancel ends its wait at once, leaving the
batch queued. Real database, the reference CSC service on 127.0.0.1, the real `sync_runs.send_remote_batches`."""

from __future__ import annotations

import threading
import time

from tests.signing.test_remote_issuance import _statuses, remote_school  # noqa: F401 (the fixture)

from hocbaso_desktop.remote import Backoff
from hocbaso_desktop.services import remote_signing, sync_runs
from hocbaso_desktop.signing import issuance, remote_issuance, remote_setup
from hocbaso_desktop.storage import records_repo, remote_repo, xml_repo
from hocbaso_server.csc import CscHttpServer


def _prepare_offline(school, csc_service):
    """The teacher prepares the class's batch: placeholders frozen and queued, nothing sent to the service."""
    session = school.session("gvcn.4a")
    issuance.prepare_class(session, school.class_id)
    before = len(csc_service.service.requests)
    batch = remote_issuance.prepare_batch(session, issuance.plan_batch(session, school.class_id, "gvcn"))
    assert len(csc_service.service.requests) == before           # offline: no request at all
    return session, batch


def _answer_phone(service, *, refuse: bool) -> threading.Thread:
    def answer():
        assert service.approval_event.wait(30)
        service.approve(refuse=refuse)
    helper = threading.Thread(target=answer, daemon=True)
    helper.start()
    return helper


def _authorizations(service) -> int:
    return sum(1 for _v, m, _b in service.requests if m == "credentials/authorize")


def test_background_job_sends_a_queued_batch_when_the_service_comes_back(remote_school, csc_service):  # noqa: F811
    csc_service.credential.mode = "implicit"          # the teacher approves on the phone
    session, batch = _prepare_offline(remote_school, csc_service)
    port = csc_service.server.port
    csc_service.server.stop()                         # no connection yet
    opener = remote_school.db.sibling_opener()
    sync_runs.send_remote_batches(opener)
    still = remote_repo.get_batch(remote_school.db, batch.id)
    assert still.state == "queued" and "Chưa kết nối được dịch vụ ký" in still.message
    assert _statuses(remote_school) == [("locked", 0)] * 3

    with CscHttpServer(csc_service.service, port=port):   # the connection appears
        helper = _answer_phone(csc_service.service, refuse=False)
        sync_runs.send_remote_batches(opener)
        helper.join(5)
    assert remote_repo.get_batch(remote_school.db, batch.id).state == "done"
    assert _statuses(remote_school) == [("signing", 1)] * 3   # signed and embedded, waiting for the principal
    for stored in records_repo.latest_for_class(remote_school.db, remote_school.class_id):
        assert b'Id="sig-gvcn"' in xml_repo.get_xml(remote_school.db, stored.record.id, stored.record.version)
    assert remote_signing.signing_status(session, remote_school.class_id, "gvcn").batches == ()
    assert csc_service.service.violations == []


def test_refused_on_the_phone_leaves_the_pages_locked_with_the_reason(remote_school, csc_service):  # noqa: F811
    csc_service.credential.mode = "implicit"
    session, batch = _prepare_offline(remote_school, csc_service)
    opener = remote_school.db.sibling_opener()
    helper = _answer_phone(csc_service.service, refuse=True)
    sync_runs.send_remote_batches(opener)
    helper.join(5)
    failed = remote_repo.get_batch(remote_school.db, batch.id)
    assert failed.state == "failed" and "từ chối trên điện thoại" in failed.message
    assert _statuses(remote_school) == [("locked", 0)] * 3          # never half-signed
    status = remote_signing.signing_status(session, remote_school.class_id, "gvcn")
    assert [(b.pages, b.state) for b in status.batches] == [(3, "chưa ký được — học bạ vẫn khóa chờ ký")]
    assert "từ chối" in status.batches[0].message
    asked = _authorizations(csc_service.service)
    sync_runs.send_remote_batches(opener)                           # a refused batch is not sent again by itself
    assert _authorizations(csc_service.service) == asked
    assert csc_service.service.violations == []


def test_a_pin_credential_waits_for_the_teacher(remote_school, csc_service):  # noqa: F811
    _session, batch = _prepare_offline(remote_school, csc_service)
    sync_runs.send_remote_batches(remote_school.db.sibling_opener())
    waiting = remote_repo.get_batch(remote_school.db, batch.id)
    assert waiting.state == "queued" and "cần mã PIN" in waiting.message
    assert _authorizations(csc_service.service) == 0 and _statuses(remote_school) == [("locked", 0)] * 3


def test_the_sync_run_does_not_wait_for_the_phone(remote_school, csc_service):  # noqa: F811
    csc_service.credential.mode = "implicit"           # nobody answers the phone in this test
    _session, batch = _prepare_offline(remote_school, csc_service)
    started = time.monotonic()
    sync_runs.run(remote_school.db.sibling_opener(), background=True)
    assert time.monotonic() - started < 30                                   # no phone wait (5 min) inside
    assert _authorizations(csc_service.service) == 0                         # the batch is the other job's
    assert remote_repo.get_batch(remote_school.db, batch.id).state == "queued"


def test_a_cancel_ends_the_wait_at_once_and_keeps_the_batch_queued(remote_school, csc_service,  # noqa: F811
                                                                    monkeypatch):
    csc_service.credential.mode = "implicit"           # nobody answers the phone in this test
    # the signer waits a minute between polls here: a job that ends within the join below was woken by the cancel
    monkeypatch.setattr(remote_setup, "Backoff", lambda: Backoff(first=60.0, longest=60.0))
    _session, batch = _prepare_offline(remote_school, csc_service)
    cancel = threading.Event()
    result = {}
    job = threading.Thread(target=lambda: result.setdefault("changes", sync_runs.send_remote_batches(
        remote_school.db.sibling_opener(), cancel=cancel)), daemon=True)
    job.start()
    assert csc_service.service.approval_event.wait(30)              # waiting for the phone now
    time.sleep(0.3)                 # into the signer's wait (a cancel that came before it would end the job too)
    cancel.set()                                                    # the window closes
    job.join(30)
    assert not job.is_alive()                                       # woken, not at the end of its minute
    kept = remote_repo.get_batch(remote_school.db, batch.id)
    assert kept.state == "queued" and "sẽ được gửi lại" in kept.message   # the teacher refused nothing
    assert _statuses(remote_school) == [("locked", 0)] * 3
    assert result["changes"].records                                # the signing screen is told
