"""The one change signal: a change made on one screen refreshes another (no manual call), a hidden screen
refreshes when shown, and a failed operation is shown by the helper with the use case's own message."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QStackedWidget

from hocbaso_desktop.ui.people_views import StudentsPage, UsersPage
from hocbaso_desktop.ui.results_view import ResultsPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op

NEW_NAME = "Lò Thị Mai"


def _pages(qtbot, backend, demo_school):
    """The academic officer's student list and results screen, both on the same class."""
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hocvu", demo_school.password))
    people, results = StudentsPage(backend, who), ResultsPage(backend, who)
    with qtbot.waitSignal(people.loaded, timeout=20000):
        people.refresh()
    with qtbot.waitSignal(results.review_loaded, timeout=20000):
        results.refresh()
    assert results.class_box.currentText() == people.class_box.currentText()
    assert results.students.rowCount() == 30
    return people, results


def _add_student(page: StudentsPage) -> None:
    page.add_student()
    page.dialog.edits["full_name"].setText(NEW_NAME)
    page.dialog.sex.setCurrentIndex(page.dialog.sex.findData("2"))
    page.dialog.birth.setText("05/09/2018")
    page.dialog.accept()


def _names(results: ResultsPage) -> list[str]:
    return [results.students.item(row, 0).text() for row in range(results.students.rowCount())]


def test_a_student_added_on_one_screen_appears_on_the_results_screen(qtbot, backend, demo_school):
    people, results = _pages(qtbot, backend, demo_school)
    for page in (people, results):
        qtbot.addWidget(page)
    with qtbot.waitSignals([backend.hub.changed, results.review_loaded], timeout=20000):
        _add_student(people)          # nothing calls results.refresh(): the change signal does
    assert results.students.rowCount() == 31 and NEW_NAME in _names(results)
    assert people.table.rowCount() == 31  # the screen that made the change follows it too


def test_a_screen_behind_another_refreshes_when_it_is_shown(qtbot, backend, demo_school):
    people, results = _pages(qtbot, backend, demo_school)
    window = QStackedWidget()
    qtbot.addWidget(window)
    window.addWidget(people)
    window.addWidget(results)
    window.setCurrentWidget(people)
    window.show()
    qtbot.waitExposed(window)
    loads: list[int] = []
    results.review_loaded.connect(lambda: loads.append(results.students.rowCount()))
    with qtbot.waitSignal(people.loaded, timeout=20000):
        _add_student(people)
    run_op(qtbot, backend, lambda ctx: None)   # every queued database op has finished: no reload was started
    assert loads == [] and results.students.rowCount() == 30
    with qtbot.waitSignal(results.review_loaded, timeout=20000):
        window.setCurrentWidget(results)
    assert loads == [31] and NEW_NAME in _names(results)


def test_a_refused_operation_is_shown_by_the_helper_with_the_use_case_message(qtbot, backend, demo_school):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "quantri", demo_school.password))
    page = UsersPage(backend, who)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    accounts = page.table.rowCount()
    page.username.setText("giaovien.moi")
    page.full_name.setText("Giáo Viên Mới")
    page.password.setText("ngan")                      # under 8 characters: the service refuses
    changed: list = []
    backend.hub.changed.connect(lambda changes, _who: changed.append(changes))
    with qtbot.waitSignal(backend.hub.failed, timeout=20000) as failed:
        page.add_user()
    exc, shown_on = failed.args
    assert shown_on is page and exc.message == "Mật khẩu cần ít nhất 8 ký tự."
    boxes = page.findChildren(QMessageBox, "errorBox")
    assert [b.text() for b in boxes] == ["Mật khẩu cần ít nhất 8 ký tự."]
    assert boxes[0].windowTitle() == "Không thực hiện được"
    run_op(qtbot, backend, lambda ctx: None)
    assert changed == [] and page.table.rowCount() == accounts   # nothing changed, nothing refreshed
