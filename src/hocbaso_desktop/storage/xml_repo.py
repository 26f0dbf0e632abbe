"""The signed XML form (hocba.xml) of each record version: a blob attached to the record, kind `hocba_xml/v<N>`.

Each signature replaces the version's XML with the one carrying one more signature (while the version is
being signed; schema 11 fixes a record's attachments once its newest version is issued).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hocbaso_desktop.storage import blobs_repo

if TYPE_CHECKING:
    from hocbaso_desktop.storage.database import SchoolDatabase

MEDIA_TYPE = "application/xml"


def _kind(version: int) -> str:
    return f"hocba_xml/v{int(version)}"


def put_xml(db: SchoolDatabase, record_id: str, version: int, data: bytes) -> str:
    """Store `data` as the version's current XML form (inside the caller's transaction); return its hash."""
    sha = blobs_repo.put_blob(db, data, MEDIA_TYPE)
    db.execute("DELETE FROM attachments WHERE record_id = ? AND kind = ? AND sha256 <> ?",
               (record_id, _kind(version), sha))
    db.execute("INSERT INTO attachments(record_id, sha256, kind) VALUES (?, ?, ?) "
               "ON CONFLICT(record_id, sha256) DO NOTHING", (record_id, sha, _kind(version)))
    return sha


def get_xml(db: SchoolDatabase, record_id: str, version: int) -> bytes | None:
    """The version's current XML form, or None (records issued before the XML form existed have none)."""
    row = db.query_one("SELECT sha256 FROM attachments WHERE record_id = ? AND kind = ?",
                       (record_id, _kind(version)))
    return blobs_repo.get_blob(db, row[0]) if row else None
