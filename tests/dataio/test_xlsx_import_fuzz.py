"""Hypothesis-generated spreadsheets never crash the importer and never write partially; a large file imports."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hocbaso_desktop.dataio.import_plan import ImportRejectedError
from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.model import Sex
from hocbaso_desktop.domain.personal_id import century_sex_digit
from hocbaso_desktop.storage import dataio_repo, school_repo
from tests.fixtures.dataio import database_snapshot, write_xlsx

HEADERS = ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Mã học sinh", "Lớp", "Mã hệ thống",
           "Toán | cuối năm | Mức đạt được", "Toán | cuối năm | Điểm KTĐK", "Tiếng Việt | gk1 | test",
           "Vật lí | hk1 | gk", "Môn học", "Giáo viên", "Dân tộc", "Môn miễn", "???", None, 7]
CELLS = st.one_of(
    st.none(), st.integers(-5, 10**13), st.floats(allow_nan=True, allow_infinity=False, width=32),
    st.sampled_from(["T", "H", "C", "Nam", "Nữ", "4A", "5A", "1C", "xx", "01/02/2016", "2016", "Toán", "7,5", ""]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2030, 1, 1)),
)
SHEET_TITLES = st.sampled_from(["4A", "5A", "1C", "Điểm", "Trang 1"])
SHEETS = st.dictionaries(
    SHEET_TITLES,
    st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6).flatmap(
        lambda header: st.lists(st.lists(CELLS, min_size=len(header), max_size=len(header)), max_size=5).map(
            lambda rows: [header, *rows])),
    min_size=1, max_size=3)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(sheets=SHEETS)
def test_generated_workbooks_never_crash_nor_write_partially(primary_session, tmp_path, sheets):
    path = write_xlsx(tmp_path / "gen.xlsx", sheets)
    before = database_snapshot(primary_session)
    dry = import_workbook(primary_session, path, dry_run=True)
    assert database_snapshot(primary_session) == before
    try:
        report = import_workbook(primary_session, path, dry_run=False)
    except ImportRejectedError as exc:
        assert not dry.ok and exc.report.problems == dry.problems
        assert database_snapshot(primary_session) == before
        return
    except HocbasoError:
        assert database_snapshot(primary_session) == before
        return
    assert dry.ok and report.applied
    assert len(dataio_repo.student_ids(primary_session.db)) == len(before[2]) + report.new_students


def test_large_class_list_with_scores(primary_session, tmp_path):
    """1,500 students in 50 new classes and their end-of-year levels, in one file (its time is measured by
    bench/bench_import.py, not here)."""
    students = [["Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Lớp"]]
    scores = [["Số định danh cá nhân", "Lớp", "Toán | cuối năm | Mức đạt được", "Toán | cuối năm | Điểm KTĐK",
               "Tiếng Việt | cuối năm | Mức đạt được", "Tiếng Việt | cuối năm | Điểm KTĐK"]]
    for n in range(1500):
        grade, sex = 1 + n % 5, (Sex.MALE, Sex.FEMALE)[n % 2]
        born = 2026 - grade - 5
        pid = f"079{century_sex_digit(sex, born)}{born % 100:02d}{n:06d}"
        name = f"{grade}{chr(ord('C') + n // 5 % 10)}"
        students.append([f"Học Sinh {_letters(n)}", sex.label, f"01/01/{born}", pid, name])
        scores.append([pid, name, "T", 9, "H", 7])
    path = write_xlsx(tmp_path / "big.xlsx", {"Danh sách": students, "Điểm": scores})
    report = import_workbook(primary_session, path, dry_run=False)
    assert report.applied and report.new_students == 1500 and len(report.new_classes) == 50
    assert report.new_entries == 6000
    year = school_repo.latest_year(primary_session.db)
    assert len(school_repo.students_in_class(primary_session.db,
                                             school_repo.find_class(primary_session.db, year, "3E").id)) == 30


def _letters(n: int) -> str:
    """A distinct letters-only word for each number (names carry no digits)."""
    word = ""
    while True:
        n, r = divmod(n, 26)
        word = chr(ord("A") + r) + word
        if n == 0:
            return word.capitalize()
