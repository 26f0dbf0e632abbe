"""The reference server's store: sqlite3 in DIR/central.sqlite3, blobs as files, one writer lock."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS submissions (
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    event       TEXT NOT NULL,
    school_code TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    envelope    TEXT NOT NULL,
    received_at TEXT NOT NULL,
    receipt     TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TABLE IF NOT EXISTS validation_updates (   -- newer files of a stored version (B-LTA), newest last
    record_id   TEXT NOT NULL,
    version     INTEGER NOT NULL,
    blob_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (record_id, version, blob_sha256)
);
CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, media_type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS inbox (
    cursor      INTEGER PRIMARY KEY AUTOINCREMENT,
    school_code TEXT NOT NULL,
    type        TEXT NOT NULL,
    body        TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS revocations (
    record_id     TEXT NOT NULL,
    version       INTEGER NOT NULL,
    reason        TEXT NOT NULL,
    decided_by    TEXT NOT NULL,
    envelope_id   TEXT NOT NULL,
    received_at   TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""


@dataclass(frozen=True)
class StoredSubmission:
    """One stored (record_id, version)."""

    record_id: str
    version: int
    sha256: str
    received_at: str
    receipt: str


class CentralStore:
    """Thread-safe access to the server's data folder (one lock: the server is a reference, not a farm)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        (self.data_dir / "blobs").mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._con = sqlite3.connect(self.data_dir / "central.sqlite3", check_same_thread=False, isolation_level=None)
        self._con.execute("PRAGMA journal_mode = WAL")
        self._con.execute("PRAGMA synchronous = FULL")
        self._con.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._con.close()

    # --- blobs ------------------------------------------------------------------------------
    def _blob_path(self, sha256: str) -> Path:
        return self.data_dir / "blobs" / sha256[:2] / sha256

    def has_blob(self, sha256: str) -> bool:
        """Whether the blob is held."""
        with self._lock:
            return self._con.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def put_blob(self, sha256: str, data: bytes, media_type: str) -> None:
        """Store a blob (file first, then its row: a crash leaves at worst an orphan file)."""
        path = self._blob_path(sha256)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(path)
        with self._lock:
            self._con.execute("INSERT OR IGNORE INTO blobs(sha256, size, media_type) VALUES (?, ?, ?)",
                              (sha256, len(data), media_type))

    def get_blob(self, sha256: str) -> bytes | None:
        """A held blob's bytes."""
        return self._blob_path(sha256).read_bytes() if self.has_blob(sha256) else None

    # --- submissions ----------------------------------------------------------------------------
    def find(self, record_id: str, version: int) -> StoredSubmission | None:
        """The stored submission for (record_id, version)."""
        with self._lock:
            row = self._con.execute("SELECT record_id, version, sha256, received_at, receipt FROM submissions "
                                    "WHERE record_id = ? AND version = ?", (record_id, version)).fetchone()
        return StoredSubmission(*row) if row else None

    def current_pdf_sha(self, record_id: str, version: int) -> str | None:
        """The version's current signed PDF: the newest validation update's, else the submission's."""
        with self._lock:
            row = self._con.execute("SELECT blob_sha256 FROM validation_updates WHERE record_id = ? AND version = ? "
                                    "ORDER BY rowid DESC LIMIT 1", (record_id, version)).fetchone()
            if row:
                return row[0]
            row = self._con.execute("SELECT envelope FROM submissions WHERE record_id = ? AND version = ?",
                                    (record_id, version)).fetchone()
        if not row:
            return None
        blobs = [b for b in json.loads(row[0]).get("blobs", []) if b.get("role") == "signed_pdf"]
        return blobs[0]["sha256"] if blobs else None

    def has_validation_update(self, record_id: str, version: int, blob_sha256: str) -> bool:
        """Whether this file was already accepted for the version."""
        with self._lock:
            return self._con.execute("SELECT 1 FROM validation_updates WHERE record_id = ? AND version = ? AND "
                                     "blob_sha256 = ?", (record_id, version, blob_sha256)).fetchone() is not None

    def add_validation_update(self, record_id: str, version: int, blob_sha256: str, received_at: str) -> None:
        """Record a newer file of a stored version."""
        with self._lock:
            self._con.execute("INSERT OR IGNORE INTO validation_updates(record_id, version, blob_sha256, received_at) "
                              "VALUES (?, ?, ?, ?)", (record_id, version, blob_sha256, received_at))

    def highest_version(self, record_id: str) -> int:
        """The highest stored version of a record (0 if none)."""
        with self._lock:
            row = self._con.execute("SELECT max(version) FROM submissions WHERE record_id = ?", (record_id,)).fetchone()
        return int(row[0] or 0)

    def insert(self, envelope: dict, *, school_code: str, device_id: str, received_at: str, receipt: str) -> bool:
        """Store a new submission; False if (record_id, version) was already there."""
        with self._lock:
            cur = self._con.execute(
                "INSERT OR IGNORE INTO submissions(record_id, version, sha256, kind, event, school_code, device_id, "
                "envelope, received_at, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (envelope["record_id"], envelope["version"], envelope["sha256"], envelope["kind"], envelope["event"],
                 school_code, device_id, json.dumps(envelope, ensure_ascii=False), received_at, receipt))
            if cur.rowcount:
                self._con.execute("INSERT INTO counters(name, value) VALUES ('stored', 1) "
                                  "ON CONFLICT(name) DO UPDATE SET value = value + 1")
            return cur.rowcount > 0

    def mark_revoked(self, record_id: str, version: int, *, reason: str, decided_by: str, envelope_id: str,
                     received_at: str) -> None:
        """Record that (record_id, version) was revoked by the school (idempotent: the first revocation stays)."""
        with self._lock:
            self._con.execute("INSERT OR IGNORE INTO revocations(record_id, version, reason, decided_by, envelope_id, "
                              "received_at) VALUES (?, ?, ?, ?, ?, ?)",
                              (record_id, version, reason, decided_by, envelope_id, received_at))

    def revocation(self, record_id: str, version: int) -> dict | None:
        """The revocation of a record version ({reason, decided_by, envelope_id, received_at}), or None."""
        with self._lock:
            row = self._con.execute("SELECT reason, decided_by, envelope_id, received_at FROM revocations "
                                    "WHERE record_id = ? AND version = ?", (record_id, version)).fetchone()
        return dict(zip(("reason", "decided_by", "envelope_id", "received_at"), row, strict=True)) if row else None

    def stored_events(self) -> int:
        """How many times a submission was stored as new (a duplicate store would show here)."""
        with self._lock:
            row = self._con.execute("SELECT value FROM counters WHERE name = 'stored'").fetchone()
        return int(row[0]) if row else 0

    def all_submissions(self) -> list[StoredSubmission]:
        """Every stored submission (for tests and the bench)."""
        with self._lock:
            rows = self._con.execute("SELECT record_id, version, sha256, received_at, receipt FROM submissions "
                                     "ORDER BY record_id, version").fetchall()
        return [StoredSubmission(*r) for r in rows]

    # --- inbox ------------------------------------------------------------------------------
    def post_inbox(self, school_code: str, type_: str, body: dict) -> str:
        """Queue a message for a school; return its cursor."""
        with self._lock:
            cur = self._con.execute("INSERT INTO inbox(school_code, type, body) VALUES (?, ?, ?)",
                                    (school_code, type_, json.dumps(body, ensure_ascii=False)))
        return str(cur.lastrowid)

    def inbox_after(self, school_code: str, after: int, limit: int) -> list[tuple[str, str, dict]]:
        """Messages for a school after a cursor, oldest first."""
        with self._lock:
            rows = self._con.execute("SELECT cursor, type, body FROM inbox WHERE school_code = ? AND cursor > ? "
                                     "ORDER BY cursor LIMIT ?", (school_code, after, limit)).fetchall()
        return [(str(c), t, json.loads(b)) for c, t, b in rows]
