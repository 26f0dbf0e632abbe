"""TT22 evaluation (domain.md §3.3–§3.9 and §7 items 2–7): averages, learning, conduct, promotion, titles."""

from __future__ import annotations

from decimal import Decimal

import pytest
from tests.fixtures.rules import SID, commented, eight_and_comments, scored, semester, uniform_year

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.numbers import format_average
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.domain.tt22 import evaluate_secondary, semester_average, year_average
from hocbaso_desktop.domain.tt22_promotion import YEAR_CONDUCT, year_conduct

D = Decimal


def avg(tx: list[str], gk: str, ck: str) -> str:
    return format_average(semester_average([D(t) for t in tx], D(gk), D(ck)))


@pytest.mark.parametrize(("name", "tx", "gk", "ck", "expected"), [
    ("A", ["8", "7.5", "9", "6"], "7", "8", "7.6"),
    ("B", ["5.9", "5.1", "4.9"], "6.2", "5.2", "5.5"),
    ("C1", ["6", "6", "6"], "6.8", "7.2", "6.7"),
    ("C2", ["6", "6", "6"], "6", "6", "6.0"),
    ("D", ["8", "9"], "7", "8", "7.9"),
    ("float trap", ["9", "9", "9"], "8.8", "9", "9.0"),
])
def test_semester_average_examples_section_3_5(name: str, tx: list[str], gk: str, ck: str, expected: str) -> None:
    """§3.5 worked examples A–D and the float trap (71.6 / 8 = 8.95 → 9.0)."""
    assert avg(tx, gk, ck) == expected


@pytest.mark.parametrize(("hk1", "hk2", "expected"), [("7.9", "8.5", "8.3"), ("6.4", "6.6", "6.5"),
                                                      ("7.7", "8.2", "8.0")])
def test_year_average_examples_section_3_5(hk1: str, hk2: str, expected: str) -> None:
    """§3.5: (7.9 + 2×8.5)/3 = 8.3 (the plain mean would be 8.2), 6.5, 8.0."""
    assert format_average(year_average(D(hk1), D(hk2))) == expected


def test_semester_average_needs_regular_scores() -> None:
    """§3.5 guard: no ĐĐGtx → no average (never divide by 5)."""
    with pytest.raises(InvalidInputError):
        semester_average([], D(7), D(8))


def _one_subject(hk1: list[AssessmentEntry], hk2: list[AssessmentEntry], settings: EvaluationSettings | None = None):
    spec = scored("TOAN", 70)
    return evaluate_secondary("thcs", 6, [spec], hk1 + hk2, settings=settings or EvaluationSettings())


def test_threshold_trap_rounded_versus_raw_section_3_5() -> None:
    """§3.5 example C: HK1 6.0, HK2 raw 6.65 → year 6.5 from rounded values (default), 6.4 from raw values."""
    hk1 = semester("TOAN", "hk1", ["6", "6", "6"], "6", "6")
    hk2 = semester("TOAN", "hk2", ["6", "6", "6"], "6.8", "7.2")
    rounded = _one_subject(hk1, hk2)
    assert (rounded.subjects[0].hk1, rounded.subjects[0].hk2, rounded.subjects[0].year) == ("6.0", "6.7", "6.5")
    assert "year_average_from=rounded" in rounded.settings_used
    assert any("year_average_from=rounded" in r and "6.4" in r for r in rounded.reasons)
    raw = _one_subject(hk1, hk2, EvaluationSettings(year_average_from="raw"))
    assert raw.subjects[0].year == "6.4"
    assert "year_average_from=raw" in raw.settings_used


def test_missing_assessment_is_incomplete_never_renormalised_section_3_5() -> None:
    """§3.4/§3.5 guard: a missing ĐĐGtx or ĐĐGgk leaves the semester without an average, listed as missing."""
    hk1 = semester("TOAN", "hk1", ["8", "8"], "8", "8")  # tx3 of 3 missing
    hk2 = semester("TOAN", "hk2", ["8", "8", "8"], None, "8")  # gk missing
    result = _one_subject(hk1, hk2)
    assert result.subjects[0].hk1 is None and result.subjects[0].hk2 is None and result.subjects[0].year is None
    assert result.incomplete == ("Môn TOAN, học kì I: thiếu ĐĐGtx 3.", "Môn TOAN, học kì II: thiếu ĐĐGgk.",
                                 "Thiếu kết quả rèn luyện học kì I.", "Thiếu kết quả rèn luyện học kì II.",
                                 "Thiếu số buổi nghỉ cả năm.")   # "học kì I", never "học kì i"
    assert result.learning_year.level is None and result.promoted is None


