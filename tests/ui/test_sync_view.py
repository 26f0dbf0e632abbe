"""The sync panel against the reference server on 127.0.0.1."""

from __future__ import annotations

from hocbaso_desktop.services import ui_queries
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
    run_op(qtbot, backend, lambda ctx: ui_queries.write_settings(
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


def test_sync_against_a_dead_server_reports_without_blocking(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    run_op(qtbot, backend, lambda ctx: ui_queries.write_settings(
        ctx.session, {"sync.server_url": "http://127.0.0.1:9", "sync.api_token": API_TOKEN}))
    page = SyncPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.status_loaded, timeout=20000):
        page.refresh()
    results: list = []
    page.sync_finished.connect(results.append)
    page.sync_now()
    qtbot.wait(300)
    page.cancel_button.click()                     # cancel while it retries
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    summary = results[0]
    assert not isinstance(summary, BaseException), summary
    assert summary.error  # reported as offline (whether the click or the give-up ended the run)
    assert not page.cancel_button.isEnabled() and page.sync_button.isEnabled()
