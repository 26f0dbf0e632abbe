"""TT22 end-of-year decisions: rèn luyện year matrix, promotion, summer training, retest, titles.

domain.md §3.7 (the 16-cell matrix: HK2 decides), §3.8 (Art 12–14 flow) and §3.9 (Art 15 titles).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from hocbaso_desktop.domain.assessment import EXEMPT
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.numbers import format_average, to_decimal
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.domain.tt22_learning import LEVEL_NAMES, LEVELS, LearningOutcome, learning_for

MAX_ABSENCES = 45  # buổi per school year, permitted and unpermitted (Art 12)
TITLE_EXCELLENT = "Học sinh Xuất sắc"
TITLE_GOOD = "Học sinh Giỏi"
_NINE, _FIVE = Decimal("9.0"), Decimal("5.0")

# (HK1, HK2) → year rèn luyện, §3.7 (rows HK2, columns HK1 there).
YEAR_CONDUCT: dict[tuple[str, str], str] = {
    ("T", "T"): "T", ("K", "T"): "T", ("Đ", "T"): "K", ("CĐ", "T"): "K",
    ("T", "K"): "K", ("K", "K"): "K", ("Đ", "K"): "K", ("CĐ", "K"): "Đ",
    ("T", "Đ"): "K", ("K", "Đ"): "Đ", ("Đ", "Đ"): "Đ", ("CĐ", "Đ"): "Đ",
    ("T", "CĐ"): "CĐ", ("K", "CĐ"): "CĐ", ("Đ", "CĐ"): "CĐ", ("CĐ", "CĐ"): "CĐ",
}


def year_conduct(hk1: str, hk2: str) -> str:
    """The year rèn luyện from the two semester levels (codes T/K/Đ/CĐ), per the §3.7 matrix."""
    return YEAR_CONDUCT[(hk1, hk2)]


def at_least_dat(level: str | None) -> bool:
    """True for Đạt, Khá or Tốt."""
    return level is not None and LEVELS.index(level) >= 1


@dataclass(frozen=True)
class YearDecision:
    """The outcome of the end-of-year flow of §3.8 and the title of §3.9."""

    conduct_year: str | None
    conduct_final: str | None
    learning_final: str | None
    promoted: bool | None
    summer_training: bool
    retest_subjects: tuple[str, ...]
    retests: dict[str, str]  # code → retest result applied to the year
    final_years: list[str | None]
    title: str | None
    reasons: tuple[str, ...]
    used: tuple[str, ...]
    learning_final_adjusted: bool = False  # the after-retest level came from the one-subject adjustment


def decide(
    *,
    specs: Sequence[SubjectSpec],
    years: Sequence[str | None],
    learning_year: LearningOutcome,
    conduct: tuple[str | None, str | None],
    summer: str | None,
    retests: Mapping[str, str],
    absences: int | None,
    settings: EvaluationSettings,
) -> YearDecision:
    """Run the Art 12–14 flow: summer training, retest, promotion, then the Art 15 title."""
    reasons: list[str] = []
    conduct_year = year_conduct(conduct[0], conduct[1]) if conduct[0] and conduct[1] else None
    if conduct_year is not None:
        reasons.append(_("Rèn luyện cả năm: {y} (học kì I {a}, học kì II {b}).", y=_(LEVEL_NAMES[conduct_year]),  # i18n: table
                         a=_(LEVEL_NAMES[conduct[0] or ""]), b=_(LEVEL_NAMES[conduct[1] or ""])))  # i18n: table
    learning = learning_year.level
    summer_training = conduct_year == "CĐ"
    conduct_final = conduct_year
    if summer_training:
        conduct_final = summer
        reasons.append(_("Rèn luyện cả năm Chưa đạt: phải rèn luyện trong kỳ nghỉ hè.") if summer is None else
                       _("Đánh giá lại rèn luyện sau hè: {v}.", v=_(LEVEL_NAMES[summer])))  # i18n: table
    final_years = list(years)
    applied: dict[str, str] = {}
    retest_subjects: tuple[str, ...] = ()
    learning_final = learning
    used: tuple[str, ...] = ()
    final_adjusted = False
    if learning == "CĐ":
        retest_subjects = tuple(s.code for s, y in zip(specs, years, strict=True) if _needs_retest(s, y))
        learning_final = None
        if conduct_final is not None and at_least_dat(conduct_final):
            names = ", ".join(s.name for s in specs if s.code in retest_subjects)
            reasons.append(_("Học tập cả năm Chưa đạt: kiểm tra lại, đánh giá lại các môn: {n}.", n=names))
            if all(code in retests for code in retest_subjects):
                for i, spec in enumerate(specs):
                    if spec.code in retest_subjects:
                        value = retests[spec.code]
                        applied[spec.code] = value if spec.kind == "comment" else format_average(to_decimal(value))
                        final_years[i] = applied[spec.code]
                after = learning_for(specs, final_years, settings, _("Sau kiểm tra lại"))
                learning_final, used, final_adjusted = after.level, after.settings_used, after.adjusted
                reasons.extend(after.reasons)
    ignored = sorted(set(retests) - set(applied))
    if ignored:
        reasons.append(_("Bỏ qua kết quả kiểm tra lại không thuộc diện phải kiểm tra lại: {c}.", c=", ".join(ignored)))
    promoted = _promoted(absences, learning, conduct_year, conduct_final, learning_final, summer_training, reasons)
    title = _title(specs, years, learning, conduct_year, reasons)
    return YearDecision(conduct_year, conduct_final, learning_final, promoted, summer_training, retest_subjects,
                        applied, final_years, title, tuple(reasons), used, final_adjusted)


def _needs_retest(spec: SubjectSpec, year: str | None) -> bool:
    if year is None or year == EXEMPT:
        return False
    if spec.kind == "comment":
        return year == "CĐ"
    return Decimal(year) < _FIVE


def _promoted(absences: int | None, learning: str | None, conduct_year: str | None, conduct_final: str | None,
              learning_final: str | None, summer_training: bool, reasons: list[str]) -> bool | None:
    if absences is not None and absences > MAX_ABSENCES:
        reasons.append(_("Nghỉ {n} buổi, quá {m} buổi: ở lại lớp.", n=absences, m=MAX_ABSENCES))
        return False
    if learning is None or conduct_year is None or absences is None:
        reasons.append(_("Chưa xét lên lớp: thiếu kết quả học tập, rèn luyện hoặc số buổi nghỉ cả năm."))
        return None
    if summer_training and conduct_final is None:
        reasons.append(_("Chờ kết quả rèn luyện trong hè để xét lên lớp."))
        return None
    if not at_least_dat(conduct_final):
        reasons.append(_("Rèn luyện sau hè vẫn Chưa đạt: ở lại lớp."))
        return False
    if learning_final is None:
        reasons.append(_("Chờ kết quả kiểm tra lại để xét lên lớp."))
        return None
    if not at_least_dat(learning_final):
        reasons.append(_("Học tập sau kiểm tra lại vẫn Chưa đạt: ở lại lớp."))
        return False
    reasons.append(_("Đủ điều kiện lên lớp: rèn luyện và học tập từ Đạt trở lên, nghỉ {n} buổi (tối đa {m}).",
                     n=absences, m=MAX_ABSENCES))
    return True


def _title(specs: Sequence[SubjectSpec], years: Sequence[str | None], learning: str | None,
           conduct_year: str | None, reasons: list[str]) -> str | None:
    if learning != "T" or conduct_year != "T":
        return None
    nines = sum(1 for s, y in zip(specs, years, strict=True)
                if s.kind == "score" and y not in (None, EXEMPT) and Decimal(y or "0") >= _NINE)
    if nines >= 6:
        reasons.append(_("Danh hiệu Học sinh Xuất sắc: rèn luyện Tốt, học tập Tốt và {k} môn có điểm cả năm từ 9.0 "
                         "trở lên.", k=nines))
        return TITLE_EXCELLENT
    reasons.append(_("Danh hiệu Học sinh Giỏi: rèn luyện Tốt, học tập Tốt; chỉ {k} môn có điểm cả năm từ 9.0 trở lên "
                     "(cần 6 cho Học sinh Xuất sắc).", k=nines))
    return TITLE_GOOD
