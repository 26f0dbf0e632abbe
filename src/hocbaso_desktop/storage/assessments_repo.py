"""Entered assessments (one value per student, year, subject, period, component) and entry windows.

Values arrive already validated by `domain.assessment.validate_entry`; this module stores them,
audits every change with its before/after value, and refuses nothing itself except what the
database triggers refuse (entries of a locked or issued record).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.storage import audit
from hocbaso_desktop.storage.connection import utc_now

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

_KEY = "student_id = ? AND year = ? AND subject = ? AND period = ? AND component = ?"


def entries_for_class(db: SchoolDatabase, class_id: str, year: str) -> list[AssessmentEntry]:
    """Every entry of the students enrolled in a class for its year."""
    rows = db.query(
        "SELECT a.student_id, a.subject, a.period, a.component, a.value FROM assessments a "
        "JOIN enrolments e ON e.student_id = a.student_id AND e.class_id = ? WHERE a.year = ?",
        (class_id, year))
    return [AssessmentEntry(*r) for r in rows]


def entries_for_student(db: SchoolDatabase, student_id: str, year: str) -> list[AssessmentEntry]:
    """Every entry of one student in one year."""
    rows = db.query("SELECT student_id, subject, period, component, value FROM assessments "
                    "WHERE student_id = ? AND year = ?", (student_id, year))
    return [AssessmentEntry(*r) for r in rows]


def save_entries(db: SchoolDatabase, year: str, entries: Iterable[AssessmentEntry], *, actor: str) -> int:
    """Store validated entries (an empty value deletes); audit each change; return how many changed."""
    changed = 0
    now = utc_now()
    with db.transaction():
        for e in entries:
            key = (e.student_id, year, e.subject, e.period, e.component)
            old = db.query_one(f"SELECT value FROM assessments WHERE {_KEY}", key)
            before = old[0] if old else None
            after = e.value if e.value != "" else None
            if before == after:
                continue
            if after is None:
                db.execute(f"DELETE FROM assessments WHERE {_KEY}", key)
            else:
                db.execute(
                    "INSERT INTO assessments(student_id, year, subject, period, component, value, updated_by, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(student_id, year, subject, period, "
                    "component) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, "
                    "updated_at = excluded.updated_at", (*key, after, actor, now))
            audit.append(db, actor=actor, action="assessment.set", entity="student", entity_id=e.student_id,
                         before={"year": year, "subject": e.subject, "period": e.period, "component": e.component,
                                 "value": before},
                         after={"value": after})
            changed += 1
    return changed


def window_states(db: SchoolDatabase, year: str) -> dict[str, bool]:
    """Which checkpoints of a year are open for entry (missing = closed)."""
    return {p: bool(o) for p, o in db.query("SELECT period, is_open FROM entry_windows WHERE year = ?", (year,))}


def set_window(db: SchoolDatabase, year: str, period: str, is_open: bool, *, actor: str) -> None:
    """Open or close entry for a checkpoint of a school year."""
    with db.transaction():
        before = window_states(db, year).get(period, False)
        db.execute("INSERT INTO entry_windows(year, period, is_open, changed_by, changed_at) VALUES (?, ?, ?, ?, ?) "
                   "ON CONFLICT(year, period) DO UPDATE SET is_open = excluded.is_open, "
                   "changed_by = excluded.changed_by, changed_at = excluded.changed_at",
                   (year, period, int(is_open), actor, utc_now()))
        audit.append(db, actor=actor, action="entry_window.set", entity="entry_window", entity_id=f"{year}/{period}",
                     before={"open": before}, after={"open": is_open})


def bulk_insert_entries(db: SchoolDatabase, year: str, entries: Iterable[AssessmentEntry], *, actor: str,
                        reason: str) -> int:
    """Insert many new entries at once (demo, import) with one audit row naming the batch; return the count."""
    now = utc_now()
    rows = [(e.student_id, year, e.subject, e.period, e.component, e.value, actor, now) for e in entries if e.value]
    with db.transaction():
        db.executemany(
            "INSERT INTO assessments(student_id, year, subject, period, component, value, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(student_id, year, subject, period, component) "
            "DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            rows)
        audit.append(db, actor=actor, action="assessment.bulk", entity="year", entity_id=year,
                     after={"count": len(rows), "reason": reason})
    return len(rows)
