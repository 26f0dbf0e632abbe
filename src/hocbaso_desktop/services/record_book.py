"""Use cases that build the học bạ aggregate from the database and print it.

Reads go through the storage repositories (no SQL here); results are evaluated with the rules
(tt27 / tt22) using the school's evaluation settings. Every use case checks the user's permission
first (VIEW_RESULTS for a class, PRINT_COPY for certified copies) and every print is audited in
the hash-chained log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.domain.evaluation import evaluate_student
from hocbaso_desktop.domain.i18n import _, nfc
from hocbaso_desktop.domain.model import Level, RecordStatus, School, SchoolClass, Staff, Student, YearRecord
from hocbaso_desktop.domain.record_book import RecordBook, YearPage, primary_outcome, secondary_outcome
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.domain.settings import EvaluationSettings
from hocbaso_desktop.services.assessment_entry import class_subjects, evaluation_settings
from hocbaso_desktop.services.changes import Changed, Changes, audited
from hocbaso_desktop.storage import Session, assessments_repo, audit, records_repo, school_repo

if TYPE_CHECKING:  # printing (reportlab) is loaded only by the use cases that render
    from hocbaso_desktop.printing import RenderedPdf, SummaryRow

SYSTEM_NAME = "Phần mềm Học bạ số (hocbaso-desktop)"


@dataclass(frozen=True)
class ClassContext:
    """A class with what every page of it shares: school, subjects, staff, the evaluation settings."""

    school: School
    school_class: SchoolClass
    subjects: tuple[SubjectSpec, ...]
    homeroom_teacher: Staff | None
    principal: Staff | None
    subject_teachers: dict[str, Staff]
    settings: EvaluationSettings


def class_context(session: Session, class_id: str) -> ClassContext:
    """Load a class's shared data (after the caller's permission check)."""
    db = session.db
    klass = school_repo.get_class(db, class_id)
    staff: dict[str, Staff] = {}

    def person(staff_id: str | None) -> Staff | None:
        if not staff_id:
            return None
        if staff_id not in staff:
            staff[staff_id] = school_repo.get_staff(db, staff_id)
        return staff[staff_id]
    teachers = {a.subject_code: person(a.teacher_id) for a in school_repo.teaching_assignments(db, class_id)}
    return ClassContext(
        school=school_repo.get_school(db), school_class=klass, subjects=class_subjects(session, klass),
        homeroom_teacher=person(klass.homeroom_teacher_id), principal=school_repo.principal_staff(db),
        subject_teachers={code: t for code, t in teachers.items() if t is not None},
        settings=evaluation_settings(session),  # read once for the class, not once per student
    )


_LOOK_UP = object()  # year_page's default: read the student's newest record version itself


def year_page(session: Session, ctx: ClassContext, student: Student, entries: Sequence[AssessmentEntry],
              record: YearRecord | object | None = _LOOK_UP) -> YearPage:
    """Evaluate one student's year and assemble the page (with the newest record version, if any).

    A caller that read the class's records in bulk (`records_repo.latest_pages_of_class`) passes `record`.
    """
    level, klass = ctx.school.level.value, ctx.school_class
    subjects = ctx.subjects
    if any(s.optional for s in subjects):  # an optional subject is on the page only when entered
        entered = {e.subject for e in entries}
        subjects = tuple(s for s in subjects if not s.optional or s.code in entered)
    result = evaluate_student(ctx.school.level, klass.grade, ctx.subjects, student, entries, ctx.settings)
    outcome = primary_outcome(result) if ctx.school.level is Level.TIEU_HOC else secondary_outcome(result)
    if record is _LOOK_UP:
        stored = records_repo.latest_for_student(session.db, student.id, klass.year)
        record = stored.record if stored is not None else None
    return YearPage(
        year=klass.year, school_class=klass, level=level, subjects=subjects, entries=tuple(entries),
        outcome=outcome, homeroom_teacher=ctx.homeroom_teacher, principal=ctx.principal,
        subject_teachers=ctx.subject_teachers,
        issued_place=(record.issued_place if record and record.issued_place else ctx.school.place),
        issued_on=record.issued_on if record else None, record=record,
    )


def class_record_books(session: Session, class_id: str, *, with_history: bool = True) -> list[RecordBook]:
    """The record books of a class's students, each with the class's year page, in roll order.

    The class's entries and record states are read once for the class (never a PDF); `with_history=False`
    leaves out each student's enrolment history (reports and result screens do not show it).
    """
    require(session.user, Action.VIEW_RESULTS, Scope(class_id=class_id))
    ctx = class_context(session, class_id)
    year = ctx.school_class.year
    by_student: dict[str, list[AssessmentEntry]] = {}
    for entry in assessments_repo.entries_for_class(session.db, class_id, year):
        by_student.setdefault(entry.student_id, []).append(entry)
    records = records_repo.latest_pages_of_class(session.db, class_id, year)
    books = []
    for student in school_repo.students_in_class(session.db, class_id):
        page = year_page(session, ctx, student, by_student.get(student.id, []), records.get(student.id))
        history = tuple(school_repo.history(session.db, student.id)) if with_history else ()
        books.append(RecordBook(ctx.school, student, history, (page,)))
    return books


def student_record_book(session: Session, student_id: str) -> RecordBook:
    """A student's whole học bạ: a page for every year of their history kept in this school's database."""
    db = session.db
    student = school_repo.get_student(db, student_id)
    history = tuple(school_repo.history(db, student_id))
    pages = []
    for year in sorted({e.year for e in history}):
        klass = school_repo.class_of_student(db, student_id, year)
        if klass is None:
            continue
        require(session.user, Action.VIEW_RESULTS, Scope(class_id=klass.id))
        ctx = class_context(session, klass.id)
        pages.append(year_page(session, ctx, student, assessments_repo.entries_for_student(db, student_id, year)))
    if not pages:
        raise NotFoundError(_("Học sinh này chưa có trang học bạ nào trong cơ sở dữ liệu."))
    return RecordBook(school_repo.get_school(db), student, history, tuple(pages))


def record_book_pdf(session: Session, book: RecordBook, years: Sequence[str]) -> RenderedPdf:
    """The học bạ pages of `years` as a PDF (the print preview; printing or saving logs it)."""
    from hocbaso_desktop import printing

    return printing.render_record_book(book, created=session.now(), years=list(years))


def print_record_book(session: Session, book: RecordBook, years: Sequence[str] | None = None) -> Changed[RenderedPdf]:
    """The học bạ pages of `years` (None: every page of the book) as a PDF, the print logged (`hocbaso print`)."""
    for page in book.pages:
        if years is None or page.year in years:
            require(session.user, Action.VIEW_RESULTS, Scope(class_id=page.school_class.id))
    from hocbaso_desktop import printing

    rendered = printing.render_record_book(book, created=session.now(), years=None if years is None else list(years))
    return Changed(rendered, audit_print(session, kind="hocba", entity="student", entity_id=book.student.id,
                                         detail={"years": [p.year for p in book.pages] if years is None
                                                 else list(years)}))


@dataclass(frozen=True)
class ClassSummary:
    """A class's summary sheet at one checkpoint, with the class it is of."""

    school_class: SchoolClass
    pdf: RenderedPdf


