"""The background sync drains the outbox on its own connection while the interface keeps its own."""

from __future__ import annotations

from hocbaso_desktop.storage import outbox, settings_repo
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.ui.background_sync import BackgroundSync
from hocbaso_desktop.ui.operations import Backend
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import issue_records


def test_background_run_drains_and_reports(qtbot, demo_school, central_server):
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    issue_records(db, 3)
    settings_repo.set_setting(db, "sync.server_url", central_server.url)
    settings_repo.set_setting(db, "sync.api_token", API_TOKEN)
    backend = Backend()
    try:
        runner = BackgroundSync(backend, db.sibling_opener(), minutes=60)
        with qtbot.waitSignal(runner.run_finished, timeout=30000):
            runner.run_once()
        assert runner.status_text == "Đồng bộ: đã gửi hết"
        # the interface's own connection sees the result at once
        assert outbox.state_counts(db)["delivered"] == 3
        assert central_server.store.stored_events() == 3
        runner.stop()
    finally:
        backend.shutdown()
        db.close()


def test_not_configured_is_said_plainly(qtbot, demo_school):
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    backend = Backend()
    try:
        runner = BackgroundSync(backend, db.sibling_opener(), minutes=60)
        with qtbot.waitSignal(runner.run_finished, timeout=30000):
            runner.run_once()
        assert "chưa cấu hình" in runner.status_text
        runner.stop()
    finally:
        backend.shutdown()
        db.close()
