"""The signing screen follows changes made elsewhere (issue 15): a remote batch the background job sent while the
screen was open, and any other change, refresh it through the window's change signal, keeping the class shown."""

from __future__ import annotations

import threading

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import Changes, sync_runs
from hocbaso_desktop.services.remote_signing import Secrets
from hocbaso_desktop.storage import remote_repo
from hocbaso_desktop.ui.background_sync import BackgroundSync
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_server.csc import CscHttpServer
from tests.fixtures.signing import PASSWORD
from tests.ui.conftest import run_op
from tests.ui.test_remote_signing_view import remote_school  # noqa: F401 (the fixture)


def test_a_batch_sent_in_the_background_updates_the_open_signing_screen(qtbot, backend, remote_school,  # noqa: F811
                                                                         csc_service):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, remote_school, "gvcn.4a", PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 1, timeout=10000)
    port = csc_service.server.port
    csc_service.server.stop()                      # the school is offline when the teacher signs
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.prepare()
    assert page.items.rowCount() == 3
    page.ask_remote_secrets = lambda: Secrets()    # approved on the phone: nothing to type
    with qtbot.waitSignal(page.finished, timeout=60000) as blocker:
        page.sign()
    assert blocker.args[0].signed == 0             # nothing signed, the batch stays queued for the background job
    def batches():
        return run_op(qtbot, backend, lambda ctx: [b.state for b in remote_repo.open_batches(ctx.session.db)])

    assert batches() == ["queued"]

    opener = run_op(qtbot, backend, lambda ctx: sync_runs.background_opener(ctx))[0]
    runner = BackgroundSync(backend, opener, 5, autostart=False)
    service = csc_service.service

    def approve() -> None:                         # the teacher approves on the phone
        assert service.approval_event.wait(30)
        service.approve()

    with CscHttpServer(service, port=port):        # the connection comes back; the timer's run sends the batch
        helper = threading.Thread(target=approve, daemon=True)
        helper.start()
        with qtbot.waitSignal(runner.run_finished, timeout=120000) as finished:
            assert runner.run_once()
        helper.join(5)
    assert not isinstance(finished.args[0], BaseException), finished.args[0]
    assert batches() == []
    # The screen, never touched since, now shows what is true: nothing left to sign, the batch line gone.
    qtbot.waitUntil(lambda: page.items.rowCount() == 0, timeout=20000)
    assert "đã ký thêm 3 học bạ" in page.status.text() and "Không có học bạ nào chờ bạn ký" in page.status.text()
    assert "Lô ký đang chờ" not in page.approval.text()
    assert not page.sign_button.isEnabled()
    assert service.violations == []


def test_a_change_made_elsewhere_keeps_the_class_the_principal_chose(qtbot, backend, small_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, small_school, "hieutruong", DEFAULT_DEMO_PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 5, timeout=20000)
    page.class_box.setCurrentIndex(page.class_box.findText("5A"))
    backend.hub.notify(Changes(records=True))      # e.g. a teacher's batch signed by the background job
    run_op(qtbot, backend, lambda ctx: None)       # the screen's reload ran before this on the same lane
    qtbot.wait(50)
    assert page.class_box.currentText() == "5A"
