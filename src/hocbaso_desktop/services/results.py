"""Computed results of a class: the one place that evaluates students' years for display, printing and reports.

Results are computed from the stored entries each time (never stored): the rules live in `domain/`,
and a corrected entry changes the result at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from hocbaso_desktop.domain import class_summary
from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.evaluation import YearResult, evaluate_student
from hocbaso_desktop.domain.model import Level, SchoolClass, Student
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.services.assessment_entry import class_subjects, evaluation_settings
from hocbaso_desktop.storage import Session, assessments_repo, school_repo


@dataclass(frozen=True)
class StudentResult:
    """One student's computed year."""

    student: Student
    result: YearResult


@dataclass(frozen=True)
class ClassResults:
    """Every student's computed year in a class, with what was needed to compute it."""

    school_class: SchoolClass
    level: Level
    subjects: tuple[SubjectSpec, ...]
    settings: EvaluationSettings
    students: tuple[Student, ...]
    entries: tuple[AssessmentEntry, ...]
    rows: tuple[StudentResult, ...]


def class_results(session: Session, school_class: SchoolClass) -> ClassResults:
    """Evaluate every student of a class (the user must be allowed to see the class's results)."""
    require(session.user, Action.VIEW_RESULTS, Scope(class_id=school_class.id))
    level = school_repo.get_school(session.db).level
    subjects = class_subjects(session, school_class)
    settings = evaluation_settings(session)
    students = tuple(school_repo.students_in_class(session.db, school_class.id))
    entries = tuple(assessments_repo.entries_for_class(session.db, school_class.id, school_class.year))
    by_student: dict[str, list[AssessmentEntry]] = defaultdict(list)
    for e in entries:
        by_student[e.student_id].append(e)
    rows = tuple(StudentResult(s, evaluate_student(level, school_class.grade, subjects, s, by_student[s.id], settings))
                 for s in students)
    return ClassResults(school_class, level, subjects, settings, students, entries, rows)


def summary_sheet(results: ClassResults, period: str = "cn"):
    """The class summary sheet data (primary per checkpoint; secondary tracking sheet) for printing and review."""
    if results.level is Level.TIEU_HOC:
        return class_summary.primary_class_summary(results.school_class.grade, period, results.students,
                                                   results.entries, settings=results.settings,
                                                   subjects=results.subjects)
    return class_summary.secondary_class_summary(results.level.value, results.school_class.grade, results.subjects,
                                                 results.students, results.entries, settings=results.settings)
