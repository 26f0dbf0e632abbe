"""The print use cases of `hocbaso print` (services.record_book): permission first, the print logged once."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.services import Changes, record_book, students
from hocbaso_desktop.storage import audit
from tests.fixtures.printing import pdf_info


def _actions(session) -> list[str]:
    return [e.action for e in audit.recent(session.db, limit=10_000)]


def test_printing_a_record_book_logs_one_print_and_says_so(session_as):
    session = session_as("hieutruong")
    student = students.class_students(session, students.resolve_class(session, "4A"))[0]
    book = record_book.student_record_book(session, student.id)
    before = _actions(session)
    printed = record_book.print_record_book(session, book, [book.pages[0].year])
    assert printed.changes == Changes(audit=True)
    # the book's two opening pages and the year's two; poppler counts the same
    assert printed.value.page_count == int(pdf_info(printed.value.data)["Pages"]) == 4
    assert _actions(session) == ["print.hocba", *before]


def test_a_teacher_of_another_class_cannot_print_its_record_book_and_nothing_is_logged(session_as):
    principal, teacher = session_as("hieutruong"), session_as("gvcn.4a")
    student = students.class_students(principal, students.resolve_class(principal, "5A"))[0]
    book = record_book.student_record_book(principal, student.id)
    before = _actions(principal)
    with pytest.raises(PermissionDeniedError, match=r"gvcn\.4a"):
        record_book.print_record_book(teacher, book)
    assert _actions(principal) == before


def test_the_class_summary_is_refused_to_another_class_teacher_before_anything_is_read(session_as):
    principal, teacher = session_as("hieutruong"), session_as("gvcn.4a")
    other = students.resolve_class(principal, "5A")
    before = _actions(principal)
    with pytest.raises(PermissionDeniedError):
        record_book.print_class_summary(teacher, other.id, "cn")
    assert _actions(principal) == before
    own = students.resolve_class(teacher, "4A")
    summary = record_book.print_class_summary(teacher, own.id, "cn")
    assert (summary.value.school_class.name, summary.changes) == ("4A", Changes(audit=True))
    assert summary.value.pdf.data.startswith(b"%PDF-")
    assert _actions(principal)[0] == "print.summary"
