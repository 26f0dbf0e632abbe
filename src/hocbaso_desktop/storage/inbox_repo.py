"""Messages from the central system (inbox), applied together with their cursor; record revocation.

Each message is applied in one transaction with the row that stores it and the new cursor, so a
kill at any instant leaves either the message applied and the cursor moved, or neither. Applying
the same cursor twice is a no-op.

`transfer_in` body (this project's shape; central-api.md leaves it open):
    {"student": {"id", "full_name", "sex", "birth", "personal_id", "student_code", ...},
     "enrolments": [{"year", "class_name", "school_name", "province", "event", "on_date"}],
     "records": [ENVELOPE, ...]}
It creates the student read-only (students.read_only = 1) with their earlier history.
`revocation` body: {"record_id", "version", "reason"}. `notice` body: {"title", "text"}.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hocbaso_desktop.storage import audit
from hocbaso_desktop.storage.connection import utc_now

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

CURSOR_KEY = "sync.inbox_cursor"
CENTRAL_ACTOR = "central"
_STUDENT_FIELDS = ("full_name", "sex", "birth", "personal_id", "student_code", "registry_number", "birthplace",
                   "hometown", "residence", "ethnicity", "nationality", "father_name", "mother_name",
                   "guardian_name")


@dataclass(frozen=True)
class InboxMessage:
    """One applied message from the central system."""

    cursor: str
    type: str
    body: dict
    applied_at: str


def get_cursor(db: SchoolDatabase) -> str | None:
    """The cursor of the last message fully applied, or None before the first."""
    row = db.query_one("SELECT value FROM meta WHERE key = ?", (CURSOR_KEY,))
    return row[0] if row else None


def apply_message(db: SchoolDatabase, *, cursor: str, type_: str, body: dict) -> bool:
    """Store and apply one message and move the cursor, all in one transaction; False if seen before."""
    with db.transaction():
        if db.query_one("SELECT 1 FROM inbox WHERE cursor = ?", (cursor,)) is not None:
            _set_cursor(db, cursor)
            return False
        if type_ == "transfer_in":
            _apply_transfer_in(db, body)
        elif type_ == "revocation":
            revoke_record(db, record_id=str(body.get("record_id", "")), version=int(body.get("version", 0)),
                          reason=str(body.get("reason", "")) or "Thu hồi bởi hệ thống trung tâm",
                          revoked_by=CENTRAL_ACTOR)
        db.execute("INSERT INTO inbox(cursor, type, body, applied_at) VALUES (?, ?, ?, ?)",
                   (cursor, type_, json.dumps(body, ensure_ascii=False, sort_keys=True), utc_now()))
        _set_cursor(db, cursor)
        return True


def _set_cursor(db: SchoolDatabase, cursor: str) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               (CURSOR_KEY, cursor))


def revoke_record(db: SchoolDatabase, *, record_id: str, version: int, reason: str, revoked_by: str) -> bool:
    """Mark an issued record version revoked (thu hồi) with its reason; False if it is not issued here.

    Shared by the central system's revocation messages and the signing layer's own revocation
    (which also enqueues the revocation for the centre). Idempotent: a revoked record stays as it is.
    """
    row = db.query_one("SELECT status FROM records WHERE id = ? AND version = ?", (record_id, int(version)))
    if row is None or row[0] != "issued":
        return False
    with db.transaction():
        db.execute("UPDATE records SET status = 'revoked', revoked_reason = ?, revoked_by = ? "
                   "WHERE id = ? AND version = ? AND status = 'issued'",
                   (reason, revoked_by, record_id, int(version)))
        audit.append(db, actor=revoked_by, action="record.revoke", entity="record",
                     entity_id=f"{record_id}#{int(version)}", before={"status": "issued"},
                     after={"status": "revoked", "reason": reason})
    return True


def _apply_transfer_in(db: SchoolDatabase, body: dict) -> None:
    student = body.get("student") or {}
    student_id = str(student.get("id", ""))
    if not student_id or not student.get("full_name"):
        return  # nothing usable; the message itself is still kept for the administrator
    if db.query_one("SELECT 1 FROM students WHERE id = ?", (student_id,)) is None:
        values = {f: str(student.get(f, "")) for f in _STUDENT_FIELDS}
        values["sex"] = values["sex"] or "0"
        columns = ", ".join(("id", *values, "read_only"))
        marks = ", ".join("?" * (len(values) + 2))
        db.execute(f"INSERT INTO students({columns}) VALUES ({marks})", (student_id, *values.values(), 1))
        for e in body.get("enrolments") or []:
            db.execute("INSERT INTO enrolments(student_id, year, class_id, class_name, school_name, province, "
                       "event, on_date) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)",
                       (student_id, str(e.get("year", "")), str(e.get("class_name", "")),
                        str(e.get("school_name", "")), str(e.get("province", "")),
                        str(e.get("event", "transfer_in")), e.get("on_date")))
        audit.append(db, actor=CENTRAL_ACTOR, action="student.transfer_in", entity="student", entity_id=student_id,
                     before=None, after={"full_name": values["full_name"], "read_only": 1})


def list_messages(db: SchoolDatabase, *, type_: str | None = None, limit: int = 200) -> list[InboxMessage]:
    """Applied messages, newest first (notices for the administrator: type_='notice')."""
    if type_ is None:
        rows = db.query("SELECT cursor, type, body, applied_at FROM inbox ORDER BY rowid DESC LIMIT ?", (limit,))
    else:
        rows = db.query("SELECT cursor, type, body, applied_at FROM inbox WHERE type = ? ORDER BY rowid DESC LIMIT ?",
                        (type_, limit))
    return [InboxMessage(c, t, json.loads(b), a) for c, t, b, a in rows]
