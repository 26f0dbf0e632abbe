"""Use cases for entering assessments: a subject teacher for their subject, a homeroom teacher for their class.

Each call checks, in this order: the permission for the class and subject, that the checkpoint's entry
window is open, and every value through `domain.assessment.validate_entry`. Nothing is written unless
every entry passes (one transaction); the database still refuses entries of locked or issued records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from hocbaso_desktop.domain import assessment, evaluation
from hocbaso_desktop.domain.assessment import AssessmentEntry, validate_entry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import SchoolClass
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.services.changes import Changed, Changes, audited
from hocbaso_desktop.storage import Session, assessments_repo, catalogue_repo, school_repo, settings_repo

HOMEROOM_SUBJECTS = frozenset({assessment.QUALITY, assessment.COMPETENCY, assessment.CONDUCT, assessment.ABSENCES,
                               assessment.GENERAL})


@dataclass(frozen=True)
class EntryProblem:
    """One rejected value: which entry and why (Vietnamese)."""

    entry: AssessmentEntry
    message: str


def evaluation_settings(session: Session) -> EvaluationSettings:
    """The school's evaluation settings (stored under "evaluation.*"), over the documented defaults."""
    return settings_repo.evaluation_settings(session.db)


def class_subjects(session: Session, school_class: SchoolClass) -> tuple[SubjectSpec, ...]:
    """The class's subjects, with its own periods per year where the plan sets them."""
    school = school_repo.get_school(session.db)
    periods = {a.subject_code: a.periods_per_year for a in school_repo.teaching_assignments(session.db,
                                                                                             school_class.id)}
    combined = catalogue_repo.class_has_combined_art(session.db, school_class.id)  # assessed before the split
    return evaluation.class_subjects(school.level, school_class.grade, evaluation_settings(session), periods,
                                     combined_art=combined)


def check_entries(session: Session, school_class: SchoolClass,
                  entries: Sequence[AssessmentEntry]) -> tuple[list[AssessmentEntry], list[EntryProblem]]:
    """Validate entries for a class without saving: the normalised ones and the problems ("" clears a cell)."""
    school = school_repo.get_school(session.db)
    settings = evaluation_settings(session)
    subjects = class_subjects(session, school_class)
    enrolled = {s.id for s in school_repo.students_in_class(session.db, school_class.id)}
    windows = assessments_repo.window_states(session.db, school_class.year)
    good, problems = [], []
    for entry in entries:
        try:
            _check_permission(session, school_class, entry)
            if entry.student_id not in enrolled:
                raise InvalidInputError(_("Học sinh không thuộc lớp {c}.", c=school_class.name))
            period = entry.period.strip().lower()
            window_period = "cn" if period in ("retest", "summer") else period
            if not windows.get(window_period, False):
                raise InvalidInputError(_("Đợt nhập “{p}” đang đóng.",
                                          p=_(assessment.PERIOD_NAMES.get(period, period))))  # i18n: table
            if entry.value.strip() == "":
                good.append(replace(entry, value=""))  # clearing a cell: the same checks, no value to validate
            else:
                good.append(validate_entry(school.level.value, school_class.grade, entry, settings, subjects=subjects))
        except (InvalidInputError, PermissionDeniedError) as exc:
            problems.append(EntryProblem(entry, exc.message))
    return good, problems


def save_entries(session: Session, school_class: SchoolClass, entries: Sequence[AssessmentEntry]) -> Changed[int]:
    """Validate and save entries ("" clears a cell), all or nothing; raise InvalidInputError listing the first problems.

    The one save path for assessments: the grade grid (through `grade_sheets.save_grades`), the command line
    and imports all come here, so a cleared cell and a typed one pass the same permission and window checks.
    """
    good, problems = check_entries(session, school_class, entries)
    if problems:
        detail = "; ".join(p.message for p in problems[:5])
        more = _(" (và {n} lỗi khác)", n=len(problems) - 5) if len(problems) > 5 else ""
        raise InvalidInputError(_("Không lưu được: {d}{m}", d=detail, m=more))
    count = assessments_repo.save_entries(session.db, school_class.year, good, actor=session.account.username)
    return Changed(count, audited(assessments=True) if count else Changes())


def _check_permission(session: Session, school_class: SchoolClass, entry: AssessmentEntry) -> None:
    if entry.subject in HOMEROOM_SUBJECTS:
        require(session.user, Action.ENTER_HOMEROOM_ASSESSMENT, Scope(class_id=school_class.id))
    else:
        require(session.user, Action.ENTER_SUBJECT_ASSESSMENT,
                Scope(class_id=school_class.id, subject_code=entry.subject.strip().upper()))


def open_entry_window(session: Session, year: str, period: str, is_open: bool) -> Changes:
    """Open or close a checkpoint for entry (principal)."""
    require(session.user, Action.OPEN_ENTRY_WINDOW)
    if period not in (*assessment.PRIMARY_PERIODS, *assessment.SECONDARY_PERIODS):
        raise InvalidInputError(_("Không có kì đánh giá “{p}”.", p=period), field="period")
    assessments_repo.set_window(session.db, year, period, is_open, actor=session.account.username)
    return audited(assessments=True)
