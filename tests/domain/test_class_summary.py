"""Class summary sheets (domain.md §2.11 primary Bảng tổng hợp, secondary tracking sheet §3.5–§3.9)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from tests.fixtures.rules import eight_and_comments, primary_year, uniform_year

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.class_summary import primary_class_summary, secondary_class_summary
from hocbaso_desktop.domain.errors import InvalidInputError


@dataclass(frozen=True)
class Pupil:
    id: str
    full_name: str
    disabled_not_assessed: bool = False


PUPILS = [Pupil("a", "Nguyễn Văn An"), Pupil("b", "Trần Thị Bình"), Pupil("c", "Lê Văn Cường"),
          Pupil("d", "Phạm Thu Dung", disabled_not_assessed=True)]


def primary_class_entries() -> list[AssessmentEntry]:
    return (primary_year(4, sid="a")
            + primary_year(4, sid="b", tests={"TV": "8"})
            + primary_year(4, sid="c", levels={"TOAN": "C"}, items={"chamchi": "Đ"},
                           extra=[AssessmentEntry("c", "_general", "cn", "reassessed", "CHT"),
                                  AssessmentEntry("c", "_general", "cn", "principal_decision", "olai")])
            + primary_year(4, sid="d", levels={"TV": "H"})
            + [AssessmentEntry("a", "TV", "gk1", "level", "H"), AssessmentEntry("a", "TV", "gk1", "test", "7"),
               AssessmentEntry("zz", "TV", "cn", "level", "C")])  # a student outside the class is ignored


def test_primary_end_of_year_sheet_section_2_11() -> None:
    """§2.11: rows per student; counts per subject level, per item, per result; "Chưa được lên lớp"."""
    sheet = primary_class_summary(4, "cn", PUPILS, primary_class_entries())
    assert sheet.student_count == 4 and [r.student_id for r in sheet.rows] == ["a", "b", "c", "d"]
    assert [r.evaluation.result for r in sheet.rows if r.evaluation] == ["HTXS", "HTT", "CHT", None]
    assert sheet.result_totals == {"HTXS": 1, "HTT": 1, "CHT": 1, "chua_len_lop": 1}
    assert sheet.subject_totals["TOAN"] == {"T": 3, "C": 1}
    assert sheet.subject_totals["TV"] == {"T": 3, "H": 1}
    assert sheet.item_totals["chamchi"] == {"T": 3, "Đ": 1}
    row_b = sheet.rows[1]
    assert next(c for c in row_b.subjects if c.code == "TV").test == "8"
    assert next(c for c in row_b.subjects if c.code == "DD").test is None  # untested subject: level only
    assert len(row_b.items) == 15


def test_primary_mid_year_sheet_has_no_result() -> None:
    """§2.7/§2.11: a mid-HK1 sheet shows levels and the gk1 tests (TV, Toán in grade 4) but no result."""
    sheet = primary_class_summary(4, "gk1", PUPILS[:1], primary_class_entries())
    row = sheet.rows[0]
    assert row.evaluation is None and sheet.result_totals == {}
    assert next(c for c in row.subjects if c.code == "TV").level == "H"
    assert next(c for c in row.subjects if c.code == "TV").test == "7"
    assert next(c for c in row.subjects if c.code == "KH").test is None  # KH not tested at gk1


def test_primary_unknown_period() -> None:
    """Only the four primary checkpoints exist."""
    with pytest.raises(InvalidInputError):
        primary_class_summary(4, "hk1", PUPILS, [])


def test_secondary_tracking_sheet_counts() -> None:
    """Learning, conduct, promotion and title counts of a class."""
    specs, good = eight_and_comments(["9.0"] * 8)
    _s, weak = eight_and_comments(["6.0"] * 7 + ["3.0"])
    entries = (uniform_year(specs, good, sid="a") + uniform_year(specs, weak, sid="b", conduct=("K", "Đ"))
               + uniform_year(specs, good, sid="c", absences=50))
    pupils = PUPILS[:3]
    sheet = secondary_class_summary("thcs", 6, specs, pupils, entries)
    assert sheet.student_count == 3
    assert sheet.learning_totals["year"] == {"T": 2, "CĐ": 1}
    assert sheet.conduct_totals["year"] == {"T": 2, "Đ": 1}
    assert sheet.promoted_totals == {"promoted": 1, "pending": 1, "not_promoted": 1}
    assert sheet.title_totals == {"Học sinh Xuất sắc": 2}
    assert sheet.rows[2].absences == "50"
    assert sheet.rows[1].evaluation.retest_subjects == ("S8",)
