"""The embedded store: SQLite in `DIR/central.sqlite3` (WAL), one connection per thread.

Writes run in `BEGIN IMMEDIATE` transactions, so several threads (or several processes on one machine)
share the file safely; the database's primary keys, not a Python lock, keep each (record_id, version)
stored once.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from hocbaso_server.migrations import pending
from hocbaso_server.store import (
    DuplicateSchoolError,
    InsertOutcome,
    NotOwnerError,
    SchoolAccount,
    SchoolStats,
    StoredSubmission,
)
from hocbaso_server.store_sql import STATS_QUERY, anchor_row, signed_pdf_of, submission_row

_SUBMISSION = "SELECT record_id, version, sha256, received_at, receipt FROM submissions"


class SqliteStore:
    """The CentralStore over one SQLite file."""

    engine = "sqlite"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._path = self.data_dir / "central.sqlite3"
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        self._migrate()

    # --- connections ---------------------------------------------------------------------------
    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self._path, check_same_thread=False, isolation_level=None, timeout=30)
            con.execute("PRAGMA journal_mode = WAL")
            con.execute("PRAGMA synchronous = FULL")
            con.execute("PRAGMA busy_timeout = 30000")
            self._local.con = con
            with self._all_lock:
                self._all.append(con)
        return con

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        con = self._con()
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    def _migrate(self) -> None:
        with self._write() as con:
            current = con.execute("PRAGMA user_version").fetchone()[0]
            for number, sql in pending("sqlite", current):
                for statement in _statements(sql):
                    con.execute(statement)
                con.execute(f"PRAGMA user_version = {number}")
        legacy_key = self.data_dir / "receipt_key.pem"
        if legacy_key.exists():  # data folders from before the key moved into the database keep their key
            self.secret("receipt_key_pem", lambda: legacy_key.read_text(encoding="ascii"))

    def close(self) -> None:
        """Close every thread's connection."""
        with self._all_lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()

    def _one(self, sql: str, args: tuple = ()) -> tuple | None:
        return self._con().execute(sql, args).fetchone()

    # --- blobs ---------------------------------------------------------------------------------
    def blob_owned(self, school_code: str, sha256: str) -> bool:
        """Whether `school_code` has uploaded the blob."""
        return self._one("SELECT 1 FROM blob_owners WHERE sha256 = ? AND school_code = ?",
                         (sha256, school_code)) is not None

    def add_blob(self, school_code: str, sha256: str, size: int, media_type: str) -> None:
        """Record the blob and its holder (idempotent)."""
        with self._write() as con:
            con.execute("INSERT OR IGNORE INTO blobs(sha256, size, media_type) VALUES (?, ?, ?)",
                        (sha256, size, media_type))
            con.execute("INSERT OR IGNORE INTO blob_owners(sha256, school_code) VALUES (?, ?)", (sha256, school_code))

    # --- submissions ---------------------------------------------------------------------------
    def find(self, record_id: str, version: int) -> StoredSubmission | None:
        """The stored submission for (record_id, version)."""
        row = self._one(_SUBMISSION + " WHERE record_id = ? AND version = ?", (record_id, version))
        return StoredSubmission(*row) if row else None

    def highest_version(self, record_id: str) -> int:
        """The highest stored version of a record (0 if none)."""
        return int(self._one("SELECT max(version) FROM submissions WHERE record_id = ?", (record_id,))[0] or 0)

    def current_pdf_sha(self, record_id: str, version: int) -> str | None:
        """The version's current signed PDF: the newest validation update's, else the submission's."""
        row = self._one("SELECT blob_sha256 FROM validation_updates WHERE record_id = ? AND version = ? "
                        "ORDER BY seq DESC LIMIT 1", (record_id, version))
        if row:
            return row[0]
        row = self._one("SELECT envelope FROM submissions WHERE record_id = ? AND version = ?",
                        (record_id, version))
        return signed_pdf_of(row[0] if row else None)

    def add_validation_update(self, record_id: str, version: int, blob_sha256: str, received_at: str) -> bool:
        """Record a newer file of a stored version; False when this file was already recorded."""
        with self._write() as con:
            cur = con.execute("INSERT OR IGNORE INTO validation_updates(record_id, version, blob_sha256, received_at) "
                              "VALUES (?, ?, ?, ?)", (record_id, version, blob_sha256, received_at))
            return cur.rowcount > 0

    def validation_update_received_at(self, record_id: str, version: int, blob_sha256: str) -> str | None:
        """When this file became the version's current one by a validation-data update (None: it did not)."""
        row = self._one("SELECT received_at FROM validation_updates WHERE record_id = ? AND version = ? "
                        "AND blob_sha256 = ?", (record_id, version, blob_sha256))
        return row[0] if row else None

    def owner_of(self, record_id: str) -> str | None:
        """The school that first stored `record_id`."""
        row = self._one("SELECT school_code FROM record_owners WHERE record_id = ?", (record_id,))
        return row[0] if row else None

    def insert(self, envelope: dict, envelope_json: str, *, school_code: str, device_id: str, received_at: str,
               receipt: str, also_claim: str | None = None) -> InsertOutcome:
        """Claim the ids for the school and store the submission, in one transaction."""
        try:
            with self._write() as con:
                return self._insert(con, envelope, envelope_json, school_code, device_id, received_at, receipt,
                                    also_claim)
        except NotOwnerError:  # raised inside the transaction, which rolled back: nothing was claimed
            return InsertOutcome.NOT_OWNER

    @staticmethod
    def _insert(con: sqlite3.Connection, envelope: dict, envelope_json: str, school_code: str, device_id: str,
                received_at: str, receipt: str, also_claim: str | None) -> InsertOutcome:
        for rid in filter(None, (envelope["record_id"], also_claim)):
            con.execute("INSERT OR IGNORE INTO record_owners(record_id, school_code) VALUES (?, ?)",
                        (rid, school_code))
            if con.execute("SELECT school_code FROM record_owners WHERE record_id = ?",
                           (rid,)).fetchone()[0] != school_code:
                raise NotOwnerError(rid)
        cur = con.execute(
            "INSERT OR IGNORE INTO submissions(record_id, version, sha256, kind, event, school_code, device_id, "
            "envelope, received_at, receipt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            submission_row(envelope, envelope_json, school_code, device_id, received_at, receipt))
        if not cur.rowcount:
            return InsertOutcome.EXISTS
        con.execute("INSERT INTO store_events(record_id, version) VALUES (?, ?)",
                    (envelope["record_id"], envelope["version"]))
        return InsertOutcome.STORED

    def mark_revoked(self, record_id: str, version: int, *, reason: str, decided_by: str, envelope_id: str,
                     received_at: str) -> None:
        """Record that (record_id, version) was revoked (the first revocation stays)."""
        with self._write() as con:
            con.execute("INSERT OR IGNORE INTO revocations(record_id, version, reason, decided_by, envelope_id, "
                        "received_at) VALUES (?, ?, ?, ?, ?, ?)",
                        (record_id, version, reason, decided_by, envelope_id, received_at))

    def revocation(self, record_id: str, version: int) -> dict | None:
        """The revocation of a record version, or None."""
        row = self._one("SELECT reason, decided_by, envelope_id, received_at FROM revocations "
                        "WHERE record_id = ? AND version = ?", (record_id, version))
        return dict(zip(("reason", "decided_by", "envelope_id", "received_at"), row, strict=True)) if row else None

    def stored_events(self) -> int:
        """How many times a submission was stored as new."""
        return int(self._one("SELECT count(*) FROM store_events")[0])

    def all_submissions(self) -> list[StoredSubmission]:
        """Every stored submission."""
        rows = self._con().execute(_SUBMISSION + " ORDER BY record_id, version").fetchall()
        return [StoredSubmission(*r) for r in rows]

    def school_envelopes(self, school_code: str) -> list[tuple[str, str]]:
        """(envelope JSON, receipt) of a school's submissions, oldest first."""
        return self._con().execute("SELECT envelope, receipt FROM submissions WHERE school_code = ? "
                                   "ORDER BY received_at, record_id, version", (school_code,)).fetchall()

    def school_blobs(self, school_code: str) -> list[tuple[str, str]]:
        """(sha256, media type) of the blobs a school holds."""
        return self._con().execute("SELECT b.sha256, b.media_type FROM blob_owners o JOIN blobs b USING (sha256) "
                                   "WHERE o.school_code = ? ORDER BY b.sha256", (school_code,)).fetchall()

    # --- audit anchors (issue 21) ------------------------------------------------------------
    def add_anchors(self, school_code: str, anchors: list[dict], received_at: str) -> int:
        """Store a school's audit anchors in one transaction (the same anchor twice is kept once); how many were new."""
        with self._write() as con:
            return sum(con.execute("INSERT OR IGNORE INTO audit_anchors VALUES (?, ?, ?, ?, ?, ?)",
                                   (school_code, *anchor_row(a), received_at)).rowcount for a in anchors)

    def anchors_of(self, school_code: str) -> list[dict]:
        """Every audit anchor of a school, oldest first."""
        rows = self._con().execute("SELECT body FROM audit_anchors WHERE school_code = ? ORDER BY to_seq, from_seq",
                                   (school_code,)).fetchall()
        return [json.loads(r[0]) for r in rows]

    # --- inbox ---------------------------------------------------------------------------------
    def post_inbox(self, school_code: str, type_: str, body: dict) -> str:
        """Queue a message for a school; return its cursor."""
        with self._write() as con:
            cur = con.execute("INSERT INTO inbox(school_code, type, body) VALUES (?, ?, ?)",
                              (school_code, type_, json.dumps(body, ensure_ascii=False)))
        return str(cur.lastrowid)

    def inbox_after(self, school_code: str, after: int, limit: int) -> list[tuple[str, str, dict]]:
        """Messages for a school after a cursor, oldest first."""
        rows = self._con().execute("SELECT cursor, type, body FROM inbox WHERE school_code = ? AND cursor > ? "
                                   "ORDER BY cursor LIMIT ?", (school_code, after, limit)).fetchall()
        return [(str(c), t, json.loads(b)) for c, t, b in rows]

    # --- schools -------------------------------------------------------------------------------
    def add_school(self, code: str, name: str, token_sha256: str, created_at: str) -> None:
        """Register a school with its token's hash."""
        try:
            with self._write() as con:
                con.execute("INSERT INTO schools(code, name, token_sha256, created_at) VALUES (?, ?, ?, ?)",
                            (code, name, token_sha256, created_at))
        except sqlite3.IntegrityError as exc:
            raise DuplicateSchoolError(code) from exc

    def replace_token(self, code: str, token_sha256: str) -> bool:
        """Give a school a new token (un-revoking it)."""
        with self._write() as con:
            return con.execute("UPDATE schools SET token_sha256 = ?, revoked_at = NULL WHERE code = ?",
                               (token_sha256, code)).rowcount > 0

    def school_for_token(self, token_sha256: str) -> SchoolAccount | None:
        """The school a token hash belongs to."""
        row = self._one("SELECT s.code, s.name, s.created_at, s.revoked_at, c.at FROM schools s "
                        "LEFT JOIN contacts c ON c.school_code = s.code WHERE s.token_sha256 = ?", (token_sha256,))
        return SchoolAccount(*row) if row else None

    def schools(self) -> list[SchoolAccount]:
        """Every registered school."""
        rows = self._con().execute("SELECT s.code, s.name, s.created_at, s.revoked_at, c.at FROM schools s "
                                   "LEFT JOIN contacts c ON c.school_code = s.code ORDER BY s.code").fetchall()
        return [SchoolAccount(*r) for r in rows]

    def revoke_school(self, code: str, at: str) -> bool:
        """Revoke a school's token."""
        with self._write() as con:
            return con.execute("UPDATE schools SET revoked_at = ? WHERE code = ?", (at, code)).rowcount > 0

    def touch_school(self, code: str, at: str) -> None:
        """Record the last contact of a school."""
        with self._write() as con:
            con.execute("INSERT INTO contacts(school_code, at) VALUES (?, ?) "
                        "ON CONFLICT(school_code) DO UPDATE SET at = excluded.at", (code, at))

    def stats(self) -> list[SchoolStats]:
        """Per school code: records, versions, revocations, blobs, last contact."""
        return [SchoolStats(*r[:7], bool(r[7])) for r in self._con().execute(STATS_QUERY).fetchall()]

    # --- secrets -------------------------------------------------------------------------------
    def secret(self, name: str, make: Callable[[], str]) -> str:
        """The named secret, created once (the first writer wins)."""
        row = self._one("SELECT value FROM secrets WHERE name = ?", (name,))
        if row:
            return row[0]
        with self._write() as con:
            con.execute("INSERT OR IGNORE INTO secrets(name, value) VALUES (?, ?)", (name, make()))
            return con.execute("SELECT value FROM secrets WHERE name = ?", (name,)).fetchone()[0]


def _statements(sql: str) -> list[str]:
    """Split a schema file into statements (the files hold no semicolons inside literals)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]
