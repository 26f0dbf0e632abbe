"""Secondary (THCS/THPT) evaluation under Thông tư 22/2021 (domain.md §3.3–§3.9).

Subject averages are Decimal, half-up to 0.1 (numbers.py); a missing assessment makes the average
incomplete (never renormalised, §3.5 guard). The learning result comes from tt22_learning; rèn luyện
follows the year matrix of §3.7; promotion, summer training and retest follow the flow of §3.8; titles
§3.9. Entries must have passed `assessment.validate_entry`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from hocbaso_desktop.domain import tt22_promotion
from hocbaso_desktop.domain.assessment import (
    ABSENCES,
    CONDUCT,
    EXEMPT,
    MAX_CHUYEN_DE,
    PERIOD_NAMES,
    SEMESTERS,
    AssessmentEntry,
    regular_assessment_count,
)
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.numbers import format_average, round_half_up
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings
from hocbaso_desktop.domain.tt22_learning import LEVEL_NAMES, LearningOutcome, learning_for

SEMESTER_LABELS = {"hk1": "Học kì I", "hk2": "Học kì II", "year": "Cả năm"}
_THREE = Decimal(3)


@dataclass(frozen=True)
class SubjectResult:
    """One subject's results: averages as "7.6", comment results "Đ"/"CĐ", "M" exempt, None incomplete."""

    code: str
    name: str
    kind: str
    hk1: str | None
    hk2: str | None
    year: str | None
    retest: str | None = None  # the kiểm tra lại / đánh giá lại result, if any
    final: str | None = None  # the year result after the retest replaced it (else = year)


@dataclass(frozen=True)
class SecondaryYearResult:
    """A student's TT22 year: subject results, learning and conduct levels, promotion and title."""

    subjects: tuple[SubjectResult, ...]
    learning_hk1: LearningOutcome
    learning_hk2: LearningOutcome
    learning_year: LearningOutcome
    learning_final: str | None  # year level after retest (= year level when no retest; None while pending)
    conduct_hk1: str | None  # codes T/K/Đ/CĐ
    conduct_hk2: str | None
    conduct_year: str | None
    conduct_final: str | None  # after summer training (= year when none)
    promoted: bool | None  # None while summer training or a retest is pending, or data is missing
    summer_training: bool
    retest_subjects: tuple[str, ...]  # subject codes to retest / re-assess
    title: str | None
    incomplete: tuple[str, ...]
    reasons: tuple[str, ...]
    settings_used: tuple[str, ...]
    learning_final_adjusted: bool = False  # the after-retest level was raised by the adjustment


def semester_average(regular: Sequence[Decimal], midterm: Decimal, final: Decimal) -> Decimal:
    """ĐTBmhk, unrounded: (TĐĐGtx + 2 × ĐĐGgk + 3 × ĐĐGck) / (số ĐĐGtx + 5) (§3.5)."""
    if not regular:
        raise InvalidInputError(_("Không có điểm đánh giá thường xuyên nên không tính được điểm trung bình."),
                                field="tx")
    return (sum(regular, Decimal(0)) + 2 * midterm + 3 * final) / (len(regular) + 5)


def year_average(hk1: Decimal, hk2: Decimal) -> Decimal:
    """ĐTBmcn, unrounded: (ĐTBmhkI + 2 × ĐTBmhkII) / 3 (§3.5); the caller picks rounded or raw inputs."""
    return (hk1 + 2 * hk2) / _THREE


class _Book:
    """One student's entries, indexed by (subject, period, component)."""

    def __init__(self, entries: Iterable[AssessmentEntry]) -> None:
        self.values: dict[tuple[str, str, str], str] = {}
        student: str | None = None
        for entry in entries:
            if student is None:
                student = entry.student_id
            elif entry.student_id != student:
                raise InvalidInputError(_("Các mục đánh giá thuộc nhiều học sinh khác nhau."), field="student_id")
            self.values[(entry.subject, entry.period, entry.component)] = entry.value

    def get(self, subject: str, period: str, component: str) -> str | None:
        """Return one value, or None when it was not entered."""
        return self.values.get((subject, period, component))