def test_chuyen_de_is_an_extra_regular_score_section_3_3() -> None:
    """§3.3 setting: a THPT chuyên đề result adds to TĐĐGtx and to the count (default on)."""
    spec = scored("TOAN", 105)
    base = semester("TOAN", "hk1", ["8", "8", "8", "8"], "8", "8") + semester("TOAN", "hk2", ["8"] * 4, "8", "8")
    topic = [AssessmentEntry(SID, "TOAN", "hk1", "cd1", "3")]
    on = evaluate_secondary("thpt", 10, [spec], base + topic)
    assert on.subjects[0].hk1 == "7.5"  # (32 + 3 + 16 + 24) / 10
    assert "chuyen_de_counts_as_regular=True" in on.settings_used
    off = evaluate_secondary("thpt", 10, [spec], base + topic, settings=EvaluationSettings(
        chuyen_de_counts_as_regular=False))
    assert off.subjects[0].hk1 == "8.0"


SECTION_3_6 = [
    ("8.5x8", ["8.5"] * 8, ["Đ"] * 4, "T", "T"),
    ("8.0x6 6.5 7.0", ["8.0"] * 6 + ["6.5", "7.0"], ["Đ"] * 4, "T", "T"),
    ("8.0x5 7.0x3", ["8.0"] * 5 + ["7.0"] * 3, ["Đ"] * 4, "K", "K"),
    ("7.0x6 5.5x2", ["7.0"] * 6 + ["5.5"] * 2, ["Đ"] * 4, "K", "K"),
    ("6.0x8", ["6.0"] * 8, ["Đ"] * 4, "Đ", "Đ"),
    ("8.5x8 one CĐ", ["8.5"] * 8, ["CĐ", "Đ", "Đ", "Đ"], "Đ", "K"),
    ("8.5x8 two CĐ", ["8.5"] * 8, ["CĐ", "CĐ", "Đ", "Đ"], "CĐ", "CĐ"),
    ("8.5x7 4.0", ["8.5"] * 7 + ["4.0"], ["Đ"] * 4, "Đ", "K"),
    ("8.5x7 3.0", ["8.5"] * 7 + ["3.0"], ["Đ"] * 4, "CĐ", "Đ"),
    ("8.5x7 6.0", ["8.5"] * 7 + ["6.0"], ["Đ"] * 4, "K", "K"),
    ("8.5x6 4.0x2", ["8.5"] * 6 + ["4.0"] * 2, ["Đ"] * 4, "Đ", "Đ"),
    ("6.0x7 3.4", ["6.0"] * 7 + ["3.4"], ["Đ"] * 4, "CĐ", "CĐ"),
]


@pytest.mark.parametrize(("row", "scores", "comments", "before", "after"), SECTION_3_6,
                         ids=[f"section_3_6_{r[0]}" for r in SECTION_3_6])
def test_section_3_6_learning_table(row: str, scores: list[str], comments: list[str], before: str, after: str) -> None:
    """§3.6 / §7.4: every row of the table, before and after the one-subject adjustment (exact results)."""
    specs, values = eight_and_comments(scores, comments)
    result = evaluate_secondary("thcs", 7, specs, uniform_year(specs, values))
    for outcome in (result.learning_hk1, result.learning_hk2, result.learning_year):
        assert outcome.level == after
        assert outcome.adjusted == (before != after)
    if before != after:
        assert any("điều chỉnh lên mức liền kề" in r for r in result.reasons)


def test_adjustment_for_a_comment_subject_is_a_setting_section_3_6() -> None:
    """§3.6 / §8.8: with adjustment_covers_comment_subjects=False one CĐ keeps Đạt, and the setting is named."""
    specs, values = eight_and_comments(["8.5"] * 8, ["CĐ", "Đ", "Đ", "Đ"])
    on = evaluate_secondary("thcs", 7, specs, uniform_year(specs, values))
    assert "adjustment_covers_comment_subjects=True" in on.settings_used
    off = evaluate_secondary("thcs", 7, specs, uniform_year(specs, values),
                             settings=EvaluationSettings(adjustment_covers_comment_subjects=False))
    assert off.learning_year.level == "Đ" and not off.learning_year.adjusted
    assert "adjustment_covers_comment_subjects=False" in off.settings_used


def test_fewer_than_six_scored_subjects_goes_to_manual_review_section_3_6() -> None:
    """§3.6 note / §7.4: fewer than 6 scored subjects (exemptions) → manual review, not Chưa đạt."""
    specs, values = eight_and_comments(["9.0"] * 5 + ["M"] * 3)
    result = evaluate_secondary("thcs", 7, specs, uniform_year(specs, values))
    assert result.learning_year.level is None and result.learning_year.manual_review
    assert result.promoted is None and result.title is None
    assert "exempt_subjects_excluded=True" in result.settings_used


