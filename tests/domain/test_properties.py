"""Property tests of the rules (Hypothesis): ranges, monotonicity, the adjustment's bound, validation's errors."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from hocbaso_desktop.domain.assessment import (
    PRIMARY_PERIODS,
    SECONDARY_PERIODS,
    AssessmentEntry,
    validate_entry,
)
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.numbers import round_half_up
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.domain.tt22 import semester_average, year_average
from hocbaso_desktop.domain.tt22_learning import LEVELS, Graded, classify, learning_level
from hocbaso_desktop.domain.tt27 import classify_primary

SETTINGS = EvaluationSettings()
scores = st.integers(0, 100).map(lambda n: Decimal(n) / 10)
PRIMARY_ORDER = ["CHT", "HT", "HTT", "HTXS"]


@given(st.lists(scores, min_size=1, max_size=6), scores, scores)
def test_semester_average_within_its_inputs(regular: list[Decimal], gk: Decimal, ck: Decimal) -> None:
    """ĐTBmhk, raw and rounded, lies between the lowest and the highest assessment."""
    low, high = min([*regular, gk, ck]), max([*regular, gk, ck])
    raw = semester_average(regular, gk, ck)
    assert low <= raw <= high
    assert low <= round_half_up(raw) <= high


@given(scores, scores)
def test_year_average_within_its_inputs(hk1: Decimal, hk2: Decimal) -> None:
    """ĐTBmcn lies between the two semester averages."""
    assert min(hk1, hk2) <= round_half_up(year_average(hk1, hk2)) <= max(hk1, hk2)


@given(st.lists(scores, min_size=1, max_size=6), scores, scores, st.integers(0, 7), st.integers(1, 30))
def test_raising_one_score_never_lowers_the_average(regular: list[Decimal], gk: Decimal, ck: Decimal, which: int,
                                                    step: int) -> None:
    """Raising any one assessment never lowers ĐTBmhk."""
    values = [*regular, gk, ck]
    which %= len(values)
    raised = list(values)
    raised[which] = min(Decimal(10), raised[which] + Decimal(step) / 10)
    before = semester_average(values[:-2], values[-2], values[-1])
    after = semester_average(raised[:-2], raised[-2], raised[-1])
    assert after >= before


graded_lists = st.tuples(st.lists(scores, min_size=6, max_size=12), st.lists(st.booleans(), max_size=4))


def _graded(score_list: list[Decimal], comments: list[bool]) -> list[Graded]:
    return ([Graded(f"S{i}", "score", score=s) for i, s in enumerate(score_list)]
            + [Graded(f"C{i}", "comment", passed=p) for i, p in enumerate(comments)])


@settings(max_examples=300)
@given(graded_lists, st.integers(0, 15), st.integers(1, 100))
def test_raising_one_score_never_lowers_the_learning_level(data: tuple[list[Decimal], list[bool]], which: int,
                                                           step: int) -> None:
    """Raising one subject's average (or turning a Chưa đạt into Đạt) never lowers the level, adjusted or not."""
    score_list, comments = data
    before = _graded(score_list, comments)
    which %= len(before)
    target = before[which]
    if target.kind == "score":
        better = Graded(target.name, "score", score=min(Decimal(10), (target.score or Decimal(0)) + Decimal(step) / 10))
    else:
        better = Graded(target.name, "comment", passed=True)
    after = [*before[:which], better, *before[which + 1:]]
    assert classify(after) >= classify(before)
    lv_before = learning_level(before, SETTINGS, "x").level
    lv_after = learning_level(after, SETTINGS, "x").level
    assert lv_before is not None and lv_after is not None
    assert LEVELS.index(lv_after) >= LEVELS.index(lv_before)


@settings(max_examples=300)
@given(graded_lists)
def test_adjustment_raises_at_most_one_level(data: tuple[list[Decimal], list[bool]]) -> None:
    """§3.6: the adjustment raises by exactly one level when it applies, otherwise not at all."""
    graded = _graded(*data)
    outcome = learning_level(graded, SETTINGS, "x")
    assert outcome.level is not None
    gain = LEVELS.index(outcome.level) - classify(graded)
    assert gain == (1 if outcome.adjusted else 0)


primary_levels = st.sampled_from(["T", "H", "C", "M"])
item_levels = st.sampled_from(["T", "Đ", "C"])
test_scores = st.integers(1, 10)


@given(st.lists(primary_levels, min_size=1, max_size=11), st.lists(item_levels, min_size=1, max_size=15),
       st.lists(test_scores, min_size=1, max_size=6), st.integers(0, 5), st.integers(1, 9))
def test_raising_a_primary_test_never_lowers_the_result(levels: list[str], items: list[str], tests: list[int],
                                                        which: int, step: int) -> None:
    """TT27 Art 9.2.a is monotone in every test score."""
    which %= len(tests)
    raised = list(tests)
    raised[which] = min(10, raised[which] + step)
    subject_levels = {f"S{i}": v for i, v in enumerate(levels)}
    item_map = {f"Q{i}": v for i, v in enumerate(items)}
    before = classify_primary(subject_levels, item_map, {f"T{i}": s for i, s in enumerate(tests)})[0]
    after = classify_primary(subject_levels, item_map, {f"T{i}": s for i, s in enumerate(raised)})[0]
    assert PRIMARY_ORDER.index(after) >= PRIMARY_ORDER.index(before)


texts = st.one_of(st.text(max_size=12), st.sampled_from(
    ["TV", "TOAN", "GDTC", "_quality", "_conduct", "_absences", "_general", "tx1", "tx9", "gk", "ck", "test", "level",
     "result", "retest", "comment", "cd1", "yeunuoc", "total", "T", "Đ", "CĐ", "M", "7.5", "10", "0", "-1", "1e3",
     *PRIMARY_PERIODS, *SECONDARY_PERIODS, "summer"]))


@settings(max_examples=400)
@given(st.sampled_from(["tieuhoc", "thcs", "thpt", "x"]), st.integers(-1, 13), texts, texts, texts, texts,
       st.booleans())
def test_validate_entry_raises_only_invalid_input(level: str, grade: int, subject: str, period: str, component: str,
                                                  value: str, zero: bool) -> None:
    """Whatever the input, validate_entry returns an entry or raises InvalidInputError, nothing else."""
    entry = AssessmentEntry("hs", subject, period, component, value)
    try:
        result = validate_entry(level, grade, entry, EvaluationSettings(primary_allow_zero_score=zero))
    except InvalidInputError:
        return
    assert isinstance(result, AssessmentEntry)
    assert validate_entry(level, grade, result, EvaluationSettings(primary_allow_zero_score=zero)) == result
