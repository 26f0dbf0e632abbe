"""Blob bytes, content-addressed, behind a small interface an object store could implement later.

`FileBlobStore` keeps each blob as `DIR/ab/abcdef…` (its SHA-256), written to a unique temporary file,
flushed and renamed, so two processes (or two machines on a shared folder) writing the same blob at once
both end with the whole file and a reader never sees half of one. An S3-compatible store would implement
the same three methods with `PUT` of the object under its hash (idempotent by name), `HEAD`, and `GET`; its
strong read-after-write consistency is what the server relies on (a blob is named by an envelope only
after its `PUT` answered).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Protocol


class BlobStore(Protocol):
    """Where blob bytes live; the database keeps who holds which blob."""

    def put(self, sha256: str, data: bytes) -> None:
        """Store the bytes under their hash (idempotent)."""

    def get(self, sha256: str) -> bytes | None:
        """The bytes, or None if absent."""

    def exists(self, sha256: str) -> bool:
        """Whether the bytes are there."""


class FileBlobStore:
    """Blobs as files in a folder (local or shared)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, sha256: str, data: bytes) -> None:
        """Write atomically: a unique temporary file, fsync, rename."""
        path = self._path(sha256)
        if path.exists():
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{sha256}.{uuid.uuid4().hex}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def get(self, sha256: str) -> bytes | None:
        """The bytes, or None."""
        try:
            return self._path(sha256).read_bytes()
        except FileNotFoundError:
            return None

    def exists(self, sha256: str) -> bool:
        """Whether the file is there."""
        return self._path(sha256).is_file()
