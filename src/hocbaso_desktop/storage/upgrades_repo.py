"""The queue of issued PDFs waiting for a timestamp and validation data (table signature_upgrades)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase


def enqueue(db: SchoolDatabase, record_id: str, version: int, *, at: str) -> None:
    """Queue an issued version for the late upgrade (queuing it again changes nothing)."""
    db.execute("INSERT INTO signature_upgrades(record_id, version, created_at) VALUES (?, ?, ?) "
               "ON CONFLICT(record_id, version) DO NOTHING", (record_id, version, at))


def pending(db: SchoolDatabase, limit: int = 500) -> list[tuple[str, int]]:
    """(record_id, version) of queued upgrades, oldest first."""
    rows = db.query("SELECT record_id, version FROM signature_upgrades WHERE state = 'pending' "
                    "ORDER BY created_at, record_id LIMIT ?", (limit,))
    return [(r[0], int(r[1])) for r in rows]


def mark_done(db: SchoolDatabase, record_id: str, version: int, *, blob_sha256: str, at: str) -> None:
    """The upgraded (or renewed) PDF is stored as `blob_sha256`, attached to the record, and is now its file."""
    db.execute("UPDATE signature_upgrades SET state = 'done', done_at = ?, blob_sha256 = ? "
               "WHERE record_id = ? AND version = ?", (at, blob_sha256, record_id, version))
    db.execute("INSERT INTO attachments(record_id, sha256, kind) VALUES (?, ?, 'signed_pdf_ltv') "
               "ON CONFLICT(record_id, sha256) DO NOTHING", (record_id, blob_sha256))


def done(db: SchoolDatabase) -> list[tuple[str, int, str]]:
    """(record_id, version, blob of the newest upgraded PDF) of every upgraded version."""
    rows = db.query("SELECT record_id, version, blob_sha256 FROM signature_upgrades WHERE state = 'done' "
                    "AND blob_sha256 IS NOT NULL ORDER BY done_at, record_id")
    return [(r[0], int(r[1]), r[2]) for r in rows]


def mark_failed(db: SchoolDatabase, record_id: str, version: int, *, error: str) -> None:
    """Count a failed attempt (the item stays queued)."""
    db.execute("UPDATE signature_upgrades SET attempts = attempts + 1, last_error = ? "
               "WHERE record_id = ? AND version = ?", (error[:500], record_id, version))


def upgraded_blob(db: SchoolDatabase, record_id: str, version: int) -> str | None:
    """The blob of the upgraded PDF of a version, if done."""
    row = db.query_one("SELECT blob_sha256 FROM signature_upgrades WHERE record_id = ? AND version = ? "
                       "AND state = 'done'", (record_id, version))
    return row[0] if row else None
