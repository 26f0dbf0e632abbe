"""A class's review for the principal and the homeroom teacher: each student's computed year with the reasons,
and the entry still unfinished (which subject, which checkpoint, whose).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hocbaso_desktop.domain import evaluation, tt27
from hocbaso_desktop.domain.assessment import (
    COMPETENCY,
    CONDUCT,
    PSEUDO_NAMES,
    QUALITY,
    AssessmentEntry,
)
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.i18n import _, shown_name
from hocbaso_desktop.domain.model import Level, SchoolClass, Student
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.domain.tt22_learning import LEVEL_NAMES
from hocbaso_desktop.services import assessment_entry
from hocbaso_desktop.services.grade_sheets import class_specs, columns_for, missing_count, periods_for
from hocbaso_desktop.storage import (
    Session,
    assessments_repo,
    school_repo,
)


@dataclass(frozen=True)
class StudentOutcome:
    """A student's computed year result as the screens show it, with the reasons on hover."""

    student_id: str
    summary: str
    reasons: tuple[str, ...]
    complete: bool
    subject_values: tuple[tuple[str, str, str], ...] = ()  # secondary: (code, hk1 or "", hk2 or "")


def student_outcome(level: str, grade: int, specs: Sequence[SubjectSpec], student: Student,
                    entries: Iterable[AssessmentEntry], settings: EvaluationSettings) -> StudentOutcome:
    """A student's computed year summarised for the grid and the review (pure: safe on the GUI thread)."""
    entries = [e for e in entries if e.student_id == student.id and e.value != ""]
    try:
        computed = evaluation.evaluate_student(Level(level), grade, specs, student, entries, settings)
    except HocbasoError as exc:
        return StudentOutcome(student.id, _("Dữ liệu lỗi"), (exc.message,), False)
    if isinstance(computed, tt27.PrimaryYearResult):
        summary = _(tt27.RESULT_NAMES[computed.result]) if computed.result else _("Chưa đủ dữ liệu")  # i18n: table
        return StudentOutcome(student.id, summary, (*computed.reasons, *computed.incomplete),
                              computed.result is not None)
    secondary = computed
    year_level = secondary.learning_final or secondary.learning_year.level
    summary = _(LEVEL_NAMES.get(year_level, year_level)) if year_level else _("Chưa đủ dữ liệu")  # i18n: table
    values = tuple((s.code, s.hk1 or "", s.hk2 or "") for s in secondary.subjects)
    return StudentOutcome(student.id, summary, (*secondary.reasons, *secondary.incomplete),
                          not secondary.incomplete, values)


@dataclass(frozen=True)
class EntryProgress:
    """How far entry of one subject (or homeroom item) at one checkpoint has got in a class."""

    subject: str
    subject_label: str
    period: str
    teachers: str
    missing: int


@dataclass(frozen=True)
class ClassReview:
    """A class's computed results and which sheets are unfinished."""

    school_class: SchoolClass
    students: tuple[Student, ...]
    outcomes: tuple[StudentOutcome, ...]
    unfinished: tuple[EntryProgress, ...]


def class_review(session: Session, class_id: str) -> ClassReview:
    """Results with reasons for every student of a class, and the unfinished sheets per checkpoint."""
    require(session.user, Action.VIEW_RESULTS, Scope(class_id))
    db = session.db
    school_class = school_repo.get_class(db, class_id)
    level = school_repo.get_school(db).level.value
    specs = class_specs(session, school_class, level)
    students = tuple(school_repo.students_in_class(db, class_id))
    entries = assessments_repo.entries_for_class(db, class_id, school_class.year)
    by_student: dict[str, list[AssessmentEntry]] = {}
    for entry in entries:
        by_student.setdefault(entry.student_id, []).append(entry)
    settings = assessment_entry.evaluation_settings(session)
    outcomes = tuple(student_outcome(level, school_class.grade, specs, s, by_student.get(s.id, ()), settings)
                     for s in students)
    teachers: dict[str, list[str]] = {}
    for assignment in school_repo.teaching_assignments(db, class_id):
        teachers.setdefault(assignment.subject_code, []).append(
            school_repo.get_staff(db, assignment.teacher_id).full_name)
    homeroom = (school_repo.get_staff(db, school_class.homeroom_teacher_id).full_name
                if school_class.homeroom_teacher_id else "")
    pseudo = (QUALITY, COMPETENCY) if level == Level.TIEU_HOC else (CONDUCT,)
    unfinished: list[EntryProgress] = []
    for code, label in [(s.code, shown_name(s.name)) for s in specs] + [(p, _(PSEUDO_NAMES[p])) for p in pseudo]:  # i18n: table
        spec = next((s for s in specs if s.code == code), None)
        if spec is not None and spec.optional and not any(e.subject == code for e in entries):
            continue
        for period in periods_for(level, code):
            missing = missing_count(entries, students, code, period, columns_for(level, spec, code, period))
            if missing:
                who = homeroom if spec is None else ", ".join(teachers.get(code, ()))
                unfinished.append(EntryProgress(code, label, period, who or _("(chưa phân công)"), missing))
    return ClassReview(school_class, students, outcomes, tuple(unfinished))
