"""TT27 end-of-year evaluation (domain.md §2.5, §2.7 worked examples, §2.8 completion, §2.9 awards, §7 item 8)."""

from __future__ import annotations

import pytest
from tests.fixtures.rules import SID, primary_year

from hocbaso_desktop.domain.assessment import GENERAL, AssessmentEntry
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.domain.tt27 import (
    AWARD_EXCELLENT,
    AWARD_EXEMPLARY,
    classify_primary,
    evaluate_primary,
)

TESTED_G4 = ("TV", "TOAN", "NN1", "LSDL", "KH", "THCN")


def scores_by_subject(*scores: int) -> dict[str, str]:
    return dict(zip(TESTED_G4, (str(s) for s in scores), strict=True))


# §2.7 worked examples (grade 4; tested TV, Toán, NN1, LS&ĐL, KH, TH&CN).
SECTION_2_7 = [
    ("1", {}, {}, scores_by_subject(10, 9, 9, 10, 9, 9), "HTXS"),
    ("2", {"NT": "H"}, {}, scores_by_subject(10, 10, 10, 10, 10, 10), "HT"),
    ("3", {}, {}, scores_by_subject(10, 9, 8, 10, 9, 9), "HTT"),
    ("4", {}, {"trungthuc": "Đ"}, scores_by_subject(10, 10, 10, 10, 10, 10), "HT"),
    ("5", {"DD": "H", "GDTC": "H"}, {"tuhoc": "Đ", "nhanai": "Đ"}, scores_by_subject(8, 7, 6, 5, 9, 9), "HT"),
    ("6", {}, {}, scores_by_subject(10, 10, 10, 4, 10, 10), "CHT"),
    ("7", {"TOAN": "C"}, {}, scores_by_subject(10, 10, 10, 10, 10, 10), "CHT"),
    ("8", {}, {"chamchi": "C"}, scores_by_subject(10, 10, 10, 10, 10, 10), "CHT"),
]


@pytest.mark.parametrize(("number", "levels", "items", "tests", "expected"), SECTION_2_7,
                         ids=[f"section_2_7_example_{row[0]}" for row in SECTION_2_7])
def test_section_2_7_worked_examples(number: str, levels: dict[str, str], items: dict[str, str],
                                     tests: dict[str, str], expected: str) -> None:
    """§2.7: the eight worked examples give HTXS, HT, HTT, HT, HT, CHT, CHT, CHT."""
    result = evaluate_primary(4, primary_year(4, levels=levels, tests=tests, items=items))
    assert result.result == expected
    assert result.incomplete == ()
    assert result.reasons[0].startswith("Kết quả giáo dục:")


def test_reasons_name_the_deciding_subject_and_threshold() -> None:
    """§2.7 example 2: the one H (Nghệ thuật/Âm nhạc) is named; example 6: the test below 5 is named."""
    two = evaluate_primary(4, primary_year(4, levels={"NT": "H"}))
    assert any("Nghệ thuật" in r and "Hoàn thành (H)" in r for r in two.reasons)
    six = evaluate_primary(4, primary_year(4, tests=scores_by_subject(10, 10, 10, 4, 10, 10)))
    assert any("Lịch sử và Địa lí là 4, dưới 5" in r for r in six.reasons)
    three = evaluate_primary(4, primary_year(4, tests=scores_by_subject(10, 9, 8, 10, 9, 9)))
    assert any("Ngoại ngữ 1 là 8, dưới 9" in r for r in three.reasons)


def test_exempt_subjects_and_tests_are_ignored() -> None:
    """§2.7 [design]: "M" levels and scores are left out of every check (an exempt test of 0 is not a fail)."""
    exempt_level = evaluate_primary(4, primary_year(4, levels={"GDTC": "M", "KH": "M"}, tests={"KH": "M"}))
    assert exempt_level.result == "HTXS"
    exempt_test = evaluate_primary(4, primary_year(4, tests={**scores_by_subject(10, 10, 10, 10, 10, 10), "NN1": "M"}))
    assert exempt_test.result == "HTXS"


def test_grades_1_2_test_only_tv_and_toan() -> None:
    """§2.2: grades 1–2 test TV and Toán; Ngoại ngữ 1 is optional and left out unless entered."""
    result = evaluate_primary(1, primary_year(1, tests={"TV": "9", "TOAN": "7"}))
    assert result.result == "HTT"
    with_nn1 = primary_year(1, extra=[AssessmentEntry(SID, "NN1", "cn", "level", "H")])
    assert evaluate_primary(1, with_nn1).result == "HT"


def test_incomplete_year_has_no_result() -> None:
    """A missing level, test or quality gives result None and lists what is missing."""
    entries = [e for e in primary_year(4) if not (e.subject == "KH" and e.component == "test")
               and not (e.subject == "_quality" and e.component == "yeunuoc")]
    result = evaluate_primary(4, entries)
    assert result.result is None and result.completed_grade is None
    assert result.incomplete == ("Khoa học: thiếu điểm kiểm tra định kì cuối năm.",
                                 "Yêu nước: thiếu mức đạt được cuối năm.")


def test_only_end_of_year_entries_decide() -> None:
    """§2.7: mid-year checkpoints do not produce a result; a C at gk1 does not change the year."""
    entries = primary_year(3, extra=[AssessmentEntry(SID, "TOAN", "gk1", "level", "C")])
    assert evaluate_primary(3, entries).result == "HTXS"


