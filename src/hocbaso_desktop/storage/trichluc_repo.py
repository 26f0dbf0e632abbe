"""Converted paper pages (trích lục): their scans (attachments) and the pages waiting for the school seal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import StorageError
from hocbaso_desktop.domain.i18n import _

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

SCAN_KIND = "scan"


@dataclass(frozen=True)
class Attachment:
    """A file attached to a record (all versions): its blob hash, kind and media type."""

    record_id: str
    sha256: str
    kind: str
    media_type: str


def add_attachment(db: SchoolDatabase, record_id: str, sha256: str, kind: str = SCAN_KIND) -> None:
    """Attach a stored blob to a record (attaching it again is a no-op)."""
    db.execute("INSERT INTO attachments(record_id, sha256, kind) VALUES (?, ?, ?) "
               "ON CONFLICT(record_id, sha256) DO NOTHING", (record_id, sha256, kind))


def remove_attachments(db: SchoolDatabase, record_id: str, kind: str = SCAN_KIND) -> None:
    """Detach every file of `kind` from a record (used when an unsigned converted page is entered again)."""
    db.execute("DELETE FROM attachments WHERE record_id = ? AND kind = ?", (record_id, kind))


def attachments(db: SchoolDatabase, record_id: str, kind: str | None = None) -> list[Attachment]:
    """The files attached to a record, optionally of one kind, in a stable order."""
    rows = db.query("SELECT a.record_id, a.sha256, a.kind, b.media_type FROM attachments a "
                    "JOIN blobs b ON b.sha256 = a.sha256 WHERE a.record_id = ? AND (? IS NULL OR a.kind = ?) "
                    "ORDER BY a.kind, a.rowid", (record_id, kind, kind))
    return [Attachment(*r) for r in rows]


def replace_unsigned(db: SchoolDatabase, record_id: str, version: int, *, regulation: str, payload: bytes,
                     payload_sha256: str, pdf: bytes, issued_place: str) -> None:
    """Replace the frozen content of a converted page that no one has signed yet (entered again)."""
    signed = db.query_one("SELECT 1 FROM record_signatures WHERE record_id = ? AND version = ?",
                          (record_id, version))
    if signed is not None:
        raise StorageError(_("Học bạ {id} đã được ký; không sửa được bản chuyển đổi.", id=record_id))
    cur = db.execute("UPDATE records SET regulation = ?, payload = ?, payload_sha256 = ?, pdf = ?, pdf_sha256 = NULL, "
                     "issued_place = ? WHERE id = ? AND version = ? AND status = 'locked' AND converted_from_paper = 1",
                     (regulation, payload, payload_sha256, pdf, issued_place, record_id, version))
    if cur.rowcount != 1:
        raise StorageError(_("Học bạ {id} không phải bản chuyển đổi đang chờ ký.", id=record_id))


def awaiting_seal(db: SchoolDatabase, year: str, student_id: str | None = None) -> list[tuple[str, int]]:
    """(record id, version) of converted pages of a year that are locked and not signed yet, newest versions."""
    rows = db.query(
        "SELECT r.id, r.version FROM records r WHERE r.year = ? AND r.converted_from_paper = 1 "
        "AND r.status = 'locked' AND (? IS NULL OR r.student_id = ?) "
        "AND r.version = (SELECT max(version) FROM records WHERE id = r.id) "
        "AND NOT EXISTS (SELECT 1 FROM record_signatures s WHERE s.record_id = r.id AND s.version = r.version) "
        "ORDER BY r.student_id", (year, student_id, student_id))
    return [(r[0], int(r[1])) for r in rows]
