"""The one evaluator of a student's year, and the subjects a class is assessed in.

Pure rules over domain data: `services/` (display, printing, reports) and `signing/` (the payload
frozen at lock time) read what these need from storage and call them, so every screen, page and
signature shows the same result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec, subjects_for
from hocbaso_desktop.domain.model import Level, Student
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.domain.tt22 import SecondaryYearResult, evaluate_secondary
from hocbaso_desktop.domain.tt27 import PrimaryYearResult, evaluate_primary

YearResult = PrimaryYearResult | SecondaryYearResult


def class_subjects(level: Level, grade: int, settings: EvaluationSettings,
                   periods: Mapping[str, int | None], *, combined_art: bool = False) -> tuple[SubjectSpec, ...]:
    """A class's subjects, with its own periods per year (from its teaching plan) where they are set.

    `combined_art`: a THCS class assessed with the single "Nghệ thuật" before the split keeps it.
    """
    return tuple(replace(s, periods_per_year=periods.get(s.code) or s.periods_per_year)
                 for s in subjects_for(level.value, grade, split_thcn=settings.split_thcn, combined_art=combined_art))


def evaluate_student(level: Level, grade: int, subjects: Sequence[SubjectSpec], student: Student,
                     entries: Sequence[AssessmentEntry], settings: EvaluationSettings) -> YearResult:
    """Evaluate one student's year under the circular of the school's level.

    Optional subjects (ethnic language, a second foreign language) count only for a student who takes them.
    """
    if any(s.optional for s in subjects):
        entered = {e.subject for e in entries}
        subjects = tuple(s for s in subjects if not s.optional or s.code in entered)
    if level is Level.TIEU_HOC:
        return evaluate_primary(grade, entries, disabled_not_assessed=student.disabled_not_assessed,
                                settings=settings, subjects=tuple(subjects))
    return evaluate_secondary(level.value, grade, tuple(subjects), entries, settings=settings)
