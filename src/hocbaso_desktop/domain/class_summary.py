"""Class summary sheets as data (printing renders them): one row per student, plus totals.

Primary: the Bảng tổng hợp kết quả đánh giá giáo dục của lớp for one checkpoint (domain.md §2.11):
per subject the level and, where a test is held at that checkpoint, the KTĐK score; the 15 qualities
and competencies; at the end of the year the HTXS/HTT/HT/CHT result, the award and "Chưa được lên lớp".
Secondary: the class tracking sheet (sổ theo dõi và đánh giá học sinh, §3.5–§3.9): per subject HK1, HK2
and year results, learning and conduct levels, absences, promotion and title.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import ABSENCES, COMPETENCY, PRIMARY_PERIODS, QUALITY, AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings
from hocbaso_desktop.domain.tt22 import SecondaryYearResult, evaluate_secondary
from hocbaso_desktop.domain.tt27 import PrimaryYearResult, evaluate_primary


class StudentLike(Protocol):
    """What the sheets need of a student (domain.model.Student fits)."""

    @property
    def id(self) -> str:
        """The student id."""

    @property
    def full_name(self) -> str:
        """The full name."""


@dataclass(frozen=True)
class PrimarySubjectCell:
    """One subject of one student at a checkpoint: level T/H/C/M and KTĐK score (tested checkpoints)."""

    code: str
    level: str | None
    test: str | None


@dataclass(frozen=True)
class PrimarySummaryRow:
    """One student's line of the primary class summary sheet."""

    student_id: str
    full_name: str
    subjects: tuple[PrimarySubjectCell, ...]
    items: tuple[tuple[str, str | None], ...]  # (quality/competency code, T/Đ/C) in học bạ order
    evaluation: PrimaryYearResult | None  # end of year only


@dataclass(frozen=True)
class PrimaryClassSummary:
    """The primary sheet for one checkpoint: subject columns, rows, and counts per column value."""

    grade: int
    period: str
    subjects: tuple[SubjectSpec, ...]
    rows: tuple[PrimarySummaryRow, ...]
    subject_totals: Mapping[str, Mapping[str, int]]  # code → {"T": n, "H": n, "C": n, "M": n}
    item_totals: Mapping[str, Mapping[str, int]]  # item code → {"T": n, "Đ": n, "C": n}
    result_totals: Mapping[str, int]  # end of year: HTXS/HTT/HT/CHT and "chua_len_lop"
    student_count: int


@dataclass(frozen=True)
class SecondarySummaryRow:
    """One student's line of the secondary tracking sheet."""

    student_id: str
    full_name: str
    absences: str | None
    evaluation: SecondaryYearResult


@dataclass(frozen=True)
class SecondaryClassSummary:
    """The secondary sheet: rows and the year counts of learning, conduct, promotion and titles."""

    level: str
    grade: int
    subjects: tuple[SubjectSpec, ...]
    rows: tuple[SecondarySummaryRow, ...]
    learning_totals: Mapping[str, Mapping[str, int]]  # "hk1"/"hk2"/"year" → {"T": n, …, "review": n}
    conduct_totals: Mapping[str, Mapping[str, int]]  # "hk1"/"hk2"/"year" → {"T": n, …}
    promoted_totals: Mapping[str, int]  # "promoted" / "not_promoted" / "pending"
    title_totals: Mapping[str, int]
    student_count: int


def _by_student(entries: Iterable[AssessmentEntry], students: Sequence[StudentLike]) -> dict[str, list[AssessmentEntry]]:
    known = {s.id for s in students}
    grouped: dict[str, list[AssessmentEntry]] = defaultdict(list)
    for entry in entries:
        if entry.student_id in known:
            grouped[entry.student_id].append(entry)
    return grouped