def test_exempt_subjects_left_out_of_counts_section_3_10() -> None:
    """§3.10: an exempt subject is not counted; with the setting off the student goes to manual review."""
    specs, values = eight_and_comments(["8.5"] * 7 + ["M"], ["M", "Đ", "Đ", "Đ"])
    result = evaluate_secondary("thcs", 7, specs, uniform_year(specs, values))
    assert result.learning_year.level == "T"
    assert [s.year for s in result.subjects][7:9] == ["M", "M"]
    strict = evaluate_secondary("thcs", 7, specs, uniform_year(specs, values),
                                settings=EvaluationSettings(exempt_subjects_excluded=False))
    assert strict.learning_year.level is None and strict.learning_year.manual_review


def test_comment_subject_rule_setting_section_3_5() -> None:
    """§3.5: default every assessment Đạt; alternative end-of-semester Đạt and ≥ 2/3 Đạt. Year = HK2."""
    spec = commented("GDTC")
    assessed = [AssessmentEntry(SID, "GDTC", sem, c, v) for sem in ("hk1", "hk2")
                for c, v in (("tx1", "CĐ"), ("tx2", "Đ"), ("gk", "Đ"), ("ck", "Đ"))]
    strict = evaluate_secondary("thcs", 6, [spec], assessed)
    assert (strict.subjects[0].hk1, strict.subjects[0].year) == ("CĐ", "CĐ")
    assert "comment_subject_rule=all_dat" in strict.settings_used
    lenient = evaluate_secondary("thcs", 6, [spec], assessed,
                                 settings=EvaluationSettings(comment_subject_rule="final_and_two_thirds"))
    assert (lenient.subjects[0].hk1, lenient.subjects[0].year) == ("Đ", "Đ")
    direct = [AssessmentEntry(SID, "GDTC", "hk1", "result", "CĐ"), AssessmentEntry(SID, "GDTC", "hk2", "result", "Đ")]
    assert evaluate_secondary("thcs", 6, [spec], direct).subjects[0].year == "Đ"


SECTION_3_7 = [  # (HK1, HK2, year) — all 16 cells of the matrix
    ("T", "T", "T"), ("K", "T", "T"), ("Đ", "T", "K"), ("CĐ", "T", "K"),
    ("T", "K", "K"), ("K", "K", "K"), ("Đ", "K", "K"), ("CĐ", "K", "Đ"),
    ("T", "Đ", "K"), ("K", "Đ", "Đ"), ("Đ", "Đ", "Đ"), ("CĐ", "Đ", "Đ"),
    ("T", "CĐ", "CĐ"), ("K", "CĐ", "CĐ"), ("Đ", "CĐ", "CĐ"), ("CĐ", "CĐ", "CĐ"),
]


@pytest.mark.parametrize(("hk1", "hk2", "year"), SECTION_3_7, ids=[f"section_3_7_{a}_{b}" for a, b, _ in SECTION_3_7])
def test_section_3_7_conduct_matrix(hk1: str, hk2: str, year: str) -> None:
    """§3.7 / §7.5: the 16 cells of the year rèn luyện matrix (HK2 decisive)."""
    assert year_conduct(hk1, hk2) == year
    specs, values = eight_and_comments(["8.5"] * 8)
    result = evaluate_secondary("thcs", 8, specs, uniform_year(specs, values, conduct=(hk1, hk2)))
    assert result.conduct_year == year


def test_section_3_7_rules_in_words_agree_with_the_matrix() -> None:
    """§3.7: the rules in words give the same 16 cells."""
    order = ["CĐ", "Đ", "K", "T"]

    def words(hk1: str, hk2: str) -> str:
        a, b = order.index(hk1), order.index(hk2)
        if b == 3 and a >= 2:
            return "T"
        if (b == 2 and a >= 1) or (b == 1 and a == 3) or (b == 3 and a <= 1):
            return "K"
        if (b == 1 and a <= 2) or (b == 2 and a == 0):
            return "Đ"
        return "CĐ"

    assert all(words(a, b) == y for (a, b), y in YEAR_CONDUCT.items())
    assert len(YEAR_CONDUCT) == 16


def _year(scores: list[str], comments: list[str] | None = None, **kw: object):
    specs, values = eight_and_comments(scores, comments or ["Đ"] * 4)
    return evaluate_secondary("thcs", 9, specs, uniform_year(specs, values, **kw))  # type: ignore[arg-type]


