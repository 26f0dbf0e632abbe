"""The province's store: PostgreSQL through psycopg 3 and its connection pool.

Every write is one transaction; exactly-once comes from the primary keys and `ON CONFLICT DO NOTHING`,
so any number of server processes (`--workers N`, or several machines) share one database. Migrations
take a transaction-level advisory lock, so processes starting together apply each file once.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import psycopg
from psycopg_pool import ConnectionPool

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
_MIGRATION_LOCK = 7_420_260_001  # pg_advisory_xact_lock key of the schema migration
POOL_MAX = 16
WAIT_S = 30  # longest wait for a connection (the pool's) and for the first one (the probe's connect timeout)


class PostgresStore:
    """The CentralStore over a PostgreSQL database."""

    engine = "postgresql"

    def __init__(self, url: str, *, pool_max: int = POOL_MAX) -> None:
        # One direct connection first: a database that refuses us (stopped, wrong port or user) is said at once,
        # where the pool would keep retrying in the background and answer only after its whole wait.
        psycopg.connect(url, connect_timeout=WAIT_S).close()
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_max, open=True, timeout=WAIT_S,
                                    kwargs={"autocommit": False})
        self._migrate()

    def _migrate(self) -> None:
        with self._pool.connection() as con, con.transaction():
            con.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            con.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
            row = con.execute("SELECT max(version) FROM schema_version").fetchone()
            for number, sql in pending("postgres", int(row[0] or 0)):
                con.execute(sql)
                con.execute("INSERT INTO schema_version(version) VALUES (%s)", (number,))

    def close(self) -> None:
        """Close the pool."""
        self._pool.close()

    def _one(self, sql: str, args: tuple = ()) -> tuple | None:
        with self._pool.connection() as con:
            return con.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._pool.connection() as con:
            return con.execute(sql, args).fetchall()

    def _run(self, sql: str, args: tuple = ()) -> int:
        with self._pool.connection() as con:
            return con.execute(sql, args).rowcount

    # --- blobs ---------------------------------------------------------------------------------
    def blob_owned(self, school_code: str, sha256: str) -> bool:
        """Whether `school_code` has uploaded the blob."""
        return self._one("SELECT 1 FROM blob_owners WHERE sha256 = %s AND school_code = %s",
                         (sha256, school_code)) is not None

    def add_blob(self, school_code: str, sha256: str, size: int, media_type: str) -> None:
        """Record the blob and its holder (idempotent)."""
        with self._pool.connection() as con:
            con.execute("INSERT INTO blobs(sha256, size, media_type) VALUES (%s, %s, %s) ON CONFLICT DO NOTHING",
                        (sha256, size, media_type))
            con.execute("INSERT INTO blob_owners(sha256, school_code) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                        (sha256, school_code))

    # --- submissions ---------------------------------------------------------------------------
    def find(self, record_id: str, version: int) -> StoredSubmission | None:
        """The stored submission for (record_id, version)."""
        row = self._one(_SUBMISSION + " WHERE record_id = %s AND version = %s", (record_id, version))
        return StoredSubmission(*row) if row else None

    def highest_version(self, record_id: str) -> int:
        """The highest stored version of a record (0 if none)."""
        return int(self._one("SELECT max(version) FROM submissions WHERE record_id = %s", (record_id,))[0] or 0)

    def current_pdf_sha(self, record_id: str, version: int) -> str | None:
        """The version's current signed PDF: the newest validation update's, else the submission's."""
        row = self._one("SELECT blob_sha256 FROM validation_updates WHERE record_id = %s AND version = %s "
                        "ORDER BY seq DESC LIMIT 1", (record_id, version))
        if row:
            return row[0]
        row = self._one("SELECT envelope FROM submissions WHERE record_id = %s AND version = %s",
                        (record_id, version))
        return signed_pdf_of(row[0] if row else None)

    def add_validation_update(self, record_id: str, version: int, blob_sha256: str, received_at: str) -> bool:
        """Record a newer file of a stored version; False when this file was already recorded."""
        return self._run("INSERT INTO validation_updates(record_id, version, blob_sha256, received_at) "
                         "VALUES (%s, %s, %s, %s) ON CONFLICT DO NOTHING",
                         (record_id, version, blob_sha256, received_at)) > 0

    def validation_update_received_at(self, record_id: str, version: int, blob_sha256: str) -> str | None:
        """When this file became the version's current one by a validation-data update (None: it did not)."""
        row = self._one("SELECT received_at FROM validation_updates WHERE record_id = %s AND version = %s "
                        "AND blob_sha256 = %s", (record_id, version, blob_sha256))
        return row[0] if row else None

    def owner_of(self, record_id: str) -> str | None:
        """The school that first stored `record_id`."""
        row = self._one("SELECT school_code FROM record_owners WHERE record_id = %s", (record_id,))
        return row[0] if row else None

    def insert(self, envelope: dict, envelope_json: str, *, school_code: str, device_id: str, received_at: str,
               receipt: str, also_claim: str | None = None) -> InsertOutcome:
        """Claim the ids for the school and store the submission, in one transaction."""
        try:
            with self._pool.connection() as con, con.transaction():
                for rid in filter(None, (envelope["record_id"], also_claim)):
                    con.execute("INSERT INTO record_owners(record_id, school_code) VALUES (%s, %s) "
                                "ON CONFLICT DO NOTHING", (rid, school_code))
                    owner = con.execute("SELECT school_code FROM record_owners WHERE record_id = %s",
                                        (rid,)).fetchone()[0]
                    if owner != school_code:
                        raise NotOwnerError(rid)
                cur = con.execute(
                    "INSERT INTO submissions(record_id, version, sha256, kind, event, school_code, device_id, "
                    "envelope, received_at, receipt) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (record_id, version) DO NOTHING",
                    submission_row(envelope, envelope_json, school_code, device_id, received_at, receipt))
                if not cur.rowcount:
                    return InsertOutcome.EXISTS
                con.execute("INSERT INTO store_events(record_id, version) VALUES (%s, %s)",
                            (envelope["record_id"], envelope["version"]))
                return InsertOutcome.STORED
        except NotOwnerError:  # the transaction rolled back: nothing was claimed
            return InsertOutcome.NOT_OWNER

    def mark_revoked(self, record_id: str, version: int, *, reason: str, decided_by: str, envelope_id: str,
                     received_at: str) -> None:
        """Record that (record_id, version) was revoked (the first revocation stays)."""
        self._run("INSERT INTO revocations(record_id, version, reason, decided_by, envelope_id, received_at) "
                  "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                  (record_id, version, reason, decided_by, envelope_id, received_at))

    def revocation(self, record_id: str, version: int) -> dict | None:
        """The revocation of a record version, or None."""
        row = self._one("SELECT reason, decided_by, envelope_id, received_at FROM revocations "
                        "WHERE record_id = %s AND version = %s", (record_id, version))
        return dict(zip(("reason", "decided_by", "envelope_id", "received_at"), row, strict=True)) if row else None

    def stored_events(self) -> int:
        """How many times a submission was stored as new."""
        return int(self._one("SELECT count(*) FROM store_events")[0])

    def all_submissions(self) -> list[StoredSubmission]:
        """Every stored submission."""
        return [StoredSubmission(*r) for r in self._all(_SUBMISSION + " ORDER BY record_id, version")]

    def school_envelopes(self, school_code: str) -> list[tuple[str, str]]:
        """(envelope JSON, receipt) of a school's submissions, oldest first."""
        return self._all("SELECT envelope, receipt FROM submissions WHERE school_code = %s "
                         "ORDER BY received_at, record_id, version", (school_code,))

    def school_blobs(self, school_code: str) -> list[tuple[str, str]]:
        """(sha256, media type) of the blobs a school holds."""
        return self._all("SELECT b.sha256, b.media_type FROM blob_owners o JOIN blobs b USING (sha256) "
                         "WHERE o.school_code = %s ORDER BY b.sha256", (school_code,))

    # --- audit anchors (issue 21) ------------------------------------------------------------
    def add_anchors(self, school_code: str, anchors: list[dict], received_at: str) -> int:
        """Store a school's audit anchors in one transaction (the same anchor twice is kept once); how many were new."""
        with self._pool.connection() as con:
            return sum(con.execute("INSERT INTO audit_anchors VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING",
                                   (school_code, *anchor_row(a), received_at)).rowcount for a in anchors)

    def anchors_of(self, school_code: str) -> list[dict]:
        """Every audit anchor of a school, oldest first."""
        rows = self._all("SELECT body FROM audit_anchors WHERE school_code = %s ORDER BY to_seq, from_seq",
                         (school_code,))
        return [json.loads(r[0]) for r in rows]

    # --- inbox ---------------------------------------------------------------------------------
    def post_inbox(self, school_code: str, type_: str, body: dict) -> str:
        """Queue a message for a school; return its cursor."""
        row = self._one("INSERT INTO inbox(school_code, type, body) VALUES (%s, %s, %s) RETURNING cursor",
                        (school_code, type_, json.dumps(body, ensure_ascii=False)))
        return str(row[0])

    def inbox_after(self, school_code: str, after: int, limit: int) -> list[tuple[str, str, dict]]:
        """Messages for a school after a cursor, oldest first."""
        rows = self._all("SELECT cursor, type, body FROM inbox WHERE school_code = %s AND cursor > %s "
                         "ORDER BY cursor LIMIT %s", (school_code, after, limit))
        return [(str(c), t, json.loads(b)) for c, t, b in rows]

    # --- schools -------------------------------------------------------------------------------
    def add_school(self, code: str, name: str, token_sha256: str, created_at: str) -> None:
        """Register a school with its token's hash."""
        try:
            self._run("INSERT INTO schools(code, name, token_sha256, created_at) VALUES (%s, %s, %s, %s)",
                      (code, name, token_sha256, created_at))
        except psycopg.errors.UniqueViolation as exc:
            raise DuplicateSchoolError(code) from exc

    def replace_token(self, code: str, token_sha256: str) -> bool:
        """Give a school a new token (un-revoking it)."""
        return self._run("UPDATE schools SET token_sha256 = %s, revoked_at = NULL WHERE code = %s",
                         (token_sha256, code)) > 0

    def school_for_token(self, token_sha256: str) -> SchoolAccount | None:
        """The school a token hash belongs to."""
        row = self._one("SELECT s.code, s.name, s.created_at, s.revoked_at, c.at FROM schools s "
                        "LEFT JOIN contacts c ON c.school_code = s.code WHERE s.token_sha256 = %s", (token_sha256,))
        return SchoolAccount(*row) if row else None

    def schools(self) -> list[SchoolAccount]:
        """Every registered school."""
        return [SchoolAccount(*r) for r in self._all(
            "SELECT s.code, s.name, s.created_at, s.revoked_at, c.at FROM schools s "
            "LEFT JOIN contacts c ON c.school_code = s.code ORDER BY s.code")]

    def revoke_school(self, code: str, at: str) -> bool:
        """Revoke a school's token."""
        return self._run("UPDATE schools SET revoked_at = %s WHERE code = %s", (at, code)) > 0

    def touch_school(self, code: str, at: str) -> None:
        """Record the last contact of a school."""
        self._run("INSERT INTO contacts(school_code, at) VALUES (%s, %s) "
                  "ON CONFLICT (school_code) DO UPDATE SET at = excluded.at", (code, at))

    def stats(self) -> list[SchoolStats]:
        """Per school code: records, versions, revocations, blobs, last contact."""
        return [SchoolStats(*r[:7], bool(r[7])) for r in self._all(STATS_QUERY)]

    # --- secrets -------------------------------------------------------------------------------
    def secret(self, name: str, make: Callable[[], str]) -> str:
        """The named secret, created once (the first writer wins)."""
        row = self._one("SELECT value FROM secrets WHERE name = %s", (name,))
        if row:
            return row[0]
        with self._pool.connection() as con:
            con.execute("INSERT INTO secrets(name, value) VALUES (%s, %s) ON CONFLICT DO NOTHING", (name, make()))
            return con.execute("SELECT value FROM secrets WHERE name = %s", (name,)).fetchone()[0]
