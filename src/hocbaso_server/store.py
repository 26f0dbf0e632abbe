"""The server's store: one interface, two engines (SQLite embedded, PostgreSQL for a province).

`stores.open_store(target)` takes a data folder (SQLite in `DIR/central.sqlite3`) or a `postgresql://` URL.
Exactly-once is held by the database, not by a process-local lock: `(record_id, version)` is a primary
key, and a record id belongs to the school that first stored it (`record_owners`), claimed in the same
transaction as the submission. So several server processes, or machines, can share one database.

Schema files live in `schema/<engine>/NNNN_*.sql` and run forward only (see `migrations.py`).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class StoredSubmission:
    """One stored (record_id, version)."""

    record_id: str
    version: int
    sha256: str
    received_at: str
    receipt: str


@dataclass(frozen=True)
class SchoolAccount:
    """A school known to the province: its code, name, and whether its token was revoked."""

    code: str
    name: str
    created_at: str
    revoked_at: str | None
    last_contact: str | None


@dataclass(frozen=True)
class SchoolStats:
    """What one school has sent (for `hocbaso server stats`)."""

    code: str
    name: str
    records: int
    versions: int
    revocations: int
    blobs: int
    last_contact: str | None
    revoked: bool


class InsertOutcome(enum.Enum):
    """What `CentralStore.insert` did."""

    STORED = "stored"          # new (record_id, version), owned by the school
    EXISTS = "exists"          # another request stored the same (record_id, version) first
    NOT_OWNER = "not_owner"    # the record id (or the record a revocation names) belongs to another school


class CentralStore(Protocol):
    """What the server needs from its database; both engines implement it."""

    engine: str

    def close(self) -> None:
        """Release connections."""

    # blobs (rows only; bytes are in the BlobStore)
    def blob_owned(self, school_code: str, sha256: str) -> bool:
        """Whether `school_code` has uploaded the blob."""

    def add_blob(self, school_code: str, sha256: str, size: int, media_type: str) -> None:
        """Record the blob and that `school_code` holds it (idempotent)."""

    # submissions
    def find(self, record_id: str, version: int) -> StoredSubmission | None:
        """The stored submission for (record_id, version)."""

    def highest_version(self, record_id: str) -> int:
        """The highest stored version of a record (0 if none)."""

    def current_pdf_sha(self, record_id: str, version: int) -> str | None:
        """The version's current signed PDF: the newest validation update's, else the submission's."""

    def add_validation_update(self, record_id: str, version: int, blob_sha256: str, received_at: str) -> bool:
        """Record a newer file of a stored version; False when this file was already recorded."""

    def validation_update_received_at(self, record_id: str, version: int, blob_sha256: str) -> str | None:
        """When this file became the version's current one by a validation-data update (None: it did not)."""

    def owner_of(self, record_id: str) -> str | None:
        """The school that first stored `record_id`, or None."""

    def insert(self, envelope: dict, envelope_json: str, *, school_code: str, device_id: str, received_at: str,
               receipt: str, also_claim: str | None = None) -> InsertOutcome:
        """Claim the record id (and `also_claim`) for the school and store the submission, in one transaction."""

    def mark_revoked(self, record_id: str, version: int, *, reason: str, decided_by: str, envelope_id: str,
                     received_at: str) -> None:
        """Record that (record_id, version) was revoked (the first revocation stays)."""

    def revocation(self, record_id: str, version: int) -> dict | None:
        """The revocation of a record version, or None."""

    def stored_events(self) -> int:
        """How many times a submission was stored as new (a duplicate store would show here)."""

    def all_submissions(self) -> list[StoredSubmission]:
        """Every stored submission (tests, bench)."""

    def school_envelopes(self, school_code: str) -> list[tuple[str, str]]:
        """(envelope JSON, receipt) of every submission of a school, oldest first."""

    def school_blobs(self, school_code: str) -> list[tuple[str, str]]:
        """(sha256, media type) of every blob a school holds."""

    # audit anchors (issue 21)
    def add_anchors(self, school_code: str, anchors: list[dict], received_at: str) -> int:
        """Store a school's audit anchors in one transaction (the same anchor twice is kept once); how many were new."""

    def anchors_of(self, school_code: str) -> list[dict]:
        """Every audit anchor of a school, oldest first."""

    # inbox
    def post_inbox(self, school_code: str, type_: str, body: dict) -> str:
        """Queue a message for a school; return its cursor."""

    def inbox_after(self, school_code: str, after: int, limit: int) -> list[tuple[str, str, dict]]:
        """Messages for a school after a cursor, oldest first."""

    # schools and their credentials
    def add_school(self, code: str, name: str, token_sha256: str, created_at: str) -> None:
        """Register a school with the hash of its token (DuplicateSchoolError if the code exists)."""

    def replace_token(self, code: str, token_sha256: str) -> bool:
        """Give a school a new token (un-revoking it); False if unknown."""

    def school_for_token(self, token_sha256: str) -> SchoolAccount | None:
        """The school a token hash belongs to (revoked ones included: the caller decides)."""

    def schools(self) -> list[SchoolAccount]:
        """Every registered school."""

    def revoke_school(self, code: str, at: str) -> bool:
        """Revoke a school's token; False if unknown."""

    def touch_school(self, code: str, at: str) -> None:
        """Record the last contact of a school."""

    def stats(self) -> list[SchoolStats]:
        """Per school code: records, versions, revocations, blobs, last contact."""

    # server secrets (the receipt key: shared by every process of the server)
    def secret(self, name: str, make: callable) -> str:
        """The named secret, created once with `make()` (the first writer wins across processes)."""


class NotOwnerError(Exception):
    """Raised inside an insert's transaction when a record id belongs to another school (rolls it back)."""


class DuplicateSchoolError(Exception):
    """A school with that code is already registered."""