def test_absences_45_promoted_46_not_section_3_8() -> None:
    """§3.8 / §7.6: 45 buổi absent → promoted; 46 → not promoted."""
    assert _year(["7.0"] * 8, absences=45).promoted is True
    stays = _year(["7.0"] * 8, absences=46)
    assert stays.promoted is False and any("46" in r for r in stays.reasons)


def test_conduct_not_achieved_goes_to_summer_training_section_3_8() -> None:
    """§3.8: year rèn luyện Chưa đạt → summer training; pending → None; re-assessed Đạt → promoted; CĐ → not."""
    pending = _year(["7.0"] * 8, conduct=("Đ", "CĐ"))
    assert pending.summer_training and pending.promoted is None and pending.conduct_final is None
    passed = _year(["7.0"] * 8, conduct=("Đ", "CĐ"), summer="Đ")
    assert passed.promoted is True and passed.conduct_final == "Đ" and passed.conduct_year == "CĐ"
    failed = _year(["7.0"] * 8, conduct=("Đ", "CĐ"), summer="CĐ")
    assert failed.promoted is False


def test_learning_not_achieved_goes_to_retest_section_3_8() -> None:
    """§3.8 / §7.6: HT Chưa đạt with RL ≥ Đạt → retest subjects < 5.0 and comment CĐ; results replace the year."""
    scores = ["6.0"] * 5 + ["4.0", "3.0", "4.5"]
    pending = _year(scores, ["CĐ", "Đ", "Đ", "Đ"], conduct=("K", "K"))
    assert pending.learning_year.level == "CĐ"
    assert pending.retest_subjects == ("S6", "S7", "S8", "C1") and pending.promoted is None
    done = _year(scores, ["CĐ", "Đ", "Đ", "Đ"], conduct=("K", "K"),
                 retests={"S6": "5", "S7": "6.5", "S8": "5.5", "C1": "Đ"})
    finals = {s.code: s.final for s in done.subjects}
    assert (finals["S6"], finals["S7"], finals["S8"], finals["C1"]) == ("5.0", "6.5", "5.5", "Đ")
    assert {s.code: s.year for s in done.subjects}["S7"] == "3.0"  # the year result is kept alongside
    assert done.learning_final == "Đ" and done.promoted is True
    still = _year(scores, ["CĐ", "Đ", "Đ", "Đ"], conduct=("K", "K"),
                  retests={"S6": "3", "S7": "3", "S8": "3", "C1": "CĐ"})
    assert still.learning_final == "CĐ" and still.promoted is False


def test_summer_then_retest_combined_case_section_3_8() -> None:
    """§3.8 (laodong 1607256): Chưa đạt in both; passing summer training opens the retest path."""
    scores = ["6.0"] * 7 + ["3.0"]
    waiting = _year(scores, ["CĐ", "Đ", "Đ", "Đ"], conduct=("CĐ", "CĐ"))
    assert waiting.summer_training and waiting.promoted is None
    after = _year(scores, ["CĐ", "Đ", "Đ", "Đ"], conduct=("CĐ", "CĐ"), summer="Đ",
                  retests={"S8": "5", "C1": "Đ"})
    assert after.learning_final == "Đ" and after.promoted is True
    no_path = _year(scores, ["CĐ", "Đ", "Đ", "Đ"], conduct=("CĐ", "CĐ"), summer="CĐ")
    assert no_path.promoted is False


@pytest.mark.parametrize(("scores", "conduct", "title"), [
    (["9.0"] * 6 + ["8.0"] * 2, ("T", "T"), "Học sinh Xuất sắc"),
    (["9.0"] * 5 + ["8.0"] * 3, ("T", "T"), "Học sinh Giỏi"),
    (["9.0"] * 8, ("T", "K"), None),
    (["8.0"] * 5 + ["7.0"] * 3, ("T", "T"), None),
])
def test_titles_section_3_9(scores: list[str], conduct: tuple[str, str], title: str | None) -> None:
    """§3.9 / §7.7: Xuất sắc needs ≥ 6 subjects with ĐTBmcn ≥ 9.0 (6 → yes, 5 → Giỏi); rèn luyện Khá → none."""
    assert _year(scores, conduct=conduct).title == title


def test_missing_conduct_or_absences_leaves_promotion_open() -> None:
    """Without absences or a semester rèn luyện there is no promotion decision, and the gap is listed."""
    result = _year(["7.0"] * 8, absences=None)
    assert result.promoted is None and any("buổi nghỉ" in m for m in result.incomplete)


def test_secondary_refuses_primary_level() -> None:
    """TT22 is for THCS/THPT only."""
    with pytest.raises(InvalidInputError):
        evaluate_secondary("tieuhoc", 3, [], [])