def primary_class_summary(
    grade: int,
    period: str,
    students: Sequence[StudentLike],
    entries: Iterable[AssessmentEntry],
    *,
    settings: EvaluationSettings = DEFAULT_SETTINGS,
    subjects: tuple[SubjectSpec, ...] | None = None,
) -> PrimaryClassSummary:
    """Build the primary sheet of one checkpoint (gk1, ck1, gk2, cn) from the class's entries."""
    if period not in PRIMARY_PERIODS:
        raise InvalidInputError(_("Không có kì đánh giá “{p}” ở tiểu học.", p=period), field="period")
    specs = subjects if subjects is not None else catalogue.subjects_for(Level.TIEU_HOC, grade, split_thcn=settings.split_thcn)
    items = [(QUALITY, code) for code, _n in catalogue.PRIMARY_QUALITIES] + [
        (COMPETENCY, code) for code, _n in catalogue.PRIMARY_COMPETENCIES]
    grouped = _by_student(entries, students)
    subject_totals: dict[str, Counter[str]] = {s.code: Counter() for s in specs}
    item_totals: dict[str, Counter[str]] = {code: Counter() for _s, code in items}
    result_totals: Counter[str] = Counter()
    rows = []
    for student in students:
        own = grouped.get(student.id, [])
        at = {(e.subject, e.component): e.value for e in own if e.period == period}
        cells = tuple(PrimarySubjectCell(s.code, at.get((s.code, "level")),
                                         at.get((s.code, "test")) if period in s.tested_periods else None)
                      for s in specs)
        for cell in cells:
            if cell.level:
                subject_totals[cell.code][cell.level] += 1
        marks = tuple((code, at.get((subject, code))) for subject, code in items)
        for code, value in marks:
            if value:
                item_totals[code][value] += 1
        evaluation = None
        if period == "cn":
            evaluation = evaluate_primary(grade, own, settings=settings, subjects=specs,
                                          disabled_not_assessed=bool(getattr(student, "disabled_not_assessed", False)))
            if evaluation.result:
                result_totals[evaluation.result] += 1
            if evaluation.completed_grade is False:
                result_totals["chua_len_lop"] += 1
        rows.append(PrimarySummaryRow(student.id, student.full_name, cells, marks, evaluation))
    return PrimaryClassSummary(grade, period, specs, tuple(rows), {k: dict(v) for k, v in subject_totals.items()},
                               {k: dict(v) for k, v in item_totals.items()}, dict(result_totals), len(rows))


def secondary_class_summary(
    level: str,
    grade: int,
    subjects: Sequence[SubjectSpec],
    students: Sequence[StudentLike],
    entries: Iterable[AssessmentEntry],
    *,
    settings: EvaluationSettings = DEFAULT_SETTINGS,
) -> SecondaryClassSummary:
    """Build the secondary tracking sheet of a class (the class's subjects carry its periods per year)."""
    grouped = _by_student(entries, students)
    learning: dict[str, Counter[str]] = {p: Counter() for p in ("hk1", "hk2", "year")}
    conduct: dict[str, Counter[str]] = {p: Counter() for p in ("hk1", "hk2", "year")}
    promoted: Counter[str] = Counter()
    titles: Counter[str] = Counter()
    rows = []
    for student in students:
        own = grouped.get(student.id, [])
        result = evaluate_secondary(level, grade, subjects, own, settings=settings)
        for key, outcome in (("hk1", result.learning_hk1), ("hk2", result.learning_hk2), ("year", result.learning_year)):
            if outcome.level:
                learning[key][outcome.level] += 1
            elif outcome.manual_review:
                learning[key]["review"] += 1
        for key, value in (("hk1", result.conduct_hk1), ("hk2", result.conduct_hk2), ("year", result.conduct_year)):
            if value:
                conduct[key][value] += 1
        promoted[{True: "promoted", False: "not_promoted", None: "pending"}[result.promoted]] += 1
        if result.title:
            titles[result.title] += 1
        absences = next((e.value for e in own if e.subject == ABSENCES and e.period == "cn"), None)
        rows.append(SecondarySummaryRow(student.id, student.full_name, absences, result))
    return SecondaryClassSummary(level, grade, tuple(subjects), tuple(rows), {k: dict(v) for k, v in learning.items()},
                                 {k: dict(v) for k, v in conduct.items()}, dict(promoted), dict(titles), len(rows))