class _Subjects:
    """Computes every subject's semester and year results, collecting what is missing and why."""

    def __init__(self, level: str, book: _Book, settings: EvaluationSettings) -> None:
        self.level, self.book, self.settings = level, book, settings
        self.missing: list[str] = []
        self.reasons: list[str] = []
        self.used: list[str] = []
        self.raw: dict[tuple[str, str], Decimal] = {}  # (code, semester) → unrounded ĐTBmhk
        self._names: dict[str, list[str]] = {}  # code → the assessments due each semester

    def semester(self, spec: SubjectSpec, semester: str) -> str | None:
        """Return the semester result of `spec`, or None (noting what is missing)."""
        get = self.book.get
        label = f"{spec.name}, {_(PERIOD_NAMES[semester])}"  # i18n: table ("học kì I", never "học kì i")
        result = get(spec.code, semester, "result")
        if result is not None and (result == EXEMPT or spec.kind == "comment"):
            return result
        if spec.kind == "comment":
            return self._comment_semester(spec, semester, label)
        names = self._names.get(spec.code)
        if names is None:
            due = regular_assessment_count(spec.periods_per_year or 0)
            names = self._names[spec.code] = [f"tx{i}" for i in range(1, due + 1)] + ["gk", "ck"]
        values = [get(spec.code, semester, name) for name in names]
        if None in values:
            absent = [name.upper().replace("TX", "ĐĐGtx ").replace("GK", "ĐĐGgk").replace("CK", "ĐĐGck")
                      for name, v in zip(names, values, strict=True) if v is None]
            self.missing.append(_("{s}: thiếu {a}.", s=label, a=", ".join(absent)))
            return None
        regular = [Decimal(v or "") for v in values[:-2]]
        if self.level == Level.THPT and self.settings.chuyen_de_counts_as_regular:
            extra = [get(spec.code, semester, f"cd{i}") for i in range(1, MAX_CHUYEN_DE + 1)]
            topics = [Decimal(v) for v in extra if v is not None]
            if topics:
                regular.extend(topics)
                self._use("chuyen_de_counts_as_regular")
        raw = semester_average(regular, Decimal(values[-2] or ""), Decimal(values[-1] or ""))
        self.raw[(spec.code, semester)] = raw
        return format_average(raw)

    def _comment_semester(self, spec: SubjectSpec, semester: str, label: str) -> str | None:
        names = ("tx1", "tx2", "gk", "ck")
        values = [self.book.get(spec.code, semester, name) for name in names]
        if any(v is None for v in values):
            absent = [n for n, v in zip(names, values, strict=True) if v is None]
            self.missing.append(_("{s}: thiếu đánh giá {a}.", s=label, a=", ".join(absent)))
            return None
        self._use("comment_subject_rule")
        passed = sum(1 for v in values if v == "Đ")
        if self.settings.comment_subject_rule == "all_dat":
            return "Đ" if passed == len(values) else "CĐ"
        return "Đ" if values[-1] == "Đ" and 3 * passed >= 2 * len(values) else "CĐ"

    def year(self, spec: SubjectSpec, hk1: str | None, hk2: str | None) -> str | None:
        """Return the year result: HK2 for comment subjects, ĐTBmcn for scored subjects."""
        if spec.kind == "comment":
            return hk2
        if hk1 == EXEMPT and hk2 == EXEMPT:
            return EXEMPT
        if EXEMPT in (hk1, hk2):
            kept = hk2 if hk1 == EXEMPT else hk1
            if kept is not None:
                self.reasons.append(_("{n}: miễn một học kì, điểm cả năm lấy theo học kì còn lại.", n=spec.name))
            return kept
        if hk1 is None or hk2 is None:
            return None
        self._use("year_average_from")
        rounded = round_half_up(year_average(Decimal(hk1), Decimal(hk2)))
        raw = round_half_up(year_average(self.raw[(spec.code, "hk1")], self.raw[(spec.code, "hk2")]))
        chosen = rounded if self.settings.year_average_from == "rounded" else raw
        if rounded != raw:
            self.reasons.append(_("{n}: điểm cả năm {v} tính từ điểm học kì {how} (cài đặt year_average_from={s}); "
                                  "cách còn lại cho {o}.", n=spec.name, v=chosen,
                                  how="đã làm tròn" if self.settings.year_average_from == "rounded" else "chưa làm tròn",
                                  s=self.settings.year_average_from, o=raw if chosen == rounded else rounded))
        return str(chosen)

    def _use(self, name: str) -> None:
        described = self.settings.describe(name)
        if described not in self.used:
            self.used.append(described)


