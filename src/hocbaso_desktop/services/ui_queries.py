"""Use cases the interface needs that no other service provides: my classes, a grade sheet, saving it.

Each function checks permission first (domain.roles.require), talks to storage repositories only
(no SQL here) and returns frozen dataclasses the screens display. All run on the database lane.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from hocbaso_desktop.domain import catalogue, evaluation, tt27
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
from hocbaso_desktop.domain.model import Level, RecordStatus, School, SchoolClass, Student
from hocbaso_desktop.domain.roles import Action, Role, Scope, is_allowed, require
from hocbaso_desktop.domain.settings import DEFAULT_SETTINGS, EvaluationSettings
from hocbaso_desktop.domain.tt22_learning import LEVEL_NAMES
from hocbaso_desktop.errors import HocbasoError, InvalidInputError, PermissionDeniedError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.services import assessment_entry
from hocbaso_desktop.storage import (
    SchoolDatabase,
    SchoolSettings,
    Session,
    assessments_repo,
    audit,
    latest_for_student,
    school_repo,
    users_repo,
)
from hocbaso_desktop.sync import check_server_url

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


def create_school(path: Path, school: School, *, username: str, full_name: str,
                  password: str) -> tuple[Session, str]:
    """Create a school database with its first administrator, signed in; return (session, recovery code)."""
    db, recovery = SchoolDatabase.create(path, school=school, admin_username=username, admin_full_name=full_name,
                                         admin_password=password)
    account = users_repo.require_active(db, username)
    return Session(db, account, users_repo.principal_for(db, account)), recovery


def current_school(session: Session) -> School:
    """The school of the open database (anyone signed in may see it)."""
    return school_repo.get_school(session.db)


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
    for school_class in school_repo.list_classes(db, year) if year else []:
        homeroom = school_class.id in user.homeroom_class_ids
        taught = {s for c, s in user.assignments if c == school_class.id}
        if user.role not in SCHOOL_WIDE_ROLES and not homeroom and not taught:
            continue
        if not is_allowed(user, Action.VIEW_RESULTS, Scope(school_class.id)) and not taught:
            continue
        sheets = [SheetChoice(s.code, s.name, is_allowed(user, Action.ENTER_SUBJECT_ASSESSMENT,
                                                         Scope(school_class.id, s.code)))
                  for s in catalogue.subjects_for(level, school_class.grade)
                  if homeroom or s.code in taught or user.role in SCHOOL_WIDE_ROLES]
        pseudo = (QUALITY, COMPETENCY) if level == Level.TIEU_HOC else (CONDUCT,)
        if homeroom or user.role in SCHOOL_WIDE_ROLES:
            editable = is_allowed(user, Action.ENTER_HOMEROOM_ASSESSMENT, Scope(school_class.id))
            sheets.extend(SheetChoice(p, PSEUDO_NAMES[p], editable) for p in pseudo)
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
        locked = _("Đợt nhập điểm {p} đang đóng.", p=PERIOD_NAMES.get(period, period))
    students = school_repo.students_in_class(db, class_id)
    return GradeSheet(
        school_class=school_class, level=level, subject=subject,
        subject_label=spec.name if spec else PSEUDO_NAMES.get(subject, subject), period=period, periods=periods,
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


def save_grades(session: Session, class_id: str, subject: str, entries: Sequence[AssessmentEntry]) -> int:
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
        summary = tt27.RESULT_NAMES[computed.result] if computed.result else _("Chưa đủ dữ liệu")
        return StudentOutcome(student.id, summary, (*computed.reasons, *computed.incomplete),
                              computed.result is not None)
    secondary = computed
    year_level = secondary.learning_final or secondary.learning_year.level
    summary = LEVEL_NAMES.get(year_level, year_level) if year_level else _("Chưa đủ dữ liệu")
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
    for code, label in [(s.code, s.name) for s in specs] + [(p, PSEUDO_NAMES[p]) for p in pseudo]:
        spec = next((s for s in specs if s.code == code), None)
        if spec is not None and spec.optional and not any(e.subject == code for e in entries):
            continue
        for period in periods_for(level, code):
            missing = missing_count(entries, students, code, period, columns_for(level, spec, code, period))
            if missing:
                who = homeroom if spec is None else ", ".join(teachers.get(code, ()))
                unfinished.append(EntryProgress(code, label, period, who or _("(chưa phân công)"), missing))
    return ClassReview(school_class, students, outcomes, tuple(unfinished))


def check_password(session: Session, password: str) -> None:
    """Raise WrongPasswordError unless `password` is the signed-in user's (the lock screen)."""
    session.db.keyfile.unlock(session.account.username, password)


UI_SETTINGS = SchoolSettings.EDITABLE


def read_settings(session: Session) -> dict[str, object]:
    """The settings the settings screen edits (the API token is never returned, only whether it is set)."""
    require(session.user, Action.MANAGE_SETTINGS)
    values = session.settings.editable()
    values[SchoolSettings.API_TOKEN] = bool(values[SchoolSettings.API_TOKEN])
    return values


def write_settings(session: Session, values: dict[str, object]) -> None:
    """Store edited settings (an empty API token keeps the old one); audited."""
    require(session.user, Action.MANAGE_SETTINGS)
    with session.db.transaction():
        for key, value in values.items():
            if key not in UI_SETTINGS or (key == SchoolSettings.API_TOKEN and not value):
                continue
            if key == SchoolSettings.SERVER_URL and value:
                value = check_server_url(str(value))
            before = session.settings.editable().get(key)
            if before == value or (before in (None, "") and value in (None, "")):
                continue  # a save that changes nothing records nothing
            session.settings.set_editable(key, value)
            secret = key == SchoolSettings.API_TOKEN  # the token never enters the log, only that it changed
            audit.append(session.db, actor=session.account.username, action="setting.set", entity="setting",
                         entity_id=key, before=None if secret else {"value": before},
                         after={"changed": True} if secret else {"value": value})


def entry_windows(session: Session, year: str | None = None) -> tuple[str, dict[str, bool]]:
    """The school year and which of its checkpoints are open for entry."""
    year = year or school_repo.latest_year(session.db) or ""
    return year, assessments_repo.window_states(session.db, year)


def lock_minutes(session: Session) -> int:
    """Minutes of inactivity before the screen locks (setting "ui.lock_minutes", default 10)."""
    return session.settings.lock_minutes
