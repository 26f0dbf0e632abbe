"""The grade grid: the classes and sheets a user may open, a sheet's columns and values, saving its edits.

Each function checks permission first and talks to storage repositories only; saving goes through
the one save path, `assessment_entry.save_entries`. All run on the database lane.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import (
    COMPETENCY,
    CONDUCT,
    PERIOD_NAMES,
    PRIMARY_PERIODS,
    PSEUDO_NAMES,
    QUALITY,
    SEMESTERS,
    AssessmentEntry,
    regular_assessment_count,
    validate_entry,
)
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.domain.i18n import _, shown_name
from hocbaso_desktop.domain.model import Level, RecordStatus, SchoolClass, Student
from hocbaso_desktop.domain.roles import Action, Role, Scope, is_allowed, require
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings
from hocbaso_desktop.services import assessment_entry
from hocbaso_desktop.services.changes import Changed
from hocbaso_desktop.storage import (
    SchoolDatabase,
    Session,
    assessments_repo,
    catalogue_repo,
    latest_for_student,
    school_repo,
)

SCHOOL_WIDE_ROLES = (Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.ACADEMIC, Role.CLERK, Role.ADMIN)


@dataclass(frozen=True)
class GridColumn:
    """One editable column of a grade sheet: a component and how it is typed."""

    component: str
    label: str
    kind: str  # "code" | "score" | "text"
    required: bool = True


@dataclass(frozen=True)
class SheetChoice:
    """A (subject or homeroom item) the user may open in a class."""

    subject: str
    label: str
    editable: bool


@dataclass(frozen=True)
class ClassChoice:
    """A class the user works with, and what they may open in it."""

    school_class: SchoolClass
    level: str
    sheets: tuple[SheetChoice, ...]
    homeroom: bool


@dataclass(frozen=True)
class GradeSheet:
    """Everything the grade grid needs for one class, subject and period."""

    school_class: SchoolClass
    level: str
    subject: str
    subject_label: str
    period: str
    periods: tuple[str, ...]
    students: tuple[Student, ...]
    columns: tuple[GridColumn, ...]
    entries: tuple[AssessmentEntry, ...]  # the whole class's entries of the year (for live results)
    specs: tuple[SubjectSpec, ...]
    locked_reason: str  # "" when the sheet may be edited
    settings: EvaluationSettings = DEFAULT_SETTINGS  # the school's evaluation choices
    locked_students: dict[str, str] = field(default_factory=dict)  # student id → why their row is read-only


def class_specs(session: Session, school_class: SchoolClass, level: str) -> tuple[SubjectSpec, ...]:
    """The class's subjects, with periods per year taken from its teaching assignments."""
    return assessment_entry.class_subjects(session, school_class)


def periods_for(level: str, subject: str) -> tuple[str, ...]:
    """The checkpoints a sheet can show: four for primary, the semesters for secondary."""
    if level == Level.TIEU_HOC:
        return ("ck1", "cn") if subject in (QUALITY, COMPETENCY) else PRIMARY_PERIODS
    return SEMESTERS


