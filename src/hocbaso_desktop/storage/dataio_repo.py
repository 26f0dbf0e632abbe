"""Queries for data import and export (dataio/): whole-year lookups done in one statement each.

Bulk imports check thousands of rows; one query per year instead of one per row keeps them fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hocbaso_desktop.domain.model import EnrolmentEvent

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

_MEMBER_EVENTS = (EnrolmentEvent.ENROLLED.value, EnrolmentEvent.TRANSFER_IN.value)
_FROZEN = ("locked", "signing", "issued")


def class_membership(db: SchoolDatabase, year: str) -> dict[str, str]:
    """Student id → class id of the year, for students whose latest enrolment event there keeps them in the class."""
    rows = db.query("SELECT e.student_id, e.class_id, e.event FROM enrolments e JOIN classes c ON c.id = e.class_id "
                    "WHERE c.year = ? ORDER BY e.id", (year,))
    membership: dict[str, str] = {}
    for student_id, class_id, event in rows:
        if event in _MEMBER_EVENTS:
            membership[student_id] = class_id
        else:
            membership.pop(student_id, None)
    return membership


def student_keys(db: SchoolDatabase) -> list[tuple[str, str, str]]:
    """(id, personal ID, student code) of every student, to find existing students and duplicates."""
    return [(r[0], r[1], r[2]) for r in db.query("SELECT id, personal_id, student_code FROM students")]


def student_ids(db: SchoolDatabase) -> list[str]:
    """Every student id, in insertion order."""
    return [r[0] for r in db.query("SELECT id FROM students ORDER BY rowid")]


def frozen_student_ids(db: SchoolDatabase, year: str) -> set[str]:
    """Students whose record page of the year is locked, being signed or issued (its newest version)."""
    rows = db.query(
        "SELECT r.student_id FROM records r WHERE r.year = ? AND r.status IN (?, ?, ?) "
        "AND r.version = (SELECT max(version) FROM records WHERE id = r.id)", (year, *_FROZEN))
    return {r[0] for r in rows}


def entries_of_year(db: SchoolDatabase, year: str) -> dict[tuple[str, str, str, str], str]:
    """(student, subject, period, component) → value of every entry of a school year."""
    rows = db.query("SELECT student_id, subject, period, component, value FROM assessments WHERE year = ?", (year,))
    return {(r[0], r[1], r[2], r[3]): r[4] for r in rows}


def all_entries(db: SchoolDatabase) -> list[tuple[str, str, str, str, str, str]]:
    """(student, year, subject, period, component, value) of every entry, in a stable order."""
    return [tuple(r) for r in db.query(
        "SELECT student_id, year, subject, period, component, value FROM assessments "
        "ORDER BY year, student_id, subject, period, component")]


def all_enrolments(db: SchoolDatabase) -> list[tuple]:
    """(student, year, class id, class name, school name, province, event, date) of every enrolment, oldest first."""
    return [tuple(r) for r in db.query(
        "SELECT student_id, year, class_id, class_name, school_name, province, event, on_date FROM enrolments "
        "ORDER BY id")]


def existing_ids(db: SchoolDatabase, table: str) -> set[str]:
    """The ids present in one of the tables keyed by a text id (students, staff, classes)."""
    if table not in ("students", "staff", "classes"):
        raise ValueError(table)
    return {r[0] for r in db.query(f"SELECT id FROM {table}")}


def insert_received_record(db: SchoolDatabase, *, record_id: str, version: int, student_id: str, year: str,
                           regulation: str, converted_from_paper: bool, payload: bytes, payload_sha256: str,
                           pdf: bytes, pdf_sha256: str, issued_on: str | None, issued_place: str,
                           created_at: str) -> None:
    """Store a page received from another school (transfer in), no class here; its verified signatures are
    added next and `mark_received_issued` then makes it issued and immutable (same transaction)."""
    db.execute(
        "INSERT INTO records(id, version, student_id, class_id, year, regulation, status, converted_from_paper, "
        "payload, payload_sha256, pdf, pdf_sha256, issued_on, issued_place, created_at) "
        "VALUES (?, ?, ?, NULL, ?, ?, 'signing', ?, ?, ?, ?, ?, ?, ?, ?)",
        (record_id, version, student_id, year, regulation, int(converted_from_paper), payload, payload_sha256, pdf,
         pdf_sha256, issued_on, issued_place, created_at))


def insert_received_signature(db: SchoolDatabase, *, record_id: str, version: int, seq: int, role: str,
                              signer_name: str, cert_serial: str, cert_sha256: str, signed_at: str) -> None:
    """Store one verified signature of a received page (the signer is not a user of this school)."""
    db.execute("INSERT INTO record_signatures(record_id, version, seq, role, user_id, signer_name, cert_serial, "
               "cert_sha256, signed_at) VALUES (?, ?, ?, ?, '', ?, ?, ?, ?)",
               (record_id, version, seq, role, signer_name, cert_serial, cert_sha256, signed_at))


def mark_received_issued(db: SchoolDatabase, record_id: str, version: int) -> None:
    """A received page with all its signatures stored becomes issued (from now on the triggers protect it)."""
    db.execute("UPDATE records SET status = 'issued' WHERE id = ? AND version = ? AND status = 'signing'",
               (record_id, version))


def record_exists(db: SchoolDatabase, record_id: str) -> bool:
    """Whether any version of a record is stored."""
    return db.query_one("SELECT 1 FROM records WHERE id = ? LIMIT 1", (record_id,)) is not None
