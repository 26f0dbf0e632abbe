"""The grade entry screen against a real demo school: keyboard, paste, validation, autosave, live results."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.domain.i18n import VIETNAM_TIME
from hocbaso_desktop.services import grade_sheets
from hocbaso_desktop.storage import assessments_repo, school_repo
from hocbaso_desktop.ui.grade_entry import GradeEntryPage
from tests.ui.conftest import run_op


def _open(qtbot, backend, subject: str = "TOAN", period: str = "cn") -> GradeEntryPage:
    page = GradeEntryPage(backend)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.sheet_loaded, timeout=20000):
        page.refresh()
    choice = page._choices[0]
    with qtbot.waitSignal(page.sheet_loaded, timeout=20000):
        page.open_sheet(choice.school_class.id, subject, period)
    return page


def _stored(qtbot, backend, page: GradeEntryPage) -> dict[tuple[str, str], str]:
    sheet = page.model.sheet
    entries = run_op(qtbot, backend, lambda ctx: assessments_repo.entries_for_class(
        ctx.session.db, sheet.school_class.id, sheet.school_class.year))
    return {(e.student_id, e.component): e.value for e in entries
            if e.subject == sheet.subject and e.period == sheet.period}


def _type(qtbot, view, text: str) -> None:
    """Type ASCII as a person does: the first key opens the editor, the rest go to the focused editor."""
    qtbot.keyClicks(view, text[0])
    if text[1:]:
        qtbot.keyClicks(QApplication.focusWidget(), text[1:])


def _wait_saved(qtbot, page: GradeEntryPage) -> None:
    qtbot.waitUntil(lambda: page.model.pending_count() == 0 and not page.is_saving
                    and page.save_state.text().startswith("Đã lưu"), timeout=20000)


def test_keyboard_entry_moves_like_a_spreadsheet_and_autosaves(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    view, model = page.table, page.model
    assert not model.locked
    students = model.sheet.students
    view.setCurrentIndex(model.index(0, 1))
    qtbot.keyClicks(view, "h")                         # typing replaces the cell's value
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Tab)
    assert view.currentIndex().column() == 2 and view.currentIndex().row() == 0
    qtbot.keyClicks(view, "6")
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
    assert (view.currentIndex().row(), view.currentIndex().column()) == (1, 2)
    assert model.data(model.index(0, 1)) == "H"        # normalised to the code
    assert model.data(model.index(0, 2)) == "6"
    # no event loop ran since the first edit, so the autosave is armed and nothing is being saved yet
    assert page.save_state.text() == "Chưa lưu (2 ô)" and not page.is_saving and page._autosave.isActive()
    with qtbot.waitSignal(page.saved, timeout=20000) as saved:
        pass                                           # the autosave fires by itself
    assert saved.args == [2]
    _wait_saved(qtbot, page)
    # "Đã lưu lúc hh:mm:ss" on the school's clock (Vietnam), whatever the computer's zone (this one is UTC)
    at = datetime.strptime(page.save_state.text().rsplit(" ", 1)[-1], "%H:%M:%S")
    now = datetime.now(VIETNAM_TIME)
    assert ((now.hour * 60 + now.minute) - (at.hour * 60 + at.minute)) % (24 * 60) in (0, 1)  # saved, then now
    stored = _stored(qtbot, backend, page)
    assert stored[(students[0].id, "level")] == "H"
    assert stored[(students[0].id, "test")] == "6"


def test_invalid_value_is_shown_with_reason_and_never_saved(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    view, model = page.table, page.model
    before = _stored(qtbot, backend, page)
    sid = model.sheet.students[2].id
    view.setCurrentIndex(model.index(2, 2))
    _type(qtbot, view, "11")
    qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
    index = model.index(2, 2)
    assert model.data(index) == "11"
    assert "10" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert "10" in page.message.text()
    assert model.pending_count() == 0 and model.invalid_count() == 1
    page.save_now()                                  # Ctrl+S with only the bad cell: it says what is NOT saved
    assert page.save_state.text().startswith("1 ô sai CHƯA lưu")
    other = model.sheet.students[3].id               # a valid value beside it is saved; the bad one still is not
    assert before.get((other, "test")) != "7"
    view.setCurrentIndex(model.index(3, 2))
    with qtbot.waitSignal(page.saved, timeout=20000) as blocker:
        _type(qtbot, view, "7")
        qtbot.keyClick(view.focusWidget() or view, Qt.Key.Key_Return)
    assert blocker.args == [1]
    stored = _stored(qtbot, backend, page)
    assert stored.get((sid, "test")) == before.get((sid, "test")) and stored[(other, "test")] == "7"
    assert page.save_state.text().startswith("1 ô sai CHƯA lưu; các ô khác đã lưu lúc ")



def test_paste_block_from_excel_and_live_results(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    view, model = page.table, page.model
    students = model.sheet.students
    view.setCurrentIndex(model.index(0, 1))
    accepted, rejected = view.paste_text("T\t10\r\nC\t3\r\nX\t7\r\n")
    assert (accepted, rejected) == (5, 1)
    assert model.invalid_count() == 1
    # Student 2 now has Toán at C with 3: the year result becomes Chưa hoàn thành, with the reason on hover.
    result = model.index(1, model.result_column)
    assert model.data(result) == "Chưa hoàn thành"
    assert "Toán" in model.data(result, Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: model.pending_count() == 0 and not page.is_saving
                    and "1 ô sai CHƯA lưu" in page.save_state.text(), timeout=20000)
    stored = _stored(qtbot, backend, page)
    assert stored[(students[0].id, "level")] == "T" and stored[(students[0].id, "test")] == "10"
    assert stored[(students[1].id, "level")] == "C" and stored[(students[1].id, "test")] == "3"
    assert stored[(students[2].id, "test")] == "7"


def test_delete_clears_and_vietnamese_comment_is_stored_nfc(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    view, model = page.table, page.model
    sid = model.sheet.students[0].id
    view.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert model.data(model.index(0, 2)) == ""
    view.setCurrentIndex(model.index(0, 3))
    event = QInputMethodEvent()
    event.setCommitString("Tiến bộ rõ rệt".encode().decode())
    QApplication.sendEvent(view, event)              # what Unikey/EVKey deliver: opens the editor with the text
    editor = QApplication.focusWidget()
    nfd = "\u0301"  # a combining accent typed separately (decomposed input) is normalised on entry
    for ch in (" ", "đ", "u", "́", "n", "g"):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert nfd not in model.data(model.index(0, 3))
    assert model.data(model.index(0, 3)) == "Tiến bộ rõ rệt đúng"
    _wait_saved(qtbot, page)
    stored = _stored(qtbot, backend, page)
    assert (sid, "test") not in stored
    assert stored[(sid, "comment")] == "Tiến bộ rõ rệt đúng"


def test_closed_window_locks_the_sheet(qtbot, login):
    backend = login("gvcn.4a")
    year = run_op(qtbot, backend, lambda ctx: school_repo.latest_year(ctx.session.db))
    run_op(qtbot, backend, lambda ctx: assessments_repo.set_window(ctx.session.db, year, "cn", False, actor="t"))
    page = _open(qtbot, backend)
    model = page.model
    assert model.locked and page.lock_banner.isVisibleTo(page)
    assert "đang đóng" in page.lock_banner.text()
    assert not model.setData(model.index(0, 1), "T")
    assert page.table.paste_text("T\t9") == (0, 0)


def test_subject_teacher_sees_other_subjects_read_only(qtbot, login):
    backend = login("gvbm.tienganh")
    page = _open(qtbot, backend, subject="NN1")
    assert not page.model.locked
    page2 = _open(qtbot, backend, subject="TOAN")
    assert [s.subject for s in page2._choices[0].sheets] == ["NN1"]   # the only sheet offered
    assert page2.model.locked                                         # another subject opens read-only
    assert page2.lock_banner.text() == "Bạn chỉ được xem bảng này."    # for want of the right, not a closed window
    entry = AssessmentEntry(page2.model.sheet.students[0].id, "TOAN", "cn", "level", "T")
    with pytest.raises(PermissionDeniedError, match="Bạn không có quyền nhập điểm cho bảng này"):
        run_op(qtbot, backend, lambda ctx: grade_sheets.save_grades(
            ctx.session, page2.model.sheet.school_class.id, "TOAN", [entry]))  # the service refuses too


def test_secondary_sheet_recomputes_the_semester_average_live(qtbot, backend, demo_school_thcs):
    from hocbaso_desktop.storage.session import open_session

    run_op(qtbot, backend, lambda ctx: ctx.set_session(
        open_session(demo_school_thcs.path, "hieutruong", demo_school_thcs.password)))
    classes = run_op(qtbot, backend, lambda ctx: __import__(
        "hocbaso_desktop.services.grade_sheets", fromlist=["x"]).my_classes(ctx.session))
    page = GradeEntryPage(backend)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sheet_loaded, timeout=20000):
        page.open_sheet(classes[0].school_class.id, "TOAN", "hk1")
    model = page.model
    assert model.locked                                   # the principal reviews, does not enter
    components = [c.component for c in model.sheet.columns]
    assert components[:2] == ["tx1", "tx2"] and "gk" in components and "ck" in components
    before = model.data(model.index(0, model.result_column))
    assert before.replace(".", "").isdigit()              # e.g. "7.4": ĐTBmhk of Toán, semester I
    values = {c: model.data(model.index(0, i + 1)) for i, c in enumerate(components)}
    regular = [values[c] for c in components if c.startswith("tx")]
    from decimal import ROUND_HALF_UP, Decimal
    expected = ((sum(Decimal(v) for v in regular) + 2 * Decimal(values["gk"]) + 3 * Decimal(values["ck"]))
                / (len(regular) + 5)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    assert Decimal(before) == expected


def test_cells_typed_during_a_save_survive_a_sheet_switch(qtbot, login):
    """A save is running, the teacher types one more cell and switches sheet at once: both values are stored."""
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    model = page.model
    first, second = model.sheet.students[0], model.sheet.students[1]
    current = _stored(qtbot, backend, page)
    values = ["4" if current.get((s.id, "test")) != "4" else "5" for s in (first, second)]
    assert model.setData(model.index(0, 2), values[0])
    page.save_now()
    assert page.is_saving
    assert model.setData(model.index(1, 2), values[1])   # typed while the first save runs
    choice = page._choices[0]
    with qtbot.waitSignal(page.sheet_loaded, timeout=20000):
        page.open_sheet(choice.school_class.id, "TV", "cn")  # switch at once
    qtbot.waitUntil(lambda: not page.is_saving, timeout=20000)
    entries = run_op(qtbot, backend, lambda ctx: assessments_repo.entries_for_class(
        ctx.session.db, choice.school_class.id, choice.school_class.year))
    stored = {(e.student_id, e.subject, e.period, e.component): e.value for e in entries}
    assert stored[(first.id, "TOAN", "cn", "test")] == values[0]
    assert stored[(second.id, "TOAN", "cn", "test")] == values[1]