def my_classes(session: Session, year: str | None = None) -> list[ClassChoice]:
    """The classes of the year the user works with, and the sheets each may open."""
    user, db = session.user, session.db
    level = school_repo.get_school(db).level.value
    year = year or school_repo.latest_year(db)
    choices: list[ClassChoice] = []
    combined = catalogue_repo.classes_with_combined_art(db, year) if year else set()  # THCS, before the split
    for school_class in school_repo.list_classes(db, year) if year else []:
        homeroom = school_class.id in user.homeroom_class_ids
        taught = {s for c, s in user.assignments if c == school_class.id}
        if user.role not in SCHOOL_WIDE_ROLES and not homeroom and not taught:
            continue
        if not is_allowed(user, Action.VIEW_RESULTS, Scope(school_class.id)) and not taught:
            continue
        sheets = [SheetChoice(s.code, shown_name(s.name), is_allowed(user, Action.ENTER_SUBJECT_ASSESSMENT,
                                                         Scope(school_class.id, s.code)))
                  for s in catalogue.subjects_for(level, school_class.grade,
                                                  combined_art=school_class.id in combined)
                  if homeroom or s.code in taught or user.role in SCHOOL_WIDE_ROLES]
        pseudo = (QUALITY, COMPETENCY) if level == Level.TIEU_HOC else (CONDUCT,)
        if homeroom or user.role in SCHOOL_WIDE_ROLES:
            editable = is_allowed(user, Action.ENTER_HOMEROOM_ASSESSMENT, Scope(school_class.id))
            sheets.extend(SheetChoice(p, _(PSEUDO_NAMES[p]), editable) for p in pseudo)  # i18n: table
        choices.append(ClassChoice(school_class, level, tuple(sheets), homeroom))
    return choices


def columns_for(level: str, spec: SubjectSpec | None, subject: str, period: str) -> tuple[GridColumn, ...]:
    """The components entered for a subject (or homeroom item) in a period, in sheet order."""
    comment = GridColumn("comment", _("Nhận xét"), "text", required=False)
    if subject in (QUALITY, COMPETENCY):
        items = catalogue.PRIMARY_QUALITIES if subject == QUALITY else catalogue.PRIMARY_COMPETENCIES
        cols = [GridColumn(code, name, "code") for code, name in items]
        texts = ("comment",) if subject == QUALITY else ("comment_general", "comment_specific")
        return (*cols, *(GridColumn(t, _("Nhận xét"), "text", required=False) for t in texts))
    if subject == CONDUCT:
        return (GridColumn("level", _("Rèn luyện"), "code"),)
    if spec is None:
        raise InvalidInputError(_("Không có môn học “{s}”.", s=subject), field="subject")
    if level == Level.TIEU_HOC:
        cols = [GridColumn("level", _("Mức đạt được"), "code")]
        if period in spec.tested_periods:
            cols.append(GridColumn("test", _("Điểm KTĐK"), "score"))
        return (*cols, comment)
    if spec.kind == "comment":
        return (GridColumn("tx1", "ĐĐGtx1", "code"), GridColumn("tx2", "ĐĐGtx2", "code"),
                GridColumn("gk", "ĐĐGgk", "code"), GridColumn("ck", "ĐĐGck", "code"), comment)
    count = regular_assessment_count(spec.periods_per_year or 35)
    regular = tuple(GridColumn(f"tx{i}", f"ĐĐGtx{i}", "score") for i in range(1, count + 1))
    return (*regular, GridColumn("gk", "ĐĐGgk", "score"), GridColumn("ck", "ĐĐGck", "score"), comment)


def _sheet_scope(session: Session, class_id: str, subject: str) -> bool:
    """Whether the user may edit this sheet (raises if they may not even see it)."""
    user = session.user
    if subject in (QUALITY, COMPETENCY, CONDUCT):
        editable = is_allowed(user, Action.ENTER_HOMEROOM_ASSESSMENT, Scope(class_id))
    else:
        editable = is_allowed(user, Action.ENTER_SUBJECT_ASSESSMENT, Scope(class_id, subject))
    if not editable:
        require(user, Action.VIEW_RESULTS, Scope(class_id))
    return editable


