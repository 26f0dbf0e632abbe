"""Excel import: templates read back unchanged, well-formed files apply, every kind of error is reported
with its sheet and cell and nothing is written, NFD text and diacritic-less headers are accepted."""

from __future__ import annotations

import unicodedata
import uuid
from pathlib import Path

import pytest

from hocbaso_desktop.dataio.import_plan import ImportRejectedError
from hocbaso_desktop.dataio.templates import write_template
from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.domain.errors import PermissionDeniedError, SpreadsheetError
from hocbaso_desktop.domain.model import Sex
from hocbaso_desktop.domain.personal_id import century_sex_digit
from hocbaso_desktop.storage import assessments_repo, audit, school_repo
from tests.fixtures.dataio import database_snapshot, write_xlsx

STUDENT_HEADERS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Mã học sinh"]


def pid(sex: Sex, year: int, n: int) -> str:
    """A structurally valid personal ID."""
    return f"079{century_sex_digit(sex, year)}{year % 100:02d}{n:06d}"


def year_of(session) -> str:
    return school_repo.latest_year(session.db)


def cls(session, name: str):
    return school_repo.find_class(session.db, year_of(session), name)


def roster(session, name: str):
    return school_repo.students_in_class(session.db, cls(session, name).id)


def assert_rejected_unchanged(session, path: Path) -> list:
    """Dry run reports problems; the real import is refused and changes nothing. Returns the problems."""
    before = database_snapshot(session)
    report = import_workbook(session, path, dry_run=True)
    assert not report.ok and not report.applied
    with pytest.raises(ImportRejectedError) as info:
        import_workbook(session, path, dry_run=False)
    assert info.value.report.problems == report.problems
    assert database_snapshot(session) == before
    return list(report.problems)


def test_templates_read_back_without_changes(primary_session, tmp_path):
    for kind in ("students", "scores"):
        path = write_template(primary_session, kind, "4A", tmp_path / f"{kind}.xlsx")
        report = import_workbook(primary_session, path)
        assert report.ok, report.problems
        assert report.new_students == report.updated_students == report.new_entries == report.changed_entries == 0
    assert report.unchanged_entries == 336


def test_new_class_list_dry_run_then_import(primary_session, tmp_path):
    rows = [STUDENT_HEADERS,
            [1, "Nguyễn Văn An", "Nam", "05/03/2019", pid(Sex.MALE, 2019, 1), "7900000001"],
            [2, "Trần Thị Bình", "Nữ", "2019-11-20", pid(Sex.FEMALE, 2019, 2), "7900000002"]]
    path = write_xlsx(tmp_path / "lop1c.xlsx", {"1C": rows})
    before = database_snapshot(primary_session)
    report = import_workbook(primary_session, path, dry_run=True)
    assert report.ok and report.new_classes == ("1C",) and report.new_students == 2
    assert database_snapshot(primary_session) == before  # a dry run writes nothing
    applied = import_workbook(primary_session, path, dry_run=False)
    assert applied.applied
    names = [s.full_name for s in roster(primary_session, "1C")]
    assert names == ["Nguyễn Văn An", "Trần Thị Bình"]
    assert cls(primary_session, "1C").grade == 1
    actions = [e.action for e in audit.recent(primary_session.db, limit=10)]
    assert "import.xlsx" in actions and "student.create" in actions
    assert audit.verify(primary_session.db).ok
    again = import_workbook(primary_session, path)  # the same file again: the same students, nothing new
    assert again.ok and again.new_students == 0 and again.updated_students == 0


def test_scores_change_existing_values_audited(primary_session, tmp_path):
    path = write_template(primary_session, "scores", "4A", tmp_path / "s.xlsx", subjects=["TOAN"], periods=["cn"])
    from openpyxl import load_workbook
    book = load_workbook(path)
    ws = book["4A"]
    headers = [c.value for c in ws[1]]
    test_col = headers.index("Toán | cuối năm | Điểm KTĐK") + 1
    old = ws.cell(row=2, column=test_col).value
    assert isinstance(old, int)  # scores are numbers in the template, so formulas over them work
    old = str(old)
    new = "10" if old != "10" else "9"
    ws.cell(row=2, column=test_col).value = float(new)
    book.save(path)
    report = import_workbook(primary_session, path, dry_run=False)
    assert report.applied and report.changed_entries == 1 and report.new_entries == 0
    sid = ws.cell(row=2, column=2).value
    values = {(e.subject, e.period, e.component): e.value
              for e in assessments_repo.entries_for_student(primary_session.db, sid, year_of(primary_session))}
    assert values[("TOAN", "cn", "test")] == new
    last = [e for e in audit.recent(primary_session.db, limit=5) if e.action == "assessment.set"]
    assert last and last[0].before["value"] == old


