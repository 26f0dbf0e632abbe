"""Primary (tiểu học) end-of-year evaluation under Thông tư 27/2020 (domain.md §2.7–§2.9).

Only the end-of-year checkpoint ("cn") produces HTXS/HTT/HT/CHT (Art 9.2.a); the other checkpoints
record levels for the class summary sheet (class_summary.py). Exempt ("M") subject levels and test
scores are ignored in every check (§2.7, [design]). Entries must have passed
`assessment.validate_entry`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import COMPETENCY, EXEMPT, GENERAL, QUALITY, AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings

PrimaryResult = Literal["HTXS", "HTT", "HT", "CHT"]
RESULT_NAMES = {"HTXS": N_("Hoàn thành xuất sắc"), "HTT": N_("Hoàn thành tốt"), "HT": N_("Hoàn thành"), "CHT": N_("Chưa hoàn thành")}
AWARD_EXCELLENT = "Học sinh Xuất sắc"
AWARD_EXEMPLARY = "Học sinh Tiêu biểu hoàn thành tốt trong học tập và rèn luyện"
AdditionalState = Literal["not_needed", "pending", "reassessed", "escalated", "decided"]


@dataclass(frozen=True)
class PrimaryYearResult:
    """The end-of-year result of one student (TT27 Art 9, 11, 13), with the reasons that decided it."""

    result: PrimaryResult | None  # None when data is incomplete or the student is not assessed
    completed_grade: bool | None  # None while a CHT student's additional assessment is pending
    completed_primary: bool | None  # grade 5 only
    completion_text: str | None  # "Hoàn thành chương trình lớp 3", "… tiểu học", "Chưa hoàn thành …"
    additional_assessment: AdditionalState  # the CHT path of Art 11
    award: str | None  # the giấy khen title, if decided
    award_candidate: bool  # HTT: may get the "Tiêu biểu" award if the class recognises it
    recorded_tests: tuple[tuple[str, str], ...]  # (subject code, KTĐK for the học bạ: the last test)
    incomplete: tuple[str, ...]
    reasons: tuple[str, ...]
    settings_used: tuple[str, ...]


def classify_primary(
    subject_levels: Mapping[str, str],
    item_levels: Mapping[str, str],
    test_scores: Mapping[str, int | str],
) -> tuple[PrimaryResult, tuple[str, ...]]:
    """Apply Art 9.2.a to end-of-year data (names → T/H/C/M, T/Đ/C, int|"M"); return (result, reasons)."""
    levels = {name: v for name, v in subject_levels.items() if v != EXEMPT}
    scores = {name: int(v) for name, v in test_scores.items() if v != EXEMPT}
    not_t = [n for n, v in levels.items() if v != "T"]
    failed = [n for n, v in levels.items() if v not in ("T", "H")]
    items_not_t = [n for n, v in item_levels.items() if v != "T"]
    items_failed = [n for n, v in item_levels.items() if v not in ("T", "Đ")]
    lowest = min(scores.values()) if scores else None
    low_names = [n for n, s in scores.items() if s == lowest]
    reasons: list[str] = []
    for name in failed:
        reasons.append(_("Môn {n} ở mức Chưa hoàn thành (C).", n=name))
    for name in items_failed:
        reasons.append(_("{n} ở mức Cần cố gắng (C).", n=name))
    if lowest is not None and lowest < 5:
        reasons.extend(_("Điểm KTĐK cuối năm môn {n} là {s}, dưới 5.", n=n, s=lowest) for n in low_names)
    if reasons:
        return "CHT", tuple(reasons)
    top = not not_t and not items_not_t
    if top and (lowest is None or lowest >= 7):
        if lowest is None or lowest >= 9:
            return "HTXS", (_("Mọi môn học, hoạt động ở mức Hoàn thành tốt, mọi phẩm chất, năng lực ở mức Tốt và "
                              "mọi điểm KTĐK cuối năm từ 9 trở lên."),)
        return "HTT", tuple(
            [_("Mọi môn học, hoạt động ở mức Hoàn thành tốt, mọi phẩm chất, năng lực ở mức Tốt.")]
            + [_("Điểm KTĐK cuối năm môn {n} là {s}, dưới 9 (nhưng từ 7 trở lên) nên không đạt Hoàn thành "
                 "xuất sắc.", n=n, s=lowest) for n in low_names]
        )
    reasons.extend(_("Môn {n} ở mức Hoàn thành (H) nên không đạt Hoàn thành tốt.", n=n) for n in not_t)
    reasons.extend(_("{n} ở mức Đạt nên không đạt Hoàn thành tốt.", n=n) for n in items_not_t)
    if lowest is not None and lowest < 7:
        reasons.extend(_("Điểm KTĐK cuối năm môn {n} là {s}, dưới 7 nên không đạt Hoàn thành tốt.", n=n, s=lowest)
                       for n in low_names)
    return "HT", tuple(reasons)


def evaluate_primary(
    grade: int,
    entries: Iterable[AssessmentEntry],
    *,
    disabled_not_assessed: bool = False,
    settings: EvaluationSettings = DEFAULT_SETTINGS,
    subjects: tuple[SubjectSpec, ...] | None = None,
) -> PrimaryYearResult:
    """Evaluate one student's school year from their (validated) entries."""
    specs = subjects if subjects is not None else catalogue.subjects_for(Level.TIEU_HOC, grade, split_thcn=settings.split_thcn)
    year = _collect(entries)
    used: list[str] = []
    if grade >= 3:
        used.append(settings.describe("split_thcn"))
    levels: dict[str, str] = {}
    tests: dict[str, int | str] = {}
    recorded: list[tuple[str, str]] = []
    missing: list[str] = []
    for spec in specs:
        level = year.get((spec.code, "level"))
        if spec.optional and not any(key[0] == spec.code for key in year):
            continue
        if level is None:
            missing.append(_("{n}: thiếu mức đạt được cuối năm.", n=spec.name))
            continue
        levels[spec.name] = level
        if "cn" not in spec.tested_periods or level == EXEMPT:
            continue
        test = year.get((spec.code, "test"))
        if test is None:
            missing.append(_("{n}: thiếu điểm kiểm tra định kì cuối năm.", n=spec.name))
            continue
        if test != EXEMPT and not test.isdigit():
            raise InvalidInputError(_("{n}: điểm KTĐK “{v}” chưa được kiểm tra hợp lệ.", n=spec.name, v=test),
                                    field="entries")
        tests[spec.name] = test if test == EXEMPT else int(test)
        recorded.append((spec.code, year.get((spec.code, "retest"), test)))
    items: dict[str, str] = {}
    for code, name in catalogue.PRIMARY_QUALITIES + catalogue.PRIMARY_COMPETENCIES:
        subject = QUALITY if (code, name) in catalogue.PRIMARY_QUALITIES else COMPETENCY
        value = year.get((subject, code))
        if value is None:
            missing.append(_("{n}: thiếu mức đạt được cuối năm.", n=name))
        else:
            items[name] = value
    if any(v == 0 for v in tests.values()):
        used.append(settings.describe("primary_allow_zero_score"))
    if disabled_not_assessed:
        return _not_assessed(grade, year, tuple(recorded), tuple(used))
    if missing:
        return PrimaryYearResult(None, None, None, None, "not_needed", None, False, tuple(recorded), tuple(missing),
                                 (_("Chưa đủ dữ liệu cuối năm để đánh giá kết quả giáo dục."),), tuple(used))
    result, reasons = classify_primary(levels, items, tests)
    completed, state, path_reasons = _completion(result, year)
    award, candidate = _award(result, year)
    return PrimaryYearResult(
        result=result, completed_grade=completed, completed_primary=completed if grade == 5 else None,
        completion_text=_completion_text(grade, completed), additional_assessment=state, award=award,
        award_candidate=candidate, recorded_tests=tuple(recorded), incomplete=(),
        reasons=(_("Kết quả giáo dục: {r}.", r=_(RESULT_NAMES[result])),  # i18n: table
                 *reasons, *path_reasons),
        settings_used=tuple(used),
    )


