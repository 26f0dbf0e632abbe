"""Files shaped like other systems' exports (vnEdu, SMAS, MISA EMIS, CSDL ngành): names in two columns, one
subject's scores per sheet with TX/GK/CK/ĐTBM columns, title lines above the headers, teachers' synonyms."""

from __future__ import annotations

import pytest

from hocbaso_desktop.dataio.column_mapping import field_of
from hocbaso_desktop.dataio.vendor_layouts import period_in
from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.domain.model import Sex
from hocbaso_desktop.domain.personal_id import century_sex_digit
from hocbaso_desktop.storage import assessments_repo, school_repo
from tests.fixtures.dataio import database_snapshot, write_xlsx


def pid(sex: Sex, year: int, n: int) -> str:
    return f"079{century_sex_digit(sex, year)}{year % 100:02d}{n:06d}"


@pytest.mark.parametrize(("header", "field"), [
    ("Họ và tên", "full_name"), ("Họ tên", "full_name"), ("Tên học sinh", "full_name"), ("HỌ VÀ TÊN HS", "full_name"),
    ("Ngày sinh", "birth"), ("NS", "birth"), ("Ngày/tháng/năm sinh", "birth"),
    ("Mã định danh", "student_code"), ("Mã HS", "student_code"), ("Mã định danh Bộ GD&ĐT", "student_code"),
    ("Số định danh cá nhân", "personal_id"), ("Số CCCD", "personal_id"), ("sodinhdanhcanhan", "personal_id"),
    ("GT", "sex"), ("Dân tộc", "ethnicity"), ("Họ tên bố", "father_name"), ("Địa chỉ thường trú", "residence"),
])
def test_teachers_and_vendors_headers(header, field):
    assert field_of(header, "students") == field


@pytest.mark.parametrize(("text", "period"), [
    ("Học kỳ I", "hk1"), ("HỌC KÌ II", "hk2"), ("HK1", "hk1"), ("Học kỳ 2", "hk2"), ("Cả năm", "cn"),
    ("Năm học 2026-2027", None),
])
def test_period_lines(text, period):
    assert period_in(text, primary=False) == period


def test_vnedu_class_list_with_split_names_and_title_lines(primary_session, tmp_path):
    rows = [["SỞ GIÁO DỤC VÀ ĐÀO TẠO", None, None], ["DANH SÁCH HỌC SINH LỚP 1C", None, None], [],
            ["STT", "Mã định danh", "Họ đệm", "Tên", "NS", "GT", "Dân tộc", "Số định danh cá nhân"],
            [1, "7900000101", "Nguyễn Văn", "An", "05/03/2019", "Nam", "Kinh", pid(Sex.MALE, 2019, 101)],
            [2, "7900000102", "Trần Thị Ngọc", "Bích", "20/11/2019", "Nữ", "Tày", pid(Sex.FEMALE, 2019, 102)]]
    path = write_xlsx(tmp_path / "vnedu.xlsx", {"1C": rows})
    report = import_workbook(primary_session, path, dry_run=False)
    assert report.applied and report.new_students == 2, report.problems
    year = school_repo.latest_year(primary_session.db)
    students = school_repo.students_in_class(primary_session.db, school_repo.find_class(primary_session.db, year,
                                                                                          "1C").id)
    assert sorted(s.full_name for s in students) == ["Nguyễn Văn An", "Trần Thị Ngọc Bích"]
    assert {s.student_code for s in students} == {"7900000101", "7900000102"}
    assert not report.warnings


def _smas_sheet(session, subject_line: list, title: str = "6A"):
    students = school_repo.students_in_class(session.db, school_repo.find_class(
        session.db, school_repo.latest_year(session.db), "6A").id)
    rows = [subject_line, ["STT", "Mã HS", "Họ và tên", "Ngày sinh", "TX1", "TX2", "TX3", "TX4", "GK", "CK", "ĐTBM"]]
    for n, s in enumerate(students[:2], start=1):
        rows.append([n, s.student_code, s.full_name, s.birth.display(), 8, "7,5", 9, "８", 7, 8.5, 7.9])
    return students, rows


def test_smas_score_sheet_of_one_subject_and_semester(thcs_session, tmp_path):
    students, rows = _smas_sheet(thcs_session, ["Môn: Toán", None, "Học kỳ I", None])
    path = write_xlsx(tmp_path / "smas.xlsx", {"6A": rows})
    report = import_workbook(thcs_session, path, dry_run=False)
    assert report.applied, report.problems
    assert any(w.cell == "K2" and "trung bình" in w.reason for w in report.warnings)
    year = school_repo.latest_year(thcs_session.db)
    values = {(e.subject, e.period, e.component): e.value
              for e in assessments_repo.entries_for_student(thcs_session.db, students[0].id, year)}
    assert [values[("TOAN", "hk1", c)] for c in ("tx1", "tx2", "tx3", "tx4", "gk", "ck")] == \
        ["8", "7.5", "9", "8", "7", "8.5"]


