"""domain.record_book: the printed values derived from entries and from the rules' results."""

from __future__ import annotations

import random
from dataclasses import replace

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import COMPETENCY, GENERAL, QUALITY, AssessmentEntry
from hocbaso_desktop.domain.record_book import (
    EntryValues,
    PrimaryOutcome,
    SecondaryOutcome,
    level_name,
    primary_awards,
    primary_completion_text,
    primary_outcome,
    primary_test_score,
    promotion_text,
    secondary_outcome,
)
from hocbaso_desktop.domain.tt22 import evaluate_secondary
from hocbaso_desktop.domain.tt27 import AWARD_EXCELLENT, evaluate_primary
from tests.fixtures.printing import _primary_entries, _secondary_entries

TOAN = catalogue.subject_by_code("tieuhoc", 4, "TOAN")
DD = catalogue.subject_by_code("tieuhoc", 4, "DD")


def test_ktdk_is_the_retest_score_when_there_was_one() -> None:
    """§2.5: the học bạ records the last test's score."""
    values = EntryValues.of([AssessmentEntry("s", "TOAN", "cn", "test", "4"),
                             AssessmentEntry("s", "TOAN", "cn", "retest", "6"),
                             AssessmentEntry("s", "TOAN", "ck1", "test", "8")])
    assert primary_test_score(values, TOAN) == "6"
    assert primary_test_score(values, TOAN, "ck1") == "8"
    assert primary_test_score(values, DD) == ""  # an untested subject has no KTĐK


def test_completion_texts_per_grade() -> None:
    """§2.8: grade completion, grade 5 completes the primary programme, pending CHT prints nothing."""
    assert primary_completion_text(3, PrimaryOutcome("HT", True)) == "Hoàn thành chương trình lớp 3"
    assert primary_completion_text(5, PrimaryOutcome("HTT", True, True)) == "Hoàn thành chương trình tiểu học"
    assert primary_completion_text(2, PrimaryOutcome("CHT", False)) == "Chưa hoàn thành chương trình lớp 2"
    assert primary_completion_text(2, PrimaryOutcome("CHT", None)) == ""


def test_award_reason_follows_the_award() -> None:
    values = EntryValues.of([AssessmentEntry("s", GENERAL, "cn", "commendation", "Tiến bộ vượt bậc môn Toán")])
    assert primary_awards(values, PrimaryOutcome("HTT", True, awards=("Học sinh Tiêu biểu",))) == (
        "Học sinh Tiêu biểu (Tiến bộ vượt bậc môn Toán)",)
    assert primary_awards(values, PrimaryOutcome("HT", True)) == ()


def test_promotion_text_last_grade_and_pending() -> None:
    """§3.8: promotion, completion of the programme in grade 9/12, nothing while pending."""
    def outcome(promoted: bool | None) -> SecondaryOutcome:
        return SecondaryOutcome({}, ("T", "T", "T"), ("T", "T", "T"), promoted=promoted)
    assert promotion_text(7, "thcs", outcome(True)) == "Được lên lớp"
    assert promotion_text(7, "thcs", outcome(False)).startswith("Không được lên lớp")
    assert promotion_text(9, "thcs", outcome(True)) == "Hoàn thành chương trình trung học cơ sở"
    assert promotion_text(12, "thpt", outcome(False)) == "Chưa hoàn thành chương trình trung học phổ thông"
    assert promotion_text(8, "thcs", outcome(None)) == ""
    assert level_name("K") == "Khá" and level_name(None) == ""


def test_outcomes_carry_the_rules_results() -> None:
    def top(entry: AssessmentEntry) -> AssessmentEntry:
        """Every level at its best and every test 10: the HTXS case of §2.7."""
        if entry.component == "level" or (entry.subject in (QUALITY, COMPETENCY) and "comment" not in entry.component):
            return replace(entry, value="T")
        return replace(entry, value="10") if entry.component == "test" else entry
    entries = [top(e) for e in _primary_entries("s1", 4, random.Random(7))]
    result = evaluate_primary(4, entries)
    printed = primary_outcome(result)
    assert printed.result == result.result == "HTXS"
    assert printed.awards == (AWARD_EXCELLENT,)

    secondary = _secondary_entries("s2", "thcs", 8, random.Random(3))
    subjects = tuple(s for s in catalogue.subjects_for("thcs", 8) if not s.optional)
    evaluated = evaluate_secondary("thcs", 8, subjects, secondary)
    out = secondary_outcome(evaluated)
    assert out.learning == (evaluated.learning_hk1.level, evaluated.learning_hk2.level, evaluated.learning_year.level)
    assert out.conduct[2] == evaluated.conduct_year and out.promoted == evaluated.promoted
    assert {code: o.year for code, o in out.subjects.items()} == {s.code: s.year for s in evaluated.subjects}
