"""Issue 15 item 4: the audit log for people — sentences, local time, filters, Excel export, settings recorded
only when they change."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta, timezone

from openpyxl import load_workbook

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import school_settings
from hocbaso_desktop.storage import audit, school_repo, users_repo
from hocbaso_desktop.ui.audit_view import AuditPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def _page(qtbot, backend, path, password, username="hieutruong"):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, username, password))
    page = AuditPage(backend, who)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    return page


def test_the_log_reads_as_sentences_in_local_time_and_filters(qtbot, backend, issued_school, tmp_path):
    path, _root = issued_school
    page = _page(qtbot, backend, path, DEFAULT_DEMO_PASSWORD)
    principal = run_op(qtbot, backend, lambda ctx: users_repo.get_user(ctx.session.db, "hieutruong")).full_name
    rows = run_op(qtbot, backend, lambda ctx: audit.recent(ctx.session.db, limit=5000))
    sign = next(r for r in rows if r.action == "record.sign" and r.actor == "hieutruong")
    texts = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert not any("record." in t or "setting." in t or "{'" in t for t in texts)
    line = next(t for t in texts if t.startswith(f"Hiệu trưởng {principal} ký học bạ của "))
    assert ", lớp 4A, phiên bản 1" in line and "(với vai trò hiệu trưởng)" in line
    local = datetime.fromisoformat(sign.at.replace("Z", "+00:00")).replace(tzinfo=UTC) \
        .astimezone(timezone(timedelta(hours=7))).strftime("%d/%m/%Y %H:%M")
    assert local in [page.table.item(r, 0).text() for r in range(page.table.rowCount())]

    page.person.setCurrentIndex(page.person.findData("hieutruong"))
    page.kind.setCurrentIndex(page.kind.findData("sign"))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    assert page.table.rowCount() == len([r for r in rows if r.actor == "hieutruong" and r.action in (
        "record.lock", "record.unlock", "record.sign", "record.issue", "record.timestamp")]) > 0
    class_id = run_op(qtbot, backend, lambda ctx: school_repo.find_class(
        ctx.session.db, school_repo.latest_year(ctx.session.db), "4A").id)
    student = run_op(qtbot, backend, lambda ctx: school_repo.students_in_class(ctx.session.db, class_id))[0]
    page.student.setText(student.full_name.split()[-1].upper())        # part of the name, any case
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    shown = [page.table.item(r, 1).text() for r in range(page.table.rowCount())]
    assert shown and all(student.full_name.split()[-1] in t for t in shown)
    assert any(student.full_name in t for t in shown)
    page.use_since.setChecked(True)
    page.since.setDate(page.until.date().addDays(1))                    # from tomorrow: nothing
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    assert page.table.rowCount() == 0
    page.use_since.setChecked(False)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()

    out = tmp_path / "nhat-ky.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    sheet = load_workbook(out).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][0] == "Thời điểm" and len(values) == page.table.rowCount() + 1
    assert values[1][4] == page.table.item(0, 1).text()


def test_a_settings_save_records_only_what_changed(qtbot, backend, demo_school):
    run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))

    def setting_rows(ctx):
        return [r for r in audit.recent(ctx.session.db, limit=5000) if r.action == "setting.set"]

    values = {"sync.server_url": "https://trungtam.example.vn", "ui.lock_minutes": 7, "sync.api_token": "bi-mat",
              "signing.timestamp_url": "", "token.pkcs11_module": "", "signing.trust_list": ""}
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(ctx.session, values))
    first = run_op(qtbot, backend, setting_rows)
    assert {r.entity_id for r in first} == {"sync.server_url", "ui.lock_minutes", "sync.api_token"}
    assert "bi-mat" not in str([(r.before, r.after) for r in first])
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(ctx.session, {**values, "sync.api_token": ""}))
    assert len(run_op(qtbot, backend, setting_rows)) == 3                # nothing changed: nothing recorded
    run_op(qtbot, backend, lambda ctx: school_settings.write_settings(ctx.session, {**values, "ui.lock_minutes": 8}))
    assert len(run_op(qtbot, backend, setting_rows)) == 4