def _collect(entries: Iterable[AssessmentEntry]) -> dict[tuple[str, str], str]:
    """Index the end-of-year entries of one student by (subject, component)."""
    year: dict[tuple[str, str], str] = {}
    student: str | None = None
    for entry in entries:
        if student is None:
            student = entry.student_id
        elif entry.student_id != student:
            raise InvalidInputError(_("Các mục đánh giá thuộc nhiều học sinh khác nhau."), field="student_id")
        if entry.period == "cn":
            year[(entry.subject, entry.component)] = entry.value
    return year


def _completion(result: PrimaryResult, year: Mapping[tuple[str, str], str]) -> tuple[bool | None, AdditionalState,
                                                                                        tuple[str, ...]]:
    """Art 11: completion, and for CHT the additional assessment then the principal's decision."""
    if result != "CHT":
        return True, "not_needed", ()
    reassessed = year.get((GENERAL, "reassessed"))
    if reassessed is None:
        return None, "pending", (_("Cần kèm cặp, hỗ trợ và đánh giá bổ sung trước khi xét hoàn thành chương trình "
                                   "lớp học (Điều 11)."),)
    if reassessed == "HT":
        return True, "reassessed", (_("Sau đánh giá bổ sung: Hoàn thành."),)
    decision = year.get((GENERAL, "principal_decision"))
    if decision is None:
        return None, "escalated", (_("Sau đánh giá bổ sung vẫn chưa hoàn thành: chờ Hiệu trưởng quyết định."),)
    if decision == "lenlop":
        return True, "decided", (_("Hiệu trưởng quyết định cho lên lớp."),)
    return False, "decided", (_("Hiệu trưởng quyết định ở lại lớp."),)


def _award(result: PrimaryResult, year: Mapping[tuple[str, str], str]) -> tuple[str | None, bool]:
    """Art 13: HTXS gets "Học sinh Xuất sắc"; HTT gets "Tiêu biểu" only with the class's recognition."""
    if result == "HTXS":
        return AWARD_EXCELLENT, False
    if result == "HTT":
        recognised = bool(year.get((GENERAL, "commendation"), "").strip())
        return (AWARD_EXEMPLARY if recognised else None), not recognised
    return None, False


def _completion_text(grade: int, completed: bool | None) -> str | None:
    if completed is None:
        return None
    if grade == 5 and completed:
        return _("Hoàn thành chương trình tiểu học")
    if completed:
        return _("Hoàn thành chương trình lớp {g}", g=grade)
    return _("Chưa hoàn thành chương trình lớp {g}", g=grade)


def _not_assessed(grade: int, year: Mapping[tuple[str, str], str], recorded: tuple[tuple[str, str], ...],
                  used: tuple[str, ...]) -> PrimaryYearResult:
    """A disabled student assessed against the individual plan (Art 12): no category; the principal decides."""
    decision = year.get((GENERAL, "principal_decision"))
    completed = None if decision is None else decision == "lenlop"
    reason = _("Học sinh khuyết tật được đánh giá theo kế hoạch giáo dục cá nhân, không xếp loại kết quả giáo dục.")
    return PrimaryYearResult(None, completed, completed if grade == 5 else None, _completion_text(grade, completed),
                             "not_needed", None, False, recorded, (), (reason,), used)
