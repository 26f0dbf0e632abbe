"""Issue 15 item 2 (and 9's locked row): the grade grid never says "Đã lưu" while it throws rejected values away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.ui.main_window import MainWindow
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op
from tests.ui.test_grade_entry import _open, _stored

TYPED = ("11", "-1", "abc", "7.25", "7,5")


def _type_column(page, column: int, values) -> None:
    model = page.model
    for row, value in enumerate(values):
        model.setData(model.index(row, column), value)


def test_saving_with_rejected_cells_says_how_many_and_where(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    model = page.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == ["Mức đạt được", "Điểm KTĐK"]
    before = _stored(qtbot, backend, page)
    _type_column(page, 2, TYPED)
    assert model.invalid_count() == 5                    # primary KTĐK scores are whole numbers: 7,5 too
    page.save_now()
    qtbot.waitUntil(lambda: not page.is_saving and model.pending_count() == 0, timeout=20000)
    state = page.save_state.text()
    assert not state.startswith("Đã lưu") and "5 ô sai CHƯA lưu" in state
    names = [s.full_name for s in model.sheet.students[:5]]
    assert all(f"{n} – Điểm KTĐK" in page.message.text() for n in names), page.message.text()
    stored = _stored(qtbot, backend, page)
    for student in model.sheet.students[:5]:
        assert stored.get((student.id, "test")) == before.get((student.id, "test"))


def test_messages_name_the_column_and_explain_each_letter_and_clear_when_fixed(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    model = page.model
    model.setData(model.index(0, 2), "11")
    assert "Điểm KTĐK “11”" in page.message.text() and "“test”" not in page.message.text()
    model.setData(model.index(1, 1), "x")
    text = page.message.text()
    assert "Mức đạt được “x”" in text and "“level”" not in text
    assert "T (Hoàn thành tốt), H (Hoàn thành), C (Chưa hoàn thành), M (miễn học)" in text
    model.setData(model.index(1, 1), "H")                 # fixed: the message goes back to the other cell's
    assert "Điểm KTĐK “11”" in page.message.text()
    model.setData(model.index(0, 2), "9")
    assert page.message.text() == ""


def test_switching_class_or_screen_with_rejected_cells_asks(qtbot, login, demo_school):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend)
    model = page.model
    model.setData(model.index(0, 2), "abc")
    shown = page.sheet_box.currentIndex()
    page.sheet_box.setCurrentIndex((shown + 1) % page.sheet_box.count())
    page.sheet_box.activated.emit(page.sheet_box.currentIndex())
    assert page.leave_question is not None and page.leave_question.isVisible()
    assert "1 ô có giá trị sai" in page.leave_question.text()
    assert page.sheet_box.currentIndex() == shown and page.model is model   # stays until the teacher decides
    stay = next(b for b in page.leave_question.buttons()
                if page.leave_question.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    stay.click()
    assert page.model is model and model.invalid_count() == 1
    page.sheet_box.setCurrentIndex((shown + 1) % page.sheet_box.count())
    page.sheet_box.activated.emit(page.sheet_box.currentIndex())
    leave = next(b for b in page.leave_question.buttons()
                 if page.leave_question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(page.sheet_loaded, timeout=20000):
        leave.click()
    assert page.model is not model and page.sheet_box.currentIndex() == (shown + 1) % page.sheet_box.count()


def test_closing_the_window_with_rejected_cells_asks(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "gvcn.4a", demo_school.password))
    window = MainWindow(backend, who, lock_seconds=600)
    qtbot.addWidget(window)
    window.show()
    page = window.page("grades")
    qtbot.waitUntil(lambda: page.model is not None, timeout=20000)
    page.model.setData(page.model.index(0, 2), "-1")
    window.close()
    assert window.isVisible() and page.leave_question.isVisible()
    window.nav.setCurrentRow(1)                          # another screen: asks too, and stays
    assert window.pages.currentWidget() is page


def test_typing_into_a_locked_row_says_why(qtbot, backend, issued_school):
    path, _root = issued_school
    run_op(qtbot, backend, lambda ctx: sign_in(ctx, path, "gvcn.4a", DEFAULT_DEMO_PASSWORD))
    from hocbaso_desktop.ui.grade_entry import GradeEntryPage

    page = GradeEntryPage(backend)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.sheet_loaded, timeout=30000):
        page.refresh()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClicks(page.table, "T")
    assert "không sửa được" in page.message.text() and "phát hành" in page.message.text()