def load_sheet(session: Session, class_id: str, subject: str, period: str) -> GradeSheet:
    """Load a grade sheet; `locked_reason` says why it cannot be edited (permission, closed window)."""
    db = session.db
    editable = _sheet_scope(session, class_id, subject)
    school_class = school_repo.get_class(db, class_id)
    level = school_repo.get_school(db).level.value
    specs = class_specs(session, school_class, level)
    spec = next((s for s in specs if s.code == subject), None)
    periods = periods_for(level, subject)
    if period not in periods:
        period = periods[-1]
    locked = ""
    if not editable:
        locked = _("Bạn chỉ được xem bảng này.")
    elif not assessments_repo.window_states(db, school_class.year).get(period, False):
        locked = _("Đợt nhập điểm {p} đang đóng.", p=_(PERIOD_NAMES.get(period, period)))  # i18n: table
    students = school_repo.students_in_class(db, class_id)
    return GradeSheet(
        school_class=school_class, level=level, subject=subject,
        subject_label=shown_name(spec.name) if spec else _(PSEUDO_NAMES.get(subject, subject)),  # i18n: table
        period=period, periods=periods,
        students=tuple(students), columns=columns_for(level, spec, subject, period),
        entries=tuple(assessments_repo.entries_for_class(db, class_id, school_class.year)), specs=specs,
        locked_reason=locked, settings=assessment_entry.evaluation_settings(session),
        locked_students=_record_locks(db, school_class, students))


def _record_locks(db: SchoolDatabase, school_class: SchoolClass, students: Sequence[Student]) -> dict[str, str]:
    # Only draft (or missing) pages take edits; a revoked latest version waits for its replacement draft.
    locks = {}
    for student in students:
        stored = latest_for_student(db, student.id, school_class.year)
        if stored is not None and stored.record.status not in (RecordStatus.DRAFT, RecordStatus.REVOKED):
            locks[student.id] = _("Học bạ năm {y} ở trạng thái “{s}”: không sửa được.", y=school_class.year,
                                  s=stored.record.status.label)
    return locks


def record_locks(session: Session, class_id: str) -> tuple[tuple[Student, ...], dict[str, str]]:
    """A class's students and, per student whose page is locked, being signed or issued, the reason."""
    require(session.user, Action.VIEW_RESULTS, Scope(class_id))
    school_class = school_repo.get_class(session.db, class_id)
    students = tuple(school_repo.students_in_class(session.db, class_id))
    return students, _record_locks(session.db, school_class, students)


def validate_cell(sheet: GradeSheet, entry: AssessmentEntry) -> AssessmentEntry:
    """Validate one typed value for the sheet (empty = clear); raise InvalidInputError with the reason."""
    if entry.value.strip() == "":
        return AssessmentEntry(entry.student_id, entry.subject, entry.period, entry.component, "")
    return validate_entry(sheet.level, sheet.school_class.grade, entry, sheet.settings, subjects=sheet.specs)


def save_grades(session: Session, class_id: str, subject: str, entries: Sequence[AssessmentEntry]) -> Changed[int]:
    """Save a sheet's edits ("" clears a cell) through `assessment_entry.save_entries`; return how many changed.

    Only the sheet's own checks are here (the user may open this sheet, every entry belongs to it); values,
    permissions per entry, enrolment and entry windows are checked by the one save path.
    """
    if not _sheet_scope(session, class_id, subject):
        raise PermissionDeniedError(_("Bạn không có quyền nhập điểm cho bảng này."))
    if any(e.subject != subject for e in entries):
        raise PermissionDeniedError(_("Mục nhập không thuộc bảng điểm đang mở."))
    return assessment_entry.save_entries(session, school_repo.get_class(session.db, class_id), entries)


def missing_count(sheet_entries: Iterable[AssessmentEntry], students: Sequence[Student], subject: str, period: str,
                  columns: Sequence[GridColumn]) -> int:
    """How many required cells of a sheet are still empty (exempt students skip the subject)."""
    have = {(e.student_id, e.component) for e in sheet_entries if e.subject == subject and e.period == period}
    count = 0
    for student in students:
        if subject in student.exemptions or student.disabled_not_assessed:
            continue
        count += sum(1 for c in columns if c.required and (student.id, c.component) not in have)
    return count


def entry_windows(session: Session, year: str | None = None) -> tuple[str, dict[str, bool]]:
    """The school year and which of its checkpoints are open for entry."""
    year = year or school_repo.latest_year(session.db) or ""
    return year, assessments_repo.window_states(session.db, year)
