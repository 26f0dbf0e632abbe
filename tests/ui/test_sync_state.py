"""Issue 15 item 3: one sync state, shown the same in the panel, its table and the status bar; "sync now" joins a
background run; state names whole; local time; teachers' status bar says something true."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

from hocbaso_desktop.services import school_settings
from hocbaso_desktop.ui.background_sync import BackgroundSync
from hocbaso_desktop.ui.main_window import MainWindow
from hocbaso_desktop.ui.operations import Op
from hocbaso_desktop.ui.start_window import sign_in
from hocbaso_desktop.ui.sync_view import STATE_LABELS, SyncPage
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import issue_records
from tests.ui.conftest import run_op


def test_sync_now_during_a_background_run_joins_it_and_every_view_agrees(qtbot, backend, demo_school,
                                                                        central_server):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    run_op(qtbot, backend, lambda ctx: issue_records(ctx.session.db, 4))
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(
        ctx.session, {"sync.server_url": central_server.url, "sync.api_token": API_TOKEN}))
    opener = run_op(qtbot, backend, lambda ctx: ctx.session.db.sibling_opener())
    runner = BackgroundSync(backend, opener, 60, autostart=False)
    page = SyncPage(backend, who)
    qtbot.addWidget(page)
    page.attach_sync(runner)
    results: list = []
    runs: list = []
    page.sync_finished.connect(results.append)
    runner.run_finished.connect(runs.append)
    hold = threading.Event()
    Op(None, backend, lambda ctx: hold.wait(30)).on_lane("sync").run_in_background()  # keeps the run going
    assert runner.run_once()                               # the background run starts first
    page.sync_now()                                        # the person presses "Đồng bộ ngay" meanwhile
    qtbot.waitUntil(lambda: "chờ kết quả" in page.message.text(), timeout=20000)
    assert page.cancel_button.isEnabled() and not page.sync_button.isEnabled()
    hold.set()
    qtbot.waitUntil(lambda: bool(results), timeout=60000)
    assert len(runs) == 1                                  # joined: one run, not a second one reporting failure
    summary = results[0]
    assert not isinstance(summary, BaseException), summary
    assert summary.error is None
    delivered = runner.state.status.counts["delivered"]
    assert delivered == 4 and runner.state.status.pending == 0
    assert f"đã gửi {delivered}" in page.message.text() and "còn chờ gửi 0" in page.message.text()
    assert "Không kết nối" not in page.message.text()
    row = list(STATE_LABELS).index("delivered")
    assert page.states.item(row, 1).text() == str(delivered)
    assert runner.status_text == "Đồng bộ: đã gửi hết"
    assert page.sync_button.isEnabled() and not page.cancel_button.isEnabled()


def test_state_names_are_whole_and_times_are_local(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    at = datetime(2026, 12, 4, 20, 30, tzinfo=UTC)
    run_op(qtbot, backend, lambda ctx: __import__("hocbaso_desktop.storage.settings_repo", fromlist=["x"])
           .set_setting(ctx.session.db, "sync.last_run", {"at": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                                          "last_success_at": None}))
    page = SyncPage(backend, who)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.status_loaded, timeout=20000):
        page.refresh()
    metrics = page.states.fontMetrics()
    for row in range(page.states.rowCount()):
        item = page.states.item(row, 0)
        assert metrics.horizontalAdvance(item.text()) <= page.states.columnWidth(0), item.text()
        assert page.states.visualItemRect(item).bottom() <= page.states.viewport().height()
    local = at.astimezone(timezone(timedelta(hours=7)))
    assert page.last_contact.text().startswith(local.strftime("%d/%m/%Y %H:%M"))   # 05/12/2026 03:30
    assert "UTC" not in page.last_contact.text()


def test_a_teachers_status_bar_says_something_true(qtbot, backend, demo_school, monkeypatch):
    from hocbaso_desktop.ui import background_sync

    monkeypatch.setattr(background_sync, "FIRST_RUN_DELAY_MS", 600_000)  # no run yet: the bar must not wait for one
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "gvcn.4a", demo_school.password))
    window = MainWindow(backend, who, lock_seconds=600)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.sync_indicator.text() == "Đồng bộ: chưa cấu hình máy chủ", timeout=20000)
