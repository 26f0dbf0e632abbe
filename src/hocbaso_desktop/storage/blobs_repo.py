"""Content-addressed files (signed PDFs, scans) stored inside the encrypted database."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import NotFoundError
from hocbaso_desktop.domain.i18n import _

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase


def put_blob(db: SchoolDatabase, data: bytes, media_type: str) -> str:
    """Store `data` once under its SHA-256 and return the hash (storing it again is a no-op)."""
    sha256 = hashlib.sha256(data).hexdigest()
    db.execute("INSERT INTO blobs(sha256, media_type, data) VALUES (?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
               (sha256, media_type, bytes(data)))
    return sha256


def get_blob(db: SchoolDatabase, sha256: str) -> bytes:
    """The bytes stored under `sha256` (NotFoundError if absent)."""
    row = db.query_one("SELECT data FROM blobs WHERE sha256 = ?", (sha256,))
    if row is None:
        raise NotFoundError(_("Không tìm thấy tệp {h} trong cơ sở dữ liệu.", h=sha256[:12]))
    return bytes(row[0])


def blob_media_type(db: SchoolDatabase, sha256: str) -> str | None:
    """The media type stored with a blob, or None if it is absent."""
    row = db.query_one("SELECT media_type FROM blobs WHERE sha256 = ?", (sha256,))
    return row[0] if row else None


def has_blob(db: SchoolDatabase, sha256: str) -> bool:
    """Whether a blob is stored."""
    return db.query_one("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)) is not None
