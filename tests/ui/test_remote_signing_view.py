"""The signing screen with a remote credential: which credential signs, "Hãy xác nhận trên điện thoại" with the
transaction code while the service waits for the phone, and the result (reference CSC service on 127.0.0.1)."""

from __future__ import annotations

import threading
import time

import pytest

from hocbaso_desktop.services.remote_signing import Secrets
from hocbaso_desktop.signing import issuance, remote_issuance, remote_setup
from hocbaso_desktop.storage import trust_repo
from hocbaso_desktop.ui.background_sync import BackgroundSync
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.fixtures.csc_service import CSC_CLIENT_ID, CSC_CLIENT_SECRET, CSC_USER
from tests.fixtures.signing import PASSWORD, build_school
from tests.ui.conftest import run_op


@pytest.fixture
def remote_school(tmp_path, demo_pki, csc_service):
    """A 3-student class whose homeroom teacher signs through the CSC service, approving on the phone."""
    school = build_school(tmp_path / "truong.hocbaso", demo_pki)
    trust_repo.add_anchor(school.db, csc_service.pki.root_der, subject="CSC Test Root CA", actor="quantri",
                          at="2026-01-01T00:00:00+00:00")
    admin = school.session("quantri")
    remote_setup.add_service(admin, name="csc", url=csc_service.url(), client_id=CSC_CLIENT_ID,
                             client_secret=CSC_CLIENT_SECRET)
    remote_setup.bind_remote(admin, username="gvcn.4a", role="gvcn", service_name="csc", remote_user=CSC_USER,
                             accept_name_mismatch=True)   # the service's test credential names another person
    school.db.keyfile.set_user("gvcn.4a", school.db._data_key, PASSWORD)
    school.db.keyfile.save()
    school.db.close()
    csc_service.credential.mode = "implicit"
    return tmp_path / "truong.hocbaso"


def test_remote_signing_waits_for_the_phone(qtbot, backend, remote_school, csc_service):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, remote_school, "gvcn.4a", PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 1, timeout=10000)
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.prepare()
    assert page.items.rowCount() == 3
    assert "Dịch vụ csc, người dùng gv.hoa" in page.approval.text()
    assert not page.token_box.isEnabled() and page.sign_button.isEnabled()
    page.ask_remote_secrets = lambda: Secrets()
    for answer in ("refuse", "approve"):
        with qtbot.waitSignal(page.finished, timeout=120000) as blocker:
            page.sign()
            qtbot.waitUntil(lambda: "Hãy xác nhận trên điện thoại" in page.approval.text(), timeout=30000)
            code = page.approval.text().rsplit(" ", 1)[-1]
            assert csc_service.service.approvals[code].state == "pending"
            csc_service.service.approve(code, refuse=answer == "refuse")
        result = blocker.args[0]
        assert not isinstance(result, BaseException), result
        if answer == "refuse":
            assert result.signed == 0 and "từ chối trên điện thoại" in page.status.text()
            with qtbot.waitSignal(page.prepared, timeout=60000):
                page.prepare()
            assert "Lô ký đang chờ: chưa ký được — học bạ vẫn khóa chờ ký (3 học bạ)" in page.approval.text()
            assert page.sign_button.isEnabled()
    assert (result.signed, result.remaining) == (3, 0)
    assert csc_service.service.violations == []


def _queue_offline(qtbot, backend, who_class: str) -> None:
    """The teacher's batch prepared and queued with no request to the service (as with no connection)."""
    def queue(ctx):
        plan = issuance.plan_batch(ctx.session, who_class, "gvcn")
        return remote_issuance.prepare_batch(ctx.session, plan)
    run_op(qtbot, backend, queue, timeout=60000)


def _page_with_queued_batch(qtbot, backend, remote_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, remote_school, "gvcn.4a", PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 1, timeout=10000)
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.prepare()
    _queue_offline(qtbot, backend, page.class_box.currentData())
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.prepare()
    assert "Lô ký đang chờ: chờ gửi" in page.approval.text()
    opener = run_op(qtbot, backend, lambda ctx: ctx.session.db.sibling_opener())
    return page, BackgroundSync(backend, opener, 60, autostart=False)


def test_the_screen_shows_a_batch_the_background_job_signed(qtbot, backend, remote_school, csc_service):
    page, runner = _page_with_queued_batch(qtbot, backend, remote_school)

    def approve():
        assert csc_service.service.approval_event.wait(60)
        csc_service.service.approve()
    helper = threading.Thread(target=approve, daemon=True)
    helper.start()
    runner.send_remote_batches()                    # the background job, not the screen, sends the batch
    # nobody touches the screen: the change signal brings the new state
    qtbot.waitUntil(lambda: "đã được ký" in page.status.text(), timeout=90000)
    assert "Lô ký đang chờ" not in page.approval.text() and page.items.rowCount() == 0
    assert not page.sign_button.isEnabled()
    helper.join(5)
    assert csc_service.service.violations == []


def test_the_remote_job_never_holds_up_the_sync_and_stops_at_once(qtbot, backend, remote_school, csc_service):
    page, runner = _page_with_queued_batch(qtbot, backend, remote_school)   # nobody answers the phone here
    runs: list = []
    runner.run_finished.connect(runs.append)
    assert runner.run_once()                        # a timer run: the sync and, beside it, the remote job
    assert csc_service.service.approval_event.wait(60)
    qtbot.waitUntil(lambda: bool(runs), timeout=30000)     # the sync ended while the phone is still awaited
    assert not isinstance(runs[0], BaseException) and runner.remote_running
    started = time.monotonic()
    runner.stop()                                   # the window closes
    qtbot.waitUntil(lambda: not runner.remote_running, timeout=10000)
    assert time.monotonic() - started < 3
    qtbot.waitUntil(lambda: "sẽ được gửi lại" in page.approval.text(), timeout=20000)   # queued, not failed
    assert csc_service.service.violations == []