def test_completion_and_additional_assessment_path_section_2_8() -> None:
    """§2.8: HT completes the grade; CHT → support → additional assessment → principal decision."""
    done = evaluate_primary(3, primary_year(3))
    assert done.completed_grade is True and done.additional_assessment == "not_needed"
    assert done.completion_text == "Hoàn thành chương trình lớp 3" and done.completed_primary is None
    fail = {"TOAN": "C"}
    pending = evaluate_primary(3, primary_year(3, levels=fail))
    assert (pending.result, pending.completed_grade, pending.additional_assessment) == ("CHT", None, "pending")
    reassessed = evaluate_primary(3, primary_year(3, levels=fail, extra=[
        AssessmentEntry(SID, GENERAL, "cn", "reassessed", "HT")]))
    assert (reassessed.result, reassessed.completed_grade, reassessed.additional_assessment) == (
        "CHT", True, "reassessed")
    escalated = evaluate_primary(3, primary_year(3, levels=fail, extra=[
        AssessmentEntry(SID, GENERAL, "cn", "reassessed", "CHT")]))
    assert (escalated.completed_grade, escalated.additional_assessment) == (None, "escalated")
    stays = evaluate_primary(3, primary_year(3, levels=fail, extra=[
        AssessmentEntry(SID, GENERAL, "cn", "reassessed", "CHT"),
        AssessmentEntry(SID, GENERAL, "cn", "principal_decision", "olai")]))
    assert (stays.completed_grade, stays.completion_text) == (False, "Chưa hoàn thành chương trình lớp 3")
    moves = evaluate_primary(3, primary_year(3, levels=fail, extra=[
        AssessmentEntry(SID, GENERAL, "cn", "reassessed", "CHT"),
        AssessmentEntry(SID, GENERAL, "cn", "principal_decision", "lenlop")]))
    assert moves.completed_grade is True and moves.additional_assessment == "decided"


def test_grade_5_completes_primary() -> None:
    """§2.8: completing grade 5 is "Hoàn thành chương trình tiểu học"."""
    result = evaluate_primary(5, primary_year(5, tests={"TV": "6"}))
    assert result.result == "HT" and result.completed_primary is True
    assert result.completion_text == "Hoàn thành chương trình tiểu học"


def test_ktdk_column_holds_the_last_retest_score_section_2_5() -> None:
    """§2.5 / §7.8: after a retest, the học bạ KTĐK column records the retest score; the decision is unchanged."""
    entries = primary_year(4, tests={"TOAN": "4"}, extra=[AssessmentEntry(SID, "TOAN", "cn", "retest", "6")])
    result = evaluate_primary(4, entries)
    assert result.result == "CHT"
    assert dict(result.recorded_tests)["TOAN"] == "6"
    assert dict(result.recorded_tests)["TV"] == "10"


def test_awards_section_2_9() -> None:
    """§2.9: HTXS → Học sinh Xuất sắc; HTT → Tiêu biểu only with the class's recognition (stored reason)."""
    assert evaluate_primary(4, primary_year(4)).award == AWARD_EXCELLENT
    htt = evaluate_primary(4, primary_year(4, tests={"TV": "8"}))
    assert htt.award is None and htt.award_candidate is True
    recognised = evaluate_primary(4, primary_year(4, tests={"TV": "8"}, extra=[
        AssessmentEntry(SID, GENERAL, "cn", "commendation", "Tiến bộ vượt bậc môn Toán")]))
    assert recognised.award == AWARD_EXEMPLARY and recognised.award_candidate is False
    assert evaluate_primary(4, primary_year(4, levels={"NT": "H"})).award is None


def test_disabled_student_not_assessed() -> None:
    """§2.8 / §4.4.1 cokhuyettatkhongdanhgia: no category; completion is the principal's decision."""
    result = evaluate_primary(2, primary_year(2, levels={"TOAN": "C"}), disabled_not_assessed=True)
    assert result.result is None and result.completed_grade is None and result.award is None
    decided = evaluate_primary(2, primary_year(2, extra=[AssessmentEntry(SID, GENERAL, "cn", "principal_decision",
                                                                          "lenlop")]), disabled_not_assessed=True)
    assert decided.completed_grade is True


def test_settings_are_named_when_they_matter() -> None:
    """§2.2 split_thcn (grades 3–5) and §2.5 a zero score are named in settings_used."""
    assert "split_thcn=False" in evaluate_primary(3, primary_year(3)).settings_used
    assert evaluate_primary(2, primary_year(2)).settings_used == ()
    zero = evaluate_primary(4, primary_year(4, tests={"TV": "0"}), settings=EvaluationSettings(
        primary_allow_zero_score=True))
    assert zero.result == "CHT" and "primary_allow_zero_score=True" in zero.settings_used


def test_split_thcn_counts_both_parts_as_tested() -> None:
    """§2.2 setting: each part of Tin học và Công nghệ has its own level and KTĐK score in §2.7."""
    split = EvaluationSettings(split_thcn=True)
    entries = [e for e in primary_year(4) if e.subject != "THCN"] + [
        AssessmentEntry(SID, "TIN", "cn", "level", "T"), AssessmentEntry(SID, "TIN", "cn", "test", "10"),
        AssessmentEntry(SID, "CNG", "cn", "level", "T"), AssessmentEntry(SID, "CNG", "cn", "test", "8")]
    assert evaluate_primary(4, entries, settings=split).result == "HTT"


def test_entries_of_two_students_are_refused() -> None:
    """One call evaluates one student-year."""
    entries = [*primary_year(1), AssessmentEntry("other", "TV", "cn", "level", "T")]
    with pytest.raises(InvalidInputError):
        evaluate_primary(1, entries)


def test_classify_primary_without_tests_uses_plus_infinity() -> None:
    """§2.7 decision procedure: with no tested subject, s = +infinity."""
    assert classify_primary({"A": "T"}, {"q": "T"}, {})[0] == "HTXS"
    assert classify_primary({"A": "T"}, {"q": "Đ"}, {})[0] == "HT"
