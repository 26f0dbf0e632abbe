"""Files saved by LibreOffice as .xls and .ods (tests/fixtures/files, see make.sh there) through the real command.

The template of class 5A (Toán) was written by the program for the tests' primary demo school, opened in
LibreOffice, one cell typed, and saved: L2 = 11 (bad), L2 = 7 (good), L3 = "８" (a full-width digit).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.dataio.xlsx_reader import read_workbook
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
from hocbaso_desktop.domain.errors import SpreadsheetError
from hocbaso_desktop.services import open_session
from hocbaso_desktop.storage import assessments_repo, school_repo
from tests.fixtures.cli import run_hocbaso
from tests.fixtures.dataio import copy_school, database_snapshot

FILES = Path(__file__).parent.parent / "fixtures" / "files"
FIRST = "85b9c09a-26ed-41bd-a785-5798394afbe9"  # Trần Thu Giang, row 2 of the template
SECOND = "8e4dc3a3-578a-40d8-acb8-d14c173910e3"  # Nguyễn Thu Lan, row 3


@pytest.fixture
def school(dataio_demo_files: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of the small primary demo school (nobody signed in)."""
    folder = tmp_path / "school"
    folder.mkdir()
    return copy_school(dataio_demo_files["tieuhoc"], folder)


def hocbaso(*args: str) -> subprocess.CompletedProcess:
    """The `hocbaso` command, in-process through cli.main (tests/fixtures/cli.py)."""
    return run_hocbaso(*args, password=DEFAULT_DEMO_PASSWORD)