@pytest.mark.parametrize(("header", "value", "reason_part", "cell"), [
    ("Toán | cuối năm | Điểm KTĐK", 11, "từ 1 đến 10", "C2"),
    ("Toán | cuối năm | Điểm KTĐK", 7.5, "số nguyên", "C2"),
    ("Tiếng Việt | cuối năm | Mức đạt được", "X", "chỉ nhận", "C2"),
    ("Vật lí | cuối năm | Mức đạt được", "T", "Vật lí", "C1"),   # no such subject in primary: the header's cell
])
def test_each_score_error_is_reported_at_its_cell(primary_session, tmp_path, header, value, reason_part, cell):
    student = roster(primary_session, "4A")[0]
    path = write_xlsx(tmp_path / "bad.xlsx", {"4A": [["Mã hệ thống", "Họ và tên", header],
                                                     [student.id, student.full_name, value]]})
    problems = assert_rejected_unchanged(primary_session, path)
    assert any(reason_part in p.reason for p in problems), problems
    assert (problems[0].sheet, problems[0].cell) == ("4A", cell)


def test_two_decimals_refused_in_secondary(thcs_session, tmp_path):
    student = roster(thcs_session, "6A")[0]
    path = write_xlsx(tmp_path / "bad.xlsx", {"6A": [["Mã hệ thống", "Họ và tên", "Toán | học kì I | ĐĐGgk"],
                                                     [student.id, student.full_name, 7.25]]})
    problems = assert_rejected_unchanged(thcs_session, path)
    assert [(p.sheet, p.cell) for p in problems] == [("6A", "C2")]
    assert "một chữ số thập phân" in problems[0].reason


def test_student_of_another_class_and_duplicate_row(primary_session, tmp_path):
    other = roster(primary_session, "5A")[0]
    mine = roster(primary_session, "4A")[0]
    header = ["Mã hệ thống", "Họ và tên", "Toán | cuối năm | Mức đạt được"]
    path = write_xlsx(tmp_path / "bad.xlsx", {"4A": [header, [other.id, other.full_name, "T"],
                                                     [mine.id, mine.full_name, "T"], [mine.id, mine.full_name, "H"]]})
    problems = assert_rejected_unchanged(primary_session, path)
    assert [(p.sheet, p.cell, p.reason) for p in problems] == [
        ("4A", "B2", f"học sinh {other.full_name} thuộc lớp 5A, không phải lớp 4A"),
        ("4A", "B4", f"học sinh {mine.full_name} đã có ở dòng 4A!B3")]


def test_invalid_and_duplicate_personal_ids(primary_session, tmp_path):
    good = pid(Sex.FEMALE, 2019, 5)
    rows = [STUDENT_HEADERS,
            [1, "Lê Thị Cúc", "Nữ", "01/01/2019", pid(Sex.MALE, 2019, 4), ""],   # sex digit says male
            [2, "Lê Thị Dung", "Nữ", "01/01/2019", "12345", ""],                  # not 12 digits
            [3, "Lê Thị Hoa", "Nữ", "01/01/2019", good, ""],
            [4, "Lê Thị Hoa", "Nữ", "01/01/2019", good, ""]]                      # the same person twice
    problems = assert_rejected_unchanged(primary_session, write_xlsx(tmp_path / "ids.xlsx", {"1C": rows}))
    cells = {p.cell: p.reason for p in problems}
    assert "giới tính" in cells["E2"] and "12 chữ số" in cells["E3"] and "trùng" in cells["E5"]
    assert all(good not in p.reason for p in problems)  # the number itself is never repeated


def test_existing_student_listed_under_another_class(primary_session, tmp_path):
    other = roster(primary_session, "5A")[0]
    rows = [STUDENT_HEADERS, [1, other.full_name, other.sex.label, other.birth.display(), other.personal_id, ""]]
    problems = assert_rejected_unchanged(primary_session, write_xlsx(tmp_path / "x.xlsx", {"4A": rows}))
    assert [(p.sheet, p.cell, p.reason) for p in problems] == [
        ("4A", "B2", f"học sinh {other.full_name} thuộc lớp 5A, không phải lớp 4A")]


def test_locked_record_cells_refused(primary_session, tmp_path):
    student = roster(primary_session, "4A")[0]
    # A locked page; the records repository belongs to signing, so the row is written directly here.
    primary_session.db.execute(
        "INSERT INTO records(id, version, student_id, class_id, year, regulation, status, created_at) "
        "VALUES (?, 1, ?, ?, ?, '27/2020', 'locked', '2026-01-01T00:00:00Z')",
        (str(uuid.uuid4()), student.id, cls(primary_session, "4A").id, year_of(primary_session)))
    path = write_xlsx(tmp_path / "locked.xlsx", {"4A": [["Mã hệ thống", "Họ và tên", "Toán | cuối năm | Mức đạt được"],
                                                        [student.id, student.full_name, "C"]]})
    problems = assert_rejected_unchanged(primary_session, path)
    assert [p.cell for p in problems] == ["C2"] and "khoá" in problems[0].reason