def evaluate_secondary(
    level: str,
    grade: int,
    subjects: Sequence[SubjectSpec],
    entries: Iterable[AssessmentEntry],
    *,
    settings: EvaluationSettings = DEFAULT_SETTINGS,
) -> SecondaryYearResult:
    """Evaluate one student's TT22 school year; `subjects` are the class's subjects (periods per year)."""
    if level not in (Level.THCS, Level.THPT):
        raise InvalidInputError(_("Cấp học “{l}” không áp dụng Thông tư 22.", l=level), field="level")
    book = _Book(entries)
    try:
        return _evaluate(level, subjects, book, settings)
    except (ArithmeticError, ValueError, KeyError) as exc:  # decimal.InvalidOperation is an ArithmeticError
        raise InvalidInputError(_("Có giá trị đánh giá chưa được kiểm tra hợp lệ (cần qua validate_entry)."),
                                field="entries") from exc


def _evaluate(level: str, subjects: Sequence[SubjectSpec], book: _Book, settings: EvaluationSettings
              ) -> SecondaryYearResult:
    calc = _Subjects(level, book, settings)
    specs = [s for s in subjects if not s.optional or any(key[0] == s.code for key in book.values)]
    hk = {sem: [calc.semester(spec, sem) for spec in specs] for sem in SEMESTERS}
    years = [calc.year(spec, a, b) for spec, a, b in zip(specs, hk["hk1"], hk["hk2"], strict=True)]
    learning = {key: learning_for(specs, values, settings, SEMESTER_LABELS[key])
                for key, values in (("hk1", hk["hk1"]), ("hk2", hk["hk2"]), ("year", years))}
    conduct = [book.get(CONDUCT, p, "level") for p in ("hk1", "hk2")]
    if None in conduct:
        calc.missing.extend(_("Thiếu kết quả rèn luyện {p}.", p=_(PERIOD_NAMES[p]))  # i18n: table
                            for p, v in zip(SEMESTERS, conduct, strict=True) if v is None)
    absences_text = book.get(ABSENCES, "cn", "total")
    if absences_text is None:
        calc.missing.append(_("Thiếu số buổi nghỉ cả năm."))
    flow = tt22_promotion.decide(
        specs=specs, years=years, learning_year=learning["year"], conduct=(conduct[0], conduct[1]),
        summer=book.get(CONDUCT, "summer", "level"),
        retests={s.code: v for s in specs if (v := book.get(s.code, "retest", "retest")) is not None},
        absences=None if absences_text is None else int(absences_text), settings=settings,
    )
    results = tuple(
        SubjectResult(spec.code, spec.name, spec.kind, a, b, y, flow.retests.get(spec.code),
                      flow.final_years[i])
        for i, (spec, a, b, y) in enumerate(zip(specs, hk["hk1"], hk["hk2"], years, strict=True))
    )
    used = list(dict.fromkeys([*calc.used, *(u for o in learning.values() for u in o.settings_used), *flow.used]))
    reasons = [*calc.reasons, *(r for o in learning.values() for r in o.reasons), *flow.reasons]
    return SecondaryYearResult(
        subjects=results, learning_hk1=learning["hk1"], learning_hk2=learning["hk2"], learning_year=learning["year"],
        learning_final=flow.learning_final, conduct_hk1=conduct[0], conduct_hk2=conduct[1],
        conduct_year=flow.conduct_year, conduct_final=flow.conduct_final, promoted=flow.promoted,
        summer_training=flow.summer_training, retest_subjects=flow.retest_subjects, title=flow.title,
        incomplete=tuple(calc.missing), reasons=tuple(reasons), settings_used=tuple(used),
        learning_final_adjusted=flow.learning_final_adjusted,
    )


__all__ = ["LEVEL_NAMES", "SecondaryYearResult", "SubjectResult", "evaluate_secondary", "semester_average",
           "year_average"]
