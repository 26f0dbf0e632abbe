"""Issue 15 item 9: the smaller defects seen in the window (the locked row, the preview, verify-qr and the
signing table's hash column are tested beside their screens)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hocbaso_desktop.ui.data_view import DataPage
from hocbaso_desktop.ui.grade_entry import GradeEntryPage
from hocbaso_desktop.ui.print_view import PrintPage
from hocbaso_desktop.ui.signing_view import SigningPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op
from tests.ui.test_data_view import _score_file
from tests.ui.test_grade_entry import _open


def test_enter_in_the_excel_path_field_starts_the_check(qtbot, backend, demo_school, tmp_path):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hocvu", demo_school.password))
    page = DataPage(backend, who)
    qtbot.addWidget(page)
    page.show()
    path, _sid = _score_file(qtbot, backend, tmp_path, "tot.xlsx", {"F2": "4"})
    page.path.setText(str(path))
    page.path.setFocus()
    with qtbot.waitSignal(page.checked, timeout=30000):
        qtbot.keyClick(page.path, Qt.Key.Key_Return)


def test_the_end_of_semester_sheet_does_not_speak_of_the_year_end(qtbot, login):
    backend = login("gvcn.4a")
    page = _open(qtbot, backend, period="ck1")
    model = page.model
    assert model.sheet.period == "ck1"
    tip = model.data(model.index(0, model.result_column), Qt.ItemDataRole.ToolTipRole)
    assert "cuối năm" in tip and "KTĐK cuối năm" not in tip and "điểm KTĐK cuối năm" not in tip.lower()
    # the cell says there is no result yet, instead of a label that reads like a result ("Xếp loại cuối năm")
    assert model.data(model.index(0, model.result_column), Qt.ItemDataRole.DisplayRole) == "Chỉ xếp loại cuối năm"


def test_class_pickers_name_classes_alike(qtbot, login, demo_school):
    backend = login("gvcn.4a")
    grades = GradeEntryPage(backend)
    qtbot.addWidget(grades)
    with qtbot.waitSignal(grades.sheet_loaded, timeout=20000):
        grades.refresh()
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "gvcn.4a", demo_school.password))
    printing = PrintPage(backend, who)
    qtbot.addWidget(printing)
    printing.refresh()
    qtbot.waitUntil(lambda: printing.class_box.count() > 0, timeout=20000)
    assert grades.class_box.itemText(0) == printing.class_box.itemText(0) == "4A"


def test_the_signing_list_has_no_hash_column(qtbot, login, demo_school):
    backend = login("hieutruong")
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, "hieutruong", demo_school.password))
    page = SigningPage(backend, who)
    qtbot.addWidget(page)
    headers = [page.items.horizontalHeaderItem(c).text() for c in range(page.items.columnCount())]
    assert not any("SHA" in h for h in headers)
