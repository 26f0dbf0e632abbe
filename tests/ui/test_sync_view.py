"""The sync panel against the reference server on 127.0.0.1."""

from __future__ import annotations

from hocbaso_desktop.services import school_settings
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.sync_view import SyncPage
from tests.fixtures.central_server import API_TOKEN
from tests.ui.conftest import run_op


def test_sync_now_contacts_the_server_and_shows_the_status(qtbot, backend, demo_school, central_server):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = SyncPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_loaded, timeout=20000):
        page.refresh()
    assert "chưa cấu hình" in page.server.text() and not page.sync_button.isEnabled()
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(
        ctx.session, {"sync.server_url": central_server.url, "sync.api_token": API_TOKEN}))
    with qtbot.waitSignal(page.status_loaded, timeout=20000):
        page.refresh()
    assert page.server.text() == central_server.url and page.sync_button.isEnabled()
    with qtbot.waitSignal(page.sync_finished, timeout=60000) as blocker:
        page.sync_now()
    summary = blocker.args[0]
    assert not isinstance(summary, BaseException), summary
    assert summary.error is None and summary.remaining == 0
    qtbot.waitUntil(lambda: page.last_contact.text() != "—", timeout=20000)
    assert "UTC" not in page.last_contact.text() and page.clock.text() == ""
    assert page.states.item(2, 0).text() == "Đã gửi"
    assert int(page.states.item(2, 1).text()) == page.status.counts["delivered"]


def test_sync_against_a_dead_server_reports_offline_and_returns_to_idle(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(
        ctx.session, {"sync.server_url": "http://127.0.0.1:9", "sync.api_token": API_TOKEN}))
    page = SyncPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_loaded, timeout=20000):
        page.refresh()
    idle_when_finished: list[bool] = []
    page.sync_finished.connect(lambda _s: idle_when_finished.append(
        page.sync_button.isEnabled() and not page.cancel_button.isEnabled()))
    with qtbot.waitSignal(page.sync_finished, timeout=60000) as blocker:
        page.sync_now()
    summary = blocker.args[0]
    assert not isinstance(summary, BaseException), summary
    # port 9 refuses: the run gives up after its attempts at a server it never reached, nothing sent
    assert summary.error == "Không kết nối được với hệ thống trung tâm; sẽ thử lại sau." and not summary.cancelled
    assert summary.delivered == 0 and summary.remaining == 0   # the demo school has nothing queued
    assert page.status.counts.get("queued", 0) == 0
    # the person asked: the panel says the centre was not reached, even with nothing to send
    assert page.message.text() == ("Lần này gửi 0 học bạ. Tổng: đã gửi 0; còn chờ gửi 0; cần người xử lý 0. "
                                   "Không kết nối được với hệ thống trung tâm; sẽ thử lại sau.")
    assert idle_when_finished == [True]          # idle already when the signal fired, not some time later