def test_nfd_text_and_headers_without_diacritics(primary_session, tmp_path):
    student = roster(primary_session, "4A")[0]
    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    rows = [[nfd("Họ và tên"), "Toan | cuoi nam | muc dat duoc", nfd("Tiếng Việt | cuối năm | Mức đạt được")],
            [nfd(student.full_name), nfd("Hoàn thành tốt"), "h"]]
    report = import_workbook(primary_session, write_xlsx(tmp_path / "nfd.xlsx", {nfd("4A"): rows}), dry_run=False)
    assert report.applied, report.problems
    values = {(e.subject, e.period, e.component): e.value for e in
              assessments_repo.entries_for_student(primary_session.db, student.id, year_of(primary_session))}
    assert values[("TOAN", "cn", "level")] == "T" and values[("TV", "cn", "level")] == "H"
    new = [STUDENT_HEADERS[1:4], [nfd("Phạm Thị Ánh"), nfd("Nữ"), "02/02/2019"]]
    import_workbook(primary_session, write_xlsx(tmp_path / "nfd2.xlsx", {"1C": new}), dry_run=False)
    assert [s.full_name for s in roster(primary_session, "1C")] == ["Phạm Thị Ánh"]
    assert roster(primary_session, "1C")[0].full_name == unicodedata.normalize("NFC", "Phạm Thị Ánh")


def test_students_and_scores_in_one_file(thcs_session, tmp_path):
    rows = [["Họ và tên", "Giới tính", "Ngày sinh"], ["Đỗ Minh Khang", "Nam", "03/04/2014"]]
    scores = [["Họ và tên", "Lớp", "Toán | học kì I | ĐĐGtx1", "Giáo dục thể chất | học kì I | ĐĐGtx1"],
              ["Đỗ Minh Khang", "6C", 8, "d"]]
    path = write_xlsx(tmp_path / "f.xlsx", {"6C": rows, "Điểm": scores})
    assert import_workbook(thcs_session, path).ok, import_workbook(thcs_session, path).problems
    report = import_workbook(thcs_session, path, dry_run=False)
    assert report.applied and report.new_students == 1 and report.new_entries == 2, report.problems
    sid = roster(thcs_session, "6C")[0].id
    values = {(e.subject, e.component): e.value
              for e in assessments_repo.entries_for_student(thcs_session.db, sid, year_of(thcs_session))}
    assert values == {("TOAN", "tx1"): "8", ("GDTC", "tx1"): "Đ"}


def test_teaching_assignments_sheet(primary_session, tmp_path):
    teacher = school_repo.list_staff(primary_session.db)[0]
    rows = [["Lớp", "Môn học", "Giáo viên", "Số tiết/năm"], ["4A", "Toán", teacher.full_name, 175],
            ["4A", "Hoá học", teacher.full_name, ""], ["4A", "Đạo đức", "Không Có Ai", ""]]
    problems = assert_rejected_unchanged(primary_session, write_xlsx(tmp_path / "pc.xlsx", {"PC": rows}))
    assert {p.cell for p in problems} == {"B3", "C4"}
    report = import_workbook(primary_session, write_xlsx(tmp_path / "ok.xlsx", {"PC": rows[:2]}), dry_run=False)
    assert report.applied and report.assignments == 1
    found = [a for a in school_repo.teaching_assignments(primary_session.db, cls(primary_session, "4A").id)
             if a.subject_code == "TOAN"]
    assert found[0].teacher_id == teacher.id and found[0].periods_per_year == 175


def test_unreadable_file_and_permission(primary_session, tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    with pytest.raises(SpreadsheetError):
        import_workbook(primary_session, bad)
    empty = write_xlsx(tmp_path / "empty.xlsx", {"Trang 1": [["a", "b"], [1, 2]]})
    assert not import_workbook(primary_session, empty).ok
    primary_session.user = primary_session.user.__class__("x", primary_session.user.role.__class__("gvbm"))
    with pytest.raises(PermissionDeniedError):
        import_workbook(primary_session, empty)


def test_excel_export_reads_back_unchanged(thcs_session, tmp_path):
    from openpyxl import load_workbook

    from hocbaso_desktop.dataio.templates import export_classes_workbook
    path = export_classes_workbook(thcs_session, tmp_path / "xuat.xlsx")
    # read apart from the importer (openpyxl): every class of the year, a sheet of students and one of scores
    assert load_workbook(path, read_only=True).sheetnames == ["6A", "Điểm 6A", "7A", "Điểm 7A", "8A", "Điểm 8A",
                                                              "9A", "Điểm 9A", "_hocbaso"]
    report = import_workbook(thcs_session, path)
    assert report.ok, report.problems[:3]
    assert report.new_students == report.updated_students == report.new_entries == report.changed_entries == 0
    assert report.unchanged_entries == 3000   # 6 students × (124 + 124 + 126 + 126) values
