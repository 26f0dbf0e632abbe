"""Issue 15 item 5: học vụ adds one student and corrects one student's identity in the window."""

from __future__ import annotations

from hocbaso_desktop.storage import audit
from hocbaso_desktop.ui.people_views import StudentsPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def _page(qtbot, backend, demo_school, username):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, username, demo_school.password))
    page = StudentsPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    return page


def test_academic_officer_adds_and_corrects_a_student(qtbot, backend, demo_school):
    page = _page(qtbot, backend, demo_school, "hocvu")
    assert page.add_button.isVisibleTo(page) and page.table.rowCount() == 30
    page.add_student()
    dialog = page.dialog
    dialog.edits["full_name"].setText("  Lò   Thị Mai ")
    dialog.sex.setCurrentIndex(dialog.sex.findData("2"))
    dialog.birth.setText("31/02/2018")                      # no such day: refused, the form stays with the reason
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.isVisible() and "không tồn tại" in dialog.error.text(), timeout=20000)
    dialog.birth.setText("05/09/2018")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        dialog.accept()
    assert page.table.rowCount() == 31
    assert any(s.full_name == "Lò Thị Mai" and s.birth.display() == "05/09/2018" for s in page.students)

    row = next(i for i, s in enumerate(page.students) if s.full_name == "Lò Thị Mai")
    page.table.selectRow(row)
    page.edit_selected()
    page.dialog.edits["birthplace"].setText("Sơn La")
    with qtbot.waitSignal(page.saved, timeout=20000):
        page.dialog.accept()
    student = next(s for s in page.students if s.full_name == "Lò Thị Mai")
    qtbot.waitUntil(lambda: next(s for s in page.students if s.id == student.id).birthplace == "Sơn La",
                    timeout=20000)
    rows = run_op(qtbot, backend, lambda ctx: audit.recent(ctx.session.db, limit=20))
    update = next(r for r in rows if r.action == "student.update" and r.entity_id == student.id)
    assert update.after == {"fields": ["birthplace"]}


def test_the_principal_only_reads_the_list(qtbot, backend, demo_school):
    page = _page(qtbot, backend, demo_school, "hieutruong")
    assert not page.add_button.isVisibleTo(page) and not page.edit_button.isVisibleTo(page)