def print_class_summary(session: Session, class_id: str, period: str,
                        books: Sequence[RecordBook] | None = None) -> Changed[ClassSummary]:
    """The class summary sheet of `period` as a PDF, the print logged; `books` when the caller has read them."""
    require(session.user, Action.VIEW_RESULTS, Scope(class_id=class_id))
    books = class_record_books(session, class_id) if books is None else books
    ctx = class_context(session, class_id)
    from hocbaso_desktop import printing

    rendered = printing.render_class_summary(ctx.school, ctx.school_class, summary_rows(books), summary_subjects(ctx, books),
                                    period, created=session.now(), homeroom_teacher=ctx.homeroom_teacher)
    changes = audit_print(session, kind="summary", entity="class", entity_id=class_id, detail={"period": period})
    return Changed(ClassSummary(ctx.school_class, rendered), changes)


def summary_rows(books: Sequence[RecordBook]) -> list[SummaryRow]:
    """The class summary sheet's rows from the class's record books."""
    from hocbaso_desktop import printing

    return [printing.SummaryRow(book.student, book.pages[0]) for book in books]


def summary_subjects(ctx: ClassContext, books: Sequence[RecordBook]) -> tuple[SubjectSpec, ...]:
    """The sheet's subject columns: the class's subjects, optional ones only if some student takes them."""
    used = {s.code for book in books for page in book.pages for s in page.subjects}
    return tuple(s for s in ctx.subjects if not s.optional or s.code in used)


def audit_print(session: Session, *, kind: str, entity: str, entity_id: str, detail: dict | None = None) -> Changes:
    """Record a print in the audit log (design decision 7)."""
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action=f"print.{kind}", entity=entity,
                     entity_id=entity_id, before=None, after=detail or {})
    return audited()


def certified_copy(session: Session, book: RecordBook, year: str, *, system_url: str = "",
                   log: bool = True) -> Changed[RenderedPdf]:
    """The certified paper copy of an issued year page, with the stored verification QR text.

    Audited when `log` (a file is made); the interface's preview passes False and logs the copy when it is
    really printed or saved.
    """
    page = book.page(year)
    if page is None:
        raise NotFoundError(_("Học bạ của {n} không có năm học {y}.", n=book.student.full_name, y=year))
    require(session.user, Action.PRINT_COPY, Scope(class_id=page.school_class.id))
    if page.record is None or page.record.status is not RecordStatus.ISSUED:
        raise InvalidInputError(_("Học bạ năm học {y} của {n} chưa phát hành, không thể in bản chuyển đổi.",
                                  y=year, n=book.student.full_name), field="year")
    stored = records_repo.get(session.db, page.record.id, page.record.version)
    now = session.now()
    from hocbaso_desktop import printing

    mark = printing.CopyMark(system_name=nfc(SYSTEM_NAME), system_owner=book.school.name,
                    converter_name=session.account.full_name, converter_unit=book.school.name,
                    converted_at=now, system_url=system_url, qr_text=stored.qr or None)
    rendered = printing.render_certified_copy(book, year, mark, created=now)
    if not log:
        return Changed(rendered, Changes())
    return Changed(rendered, audit_print(session, kind="copy", entity="record", entity_id=page.record.id,
                                         detail={"version": page.record.version, "year": year,
                                                 "pages": rendered.page_count}))