def final_test(db_path: Path, student: str) -> str | None:
    session = open_session(db_path, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        year = school_repo.latest_year(session.db)
        values = {(e.subject, e.period, e.component): e.value
                  for e in assessments_repo.entries_for_student(session.db, student, year)}
        return values.get(("TOAN", "cn", "test"))
    finally:
        session.close()


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_bad_cell_names_the_cell_and_exits_non_zero(school, suffix):
    before = final_test(school, FIRST)
    dry = hocbaso("import", "--db", str(school), "--user", "hocvu", "--dry-run",
                  str(FILES / f"scores-5A-bad-cell.{suffix}"))
    assert dry.returncode == 3, dry.stdout + dry.stderr
    assert "[5A!L2]" in dry.stdout and "11" in dry.stdout and "Traceback" not in dry.stderr
    real = hocbaso("import", "--db", str(school), "--user", "hocvu", str(FILES / f"scores-5A-bad-cell.{suffix}"))
    assert real.returncode == 3 and "[5A!L2]" in real.stdout and "Không có gì được ghi" in real.stderr
    assert final_test(school, FIRST) == before == "6"


@pytest.mark.parametrize("suffix", ["xls", "ods", "xlsx"])
def test_the_same_file_without_the_bad_cell_imports(school, suffix):
    dry = hocbaso("import", "--db", str(school), "--user", "hocvu", "--dry-run", "--json",
                  str(FILES / f"scores-5A-good.{suffix}"))
    assert dry.returncode == 0, dry.stdout + dry.stderr
    report = json.loads(dry.stdout)
    assert report["problems"] == [] and final_test(school, FIRST) == "6"
    real = hocbaso("import", "--db", str(school), "--user", "hocvu", str(FILES / f"scores-5A-good.{suffix}"))
    assert real.returncode == 0, real.stdout + real.stderr
    assert final_test(school, FIRST) == "7"


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_a_full_width_digit_imports(school, suffix):
    real = hocbaso("import", "--db", str(school), "--user", "hocvu", str(FILES / f"scores-5A-fullwidth.{suffix}"))
    assert real.returncode == 0, real.stdout + real.stderr
    assert final_test(school, SECOND) == "8"


@pytest.mark.parametrize(("name", "says"), [
    ("scores-5A-password.xls", "mật khẩu"), ("scores-5A-password.ods", "mật khẩu"),
    ("scores-5A-password.xlsx", "mật khẩu"),
    ("damaged-truncated.xls", "bị hỏng"), ("damaged-truncated.ods", "bị hỏng"), ("damaged-garbled.xls", "bị hỏng"),
])
def test_password_and_damaged_files_say_which(name, says):
    with pytest.raises(SpreadsheetError) as info:
        read_workbook(FILES / name)
    assert says in info.value.message and name in info.value.message
    other = {"mật khẩu": "bị hỏng", "bị hỏng": "mật khẩu"}[says]
    assert other not in info.value.message


def test_password_file_through_the_command(school):
    result = hocbaso("import", "--db", str(school), "--user", "hocvu", "--dry-run",
                     str(FILES / "scores-5A-password.xls"))
    assert result.returncode == 3 and "mật khẩu" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("content", "says"), [
    (b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", "PDF"),
    ("STT,Họ và tên\n1,Nguyễn Văn An\n".encode(), "CSV"),
    (b"<html><body><table><tr><td>1</td></tr></table></body></html>", "HTML"),
    (b"", "rỗng"),
])
def test_other_formats_say_what_they_are(tmp_path, content, says):
    path = tmp_path / "lop.xls"
    path.write_bytes(content)
    with pytest.raises(SpreadsheetError) as info:
        read_workbook(path)
    assert says in info.value.message


def test_a_word_document_renamed_xlsx_is_named(tmp_path):
    import zipfile
    path = tmp_path / "lop.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(SpreadsheetError) as info:
        read_workbook(path)
    assert "Word" in info.value.message


def test_two_cells_far_apart_are_refused_not_a_crash(tmp_path, primary_session):
    """calamine builds a sheet as a dense grid: A1 + XFD1048576 would ask for 512 GB. The child dies, not us."""
    from openpyxl import Workbook
    book = Workbook()
    book.active["A1"] = "Họ và tên"
    book.active["XFD1048576"] = 1
    path = tmp_path / "xa.xlsx"
    book.save(path)
    before = database_snapshot(primary_session)
    with pytest.raises(SpreadsheetError) as info:
        import_workbook(primary_session, path)
    assert "quá lớn" in info.value.message
    assert database_snapshot(primary_session) == before


def test_a_sheet_not_starting_at_a1_keeps_its_cell_references(tmp_path):
    from openpyxl import Workbook
    book = Workbook()
    book.active["C3"] = "x"
    path = tmp_path / "c3.xlsx"
    book.save(path)
    sheet = read_workbook(path).sheets[0]
    assert sheet.rows[2][2] == "x" and sheet.cell_ref(2, 2) == "C3"


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_class_list_template_saved_by_libreoffice_reads_back_unchanged(primary_session, suffix):
    report = import_workbook(primary_session, FILES / f"students.{suffix}")
    assert report.ok, report.problems
    assert report.new_students == report.updated_students == report.new_entries == 0 and not report.unmapped


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_teaching_assignments_in_every_format(primary_session, suffix):
    from hocbaso_desktop.dataio.import_plan import ImportRejectedError
    before = database_snapshot(primary_session)
    dry = import_workbook(primary_session, FILES / f"assignments-bad.{suffix}")
    assert {(p.sheet, p.cell) for p in dry.problems} == {("PC", "B3"), ("PC", "C4")}
    with pytest.raises(ImportRejectedError):
        import_workbook(primary_session, FILES / f"assignments-bad.{suffix}", dry_run=False)
    assert database_snapshot(primary_session) == before
    report = import_workbook(primary_session, FILES / f"assignments-good.{suffix}", dry_run=False)
    assert report.applied and report.assignments == 1


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_trichluc_in_every_format(thcs_session, suffix, tmp_path):
    from PIL import Image

    from hocbaso_desktop.dataio.trichluc import TrichlucRejectedError
    from hocbaso_desktop.dataio.trichluc_xlsx import import_trichluc
    for name in ("hs1.png", "hs2.png"):
        Image.new("RGB", (400, 560), (240, 230, 200)).save(tmp_path / name, "PNG", dpi=(200, 200))
    before = database_snapshot(thcs_session)
    dry = import_trichluc(thcs_session, FILES / f"trichluc-bad.{suffix}", scans_dir=tmp_path, dry_run=True)
    assert [(p.sheet, p.cell) for p in dry.problems] == [("Trích lục", "H2")] and "0 đến 10" in dry.problems[0].reason
    with pytest.raises(TrichlucRejectedError):
        import_trichluc(thcs_session, FILES / f"trichluc-bad.{suffix}", scans_dir=tmp_path, dry_run=False)
    assert database_snapshot(thcs_session) == before
    good = import_trichluc(thcs_session, FILES / f"trichluc-good.{suffix}", scans_dir=tmp_path, dry_run=True)
    assert good.ok and len(good.pages) == 2