def test_subject_and_semester_from_the_sheet_title(thcs_session, tmp_path):
    _students, rows = _smas_sheet(thcs_session, ["Lớp 6A"])
    rows[0] = ["Lớp: 6A"]
    for row in rows[2:]:
        row.insert(0, None)
    rows[1].insert(0, "Lớp")
    for row in rows[2:]:
        row[0] = "6A"
    path = write_xlsx(tmp_path / "emis.xlsx", {"Ngữ văn - HK2": rows})
    report = import_workbook(thcs_session, path)
    assert report.ok, report.problems
    assert report.new_entries + report.changed_entries + report.unchanged_entries == 12


def test_unknown_subject_or_semester_is_a_problem_not_a_guess(thcs_session, tmp_path):
    _students, rows = _smas_sheet(thcs_session, ["Sổ điểm"])
    path = write_xlsx(tmp_path / "no-subject.xlsx", {"6A": rows})
    before = database_snapshot(thcs_session)
    report = import_workbook(thcs_session, path)
    assert not report.ok and any("không rõ môn học hoặc kì" in p.reason for p in report.problems)
    assert database_snapshot(thcs_session) == before


def _cli(*args: str):
    """The `hocbaso` command, in-process through cli.main (tests/fixtures/cli.py)."""
    from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
    from tests.fixtures.cli import run_hocbaso

    return run_hocbaso(*args, password=DEFAULT_DEMO_PASSWORD)


def _unknown_list(path, names: list[str]):
    header = ["STT", "Tên con", "Ngày sinh", "Giới tính", "Ghi chú"]
    rows = [header] + [[n, name, "05/03/2019", "Nam", "chuyển đến"] for n, name in enumerate(names, start=1)]
    return write_xlsx(path, {"1D": rows})


def test_the_mapping_step_is_confirmed_then_remembered(dataio_demo_files, tmp_path):
    from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD
    from hocbaso_desktop.services import open_session
    from tests.fixtures.dataio import copy_school
    folder = tmp_path / "school"
    folder.mkdir()
    db = str(copy_school(dataio_demo_files["tieuhoc"], folder))
    first = _unknown_list(tmp_path / "a.xlsx", ["Lê Văn Tám"])
    dry = _cli("import", "--db", db, "--user", "hocvu", "--dry-run", str(first))
    assert dry.returncode == 3 and "[1D!B1] “Tên con”" in dry.stdout and "[1D!E1] “Ghi chú”" in dry.stdout
    assert "--map" in dry.stdout
    bad = _cli("import", "--db", db, "--user", "hocvu", "--map", "Tên con=Tên thú cưng", str(first))
    assert bad.returncode == 3 and "không phải tên cột" in bad.stderr and "Traceback" not in bad.stderr
    ok = _cli("import", "--db", db, "--user", "hocvu", "--map", "Tên con=Họ và tên", "--map", "Ghi chú=bỏ qua",
              str(first))
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Cột chưa nhận ra" not in ok.stdout
    second = _unknown_list(tmp_path / "b.xlsx", ["Đỗ Thị Hoa", "Phạm Minh Khôi"])  # same shape, next week
    again = _cli("import", "--db", db, "--user", "hocvu", str(second))
    assert again.returncode == 0, again.stdout + again.stderr
    assert "cách ghép cột đã nhớ" in again.stdout
    session = open_session(db, "hocvu", DEFAULT_DEMO_PASSWORD)
    try:
        year = school_repo.latest_year(session.db)
        names = sorted(s.full_name for s in school_repo.students_in_class(
            session.db, school_repo.find_class(session.db, year, "1D").id))
    finally:
        session.close()
    assert names == sorted(["Lê Văn Tám", "Đỗ Thị Hoa", "Phạm Minh Khôi"])


def test_a_dry_run_does_not_remember(primary_session, tmp_path):
    from hocbaso_desktop.dataio.column_maps import SETTING, parse_map_options
    from hocbaso_desktop.storage import settings_repo
    path = _unknown_list(tmp_path / "a.xlsx", ["Lê Văn Tám"])
    report = import_workbook(primary_session, path, mapping=parse_map_options(["Tên con=Họ và tên",
                                                                                "Ghi chú=bỏ qua"]))
    assert report.ok and report.new_students == 1 and report.mapped == 2 and not report.unmapped
    assert settings_repo.get_setting(primary_session.db, SETTING) is None
