"""The data screen: the dry run lists a broken file's problems and blocks the import; a good file imports."""

from __future__ import annotations

from openpyxl import load_workbook

from hocbaso_desktop.dataio.templates import write_template
from hocbaso_desktop.storage import assessments_repo, school_repo
from hocbaso_desktop.ui.data_view import DataPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def _score_file(qtbot, backend, tmp_path, name: str, cells: dict[str, str]):
    path = run_op(qtbot, backend, lambda ctx: write_template(ctx.session, "scores", "4A", tmp_path / name))
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for cell, value in cells.items():
        sheet[cell] = value
    book.save(path)
    return path, sheet["B2"].value


def _page(qtbot, backend, demo_school, user="hocvu") -> DataPage:
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, demo_school.path, user, demo_school.password))
    page = DataPage(backend, who)
    qtbot.addWidget(page)
    return page


def test_dry_run_lists_every_problem_and_keeps_import_disabled(qtbot, backend, demo_school, tmp_path):
    page = _page(qtbot, backend, demo_school)
    path, _sid = _score_file(qtbot, backend, tmp_path, "hong.xlsx", {"F2": "11", "E3": "X"})
    with qtbot.waitSignal(page.checked, timeout=30000) as signal:
        page.check_file(path)
    report = signal.args[0]
    assert not report.ok and not page.import_button.isEnabled()
    cells = {(page.problems.item(r, 1).text(), page.problems.item(r, 2).text()) for r in range(page.problems.rowCount())
             if page.problems.item(r, 0).text() == "Lỗi"}
    assert {c for _s, c in cells} >= {"F2", "E3"}
    assert all(page.problems.item(r, 3).text() for r in range(page.problems.rowCount()))
    assert "lỗi" in page.summary.text()


def test_good_file_checks_clean_then_imports(qtbot, backend, demo_school, tmp_path):
    page = _page(qtbot, backend, demo_school)
    path, student_id = _score_file(qtbot, backend, tmp_path, "tot.xlsx", {"F2": "4"})
    with qtbot.waitSignal(page.checked, timeout=30000) as signal:
        page.check_file(path)
    assert signal.args[0].ok and signal.args[0].changed_entries == 1
    assert page.import_button.isEnabled() and page.changes.toPlainText().strip()
    with qtbot.waitSignal(page.imported, timeout=30000) as done:
        page.import_button.click()
    assert done.args[0].applied and not page.import_button.isEnabled()

    def stored(ctx):
        cls = school_repo.find_class(ctx.session.db, school_repo.latest_year(ctx.session.db), "4A")
        return {(e.student_id, e.subject, e.period, e.component): e.value
                for e in assessments_repo.entries_for_class(ctx.session.db, cls.id, cls.year)}

    values = run_op(qtbot, backend, stored)
    assert any(v == "4" and k[0] == student_id and k[2] == "gk1" for k, v in values.items())


def test_teacher_exports_their_class_score_sheet(qtbot, backend, demo_school, tmp_path):
    page = _page(qtbot, backend, demo_school, "gvcn.4a")
    assert not page.import_group.isVisible() and not page.export_json_button.isVisibleTo(page)
    with qtbot.waitSignal(page.exported, timeout=30000) as signal:
        page.write_template("scores", "4A", tmp_path / "bangdiem-4A.xlsx")
    assert load_workbook(signal.args[0]).worksheets[0]["C2"].value


def test_the_mapping_step_on_the_import_screen(qtbot, backend, demo_school, tmp_path):
    """Unrecognised columns are listed with a choice each; the chosen mapping imports and is remembered."""
    from PySide6.QtWidgets import QComboBox

    from tests.fixtures.dataio import write_xlsx
    page = _page(qtbot, backend, demo_school)
    rows = [["STT", "Tên con", "Ngày sinh", "Giới tính", "Ghi chú"], [1, "Lê Văn Tám", "05/03/2019", "Nam", "x"]]
    path = write_xlsx(tmp_path / "la.xlsx", {"1D": rows})
    with qtbot.waitSignal(page.checked, timeout=30000) as signal:
        page.check_file(path)
    assert not signal.args[0].ok and page.mapping_group.isVisibleTo(page)
    headers = [page.mapping_table.item(r, 1).text() for r in range(page.mapping_table.rowCount())]
    assert headers == ["Tên con", "Ghi chú"]
    combos = [page.mapping_table.cellWidget(r, 2) for r in range(2)]
    assert all(isinstance(c, QComboBox) for c in combos)
    combos[0].setCurrentText("Họ và tên")
    combos[1].setCurrentText("bỏ qua")
    with qtbot.waitSignal(page.checked, timeout=30000) as signal:
        page.apply_mapping_button.click()
    assert signal.args[0].ok and signal.args[0].new_students == 1 and page.import_button.isEnabled()
    with qtbot.waitSignal(page.imported, timeout=30000) as done:
        page.import_button.click()
    assert done.args[0].applied
    rows[1] = [1, "Đỗ Thị Hoa", "01/02/2019", "Nữ", ""]
    page.path.setText(str(tmp_path / "la2.xlsx"))  # another file of the same shape: no question asked
    path2 = write_xlsx(tmp_path / "la2.xlsx", {"1D": rows})
    with qtbot.waitSignal(page.checked, timeout=30000) as signal:
        page.check_file(path2)
    assert signal.args[0].ok and signal.args[0].new_students == 1 and not signal.args[0].unmapped
