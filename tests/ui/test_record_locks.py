"""The grade grid locks the rows of students whose page is issued; locking for signing is confirmed first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.services import grade_sheets
from hocbaso_desktop.storage import school_repo
from hocbaso_desktop.ui.grade_entry import GradeEntryPage
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def _class_id(ctx, name):
    return school_repo.find_class(ctx.session.db, school_repo.latest_year(ctx.session.db), name).id


@pytest.mark.token
def test_grid_locks_the_cells_of_issued_students(qtbot, backend, issued_school):
    path, _root = issued_school
    run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, "gvcn.4a", DEFAULT_DEMO_PASSWORD))
    page = GradeEntryPage(backend)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sheet_loaded, timeout=30000):
        page.refresh()
    model = page.model
    assert model is not None and model.sheet.school_class.name == "4A"
    assert len(model.sheet.locked_students) == model.rowCount() > 0
    index = model.index(0, 1)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert "Đã phát hành" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "(đã khoá)" in model.data(model.index(0, 0))
    before = model.data(index)
    assert model.setData(index, "T") is False and model.data(index) == before and model.pending_count() == 0
    assert page.lock_banner.isVisibleTo(page)


@pytest.mark.token
def test_homeroom_confirms_the_list_before_locking(qtbot, backend, demo_signers_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_signers_school, "gvcn.5a", DEFAULT_DEMO_PASSWORD))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.class_box.count() == 1 and page.role_box.currentData() == "gvcn", timeout=20000)
    class_id = run_op(qtbot, backend, lambda ctx: _class_id(ctx, "5A"))
    page.plan_button.click()
    qtbot.waitUntil(lambda: page.lock_dialog is not None and page.lock_dialog.isVisible(), timeout=20000)
    dialog = page.lock_dialog
    students, locks = run_op(qtbot, backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id))
    assert locks == {} and dialog.names.count() == len(students) == 6
    assert dialog.names.item(0).text().endswith(students[0].full_name)
    dialog.no.click()                          # refusing locks nothing
    qtbot.wait(200)
    assert not backend.busy and page.prep is None
    assert run_op(qtbot, backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id))[1] == {}
    page.plan_button.click()
    qtbot.waitUntil(lambda: page.lock_dialog is not dialog and page.lock_dialog.isVisible(), timeout=20000)
    with qtbot.waitSignal(page.prepared, timeout=60000):
        page.lock_dialog.yes.click()
    _students, locks = run_op(qtbot, backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id))
    assert set(locks) == {s.id for s in students} and all("Đã khoá" in r for r in locks.values())
