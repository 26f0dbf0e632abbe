"""The outbox: what must reach the central system, written in the same transaction as the change.

design.md decision 6. `enqueue` is called by the signing layer inside its issuance (or revocation,
or correction) transaction; it stores the protocol envelope (central-api.md) as canonical JSON and
is idempotent on (record_id, version, kind). The sync engine moves items through the states below,
always ordered by `seq` (never by a clock):

    queued ──► sending ──► delivered (receipt kept) | stale | conflict | rejected | waiting
       ▲          │
       └──────────┘  (answer lost, offline, killed: safe to re-send, every item is idempotent)

`conflict`, `rejected` and `waiting` wait for a person: they are never re-sent until `retry` is called.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import rfc8785

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage.connection import utc_now

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

STATES = ("queued", "sending", "delivered", "stale", "conflict", "rejected", "waiting")
PENDING_STATES = ("queued", "sending")
NEEDS_PERSON_STATES = ("conflict", "rejected", "waiting")
_COLUMNS = ("seq, record_id, version, kind, event, envelope, sha256, state, attempts, last_error, errors, "
            "receipt, received_at, created_at")


@dataclass(frozen=True)
class OutboxItem:
    """One outbox row: an envelope and its delivery state."""

    seq: int
    record_id: str
    version: int
    kind: str
    event: str
    envelope: bytes
    sha256: str
    state: str
    attempts: int
    last_error: str
    errors: tuple[dict, ...]
    receipt: str | None
    received_at: str | None
    created_at: str

    def envelope_dict(self) -> dict:
        """The envelope as a dict (for the request body)."""
        return json.loads(self.envelope)

    @property
    def blob_hashes(self) -> tuple[str, ...]:
        """The SHA-256 of each blob the envelope names, in order."""
        return tuple(b["sha256"] for b in self.envelope_dict().get("blobs", []))


def _row_to_item(row: tuple) -> OutboxItem:
    (seq, record_id, version, kind, event, envelope, sha256, state, attempts, last_error, errors,
     receipt, received_at, created_at) = row
    return OutboxItem(seq, record_id, int(version), kind, event, bytes(envelope), sha256, state, int(attempts),
                      last_error, tuple(json.loads(errors)), receipt, received_at, created_at)


def enqueue(db: SchoolDatabase, *, record_id: str, version: int, kind: str, event: str, payload: dict,
            payload_bytes: bytes, payload_sha256: str, blobs: list[dict], updated_at: str) -> int:
    """Add one record version to the outbox (inside the caller's transaction); return its seq.

    Idempotent on (record_id, version, kind): enqueueing the same item again returns the first seq;
    the same key with a different payload raises InvalidInputError. Every blob named must already be
    stored (`blobs_repo.put_blob`). Raises InvalidInputError if the payload bytes are not the
    canonical (RFC 8785) form of `payload` or do not hash to `payload_sha256`.
    """
    if rfc8785.dumps(payload) != payload_bytes:
        raise InvalidInputError(_("Dữ liệu gửi đi không ở dạng chuẩn RFC 8785."), field="payload")
    if hashlib.sha256(payload_bytes).hexdigest() != payload_sha256:
        raise InvalidInputError(_("Mã băm của dữ liệu gửi đi không khớp."), field="payload_sha256")
    if int(version) < 1:
        raise InvalidInputError(_("Phiên bản học bạ phải là số nguyên dương."), field="version")
    for blob in blobs:
        if db.query_one("SELECT 1 FROM blobs WHERE sha256 = ?", (blob["sha256"],)) is None:
            raise InvalidInputError(_("Tệp đính kèm {h} chưa được lưu.", h=blob["sha256"][:12]), field="blobs")
    envelope = {
        "record_id": record_id, "kind": kind, "version": int(version), "event": event, "updated_at": updated_at,
        "sha256": payload_sha256, "payload": payload,
        "blobs": [{"sha256": b["sha256"], "role": b["role"], "media_type": b["media_type"]} for b in blobs],
    }
    with db.transaction():
        existing = db.query_one("SELECT seq, sha256 FROM outbox WHERE record_id = ? AND version = ? AND kind = ?",
                                (record_id, int(version), kind))
        if existing is not None:
            if existing[1] != payload_sha256:
                raise InvalidInputError(_("Phiên bản {v} của học bạ này đã được xếp hàng gửi với dữ liệu khác.",
                                          v=version), field="version")
            return int(existing[0])
        cur = db.execute(
            "INSERT INTO outbox(record_id, version, kind, event, envelope, sha256, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (record_id, int(version), kind, event, rfc8785.dumps(envelope), payload_sha256, utc_now()))
        return int(cur.lastrowid)


VALIDATION_UPDATE = "validation_data"


def enqueue_validation_update(db: SchoolDatabase, *, record_id: str, version: int, kind: str, payload: dict,
                              payload_bytes: bytes, payload_sha256: str, blob: dict, updated_at: str) -> int:
    """Queue a new signed file of a version already queued: the same envelope with `"update": "validation_data"`.

    The centre keeps it as the version's current file (central-api.md, validation-data update); the row's
    kind is `validation_data/<first 16 hex of the blob>`, so each upgraded file is queued once.
    """
    if hashlib.sha256(payload_bytes).hexdigest() != payload_sha256 or rfc8785.dumps(payload) != payload_bytes:
        raise InvalidInputError(_("Mã băm của dữ liệu gửi đi không khớp."), field="payload_sha256")
    if db.query_one("SELECT 1 FROM blobs WHERE sha256 = ?", (blob["sha256"],)) is None:
        raise InvalidInputError(_("Tệp đính kèm {h} chưa được lưu.", h=blob["sha256"][:12]), field="blobs")
    envelope = {"record_id": record_id, "kind": kind, "version": int(version), "event": "UPDATE",
                "update": VALIDATION_UPDATE, "updated_at": updated_at, "sha256": payload_sha256, "payload": payload,
                "blobs": [{"sha256": blob["sha256"], "role": blob["role"], "media_type": blob["media_type"]}]}
    row_kind = f"{VALIDATION_UPDATE}/{blob['sha256'][:16]}"
    existing = db.query_one("SELECT seq FROM outbox WHERE record_id = ? AND version = ? AND kind = ?",
                            (record_id, int(version), row_kind))
    if existing is not None:
        return int(existing[0])
    cur = db.execute("INSERT INTO outbox(record_id, version, kind, event, envelope, sha256, created_at) "
                     "VALUES (?, ?, ?, 'UPDATE', ?, ?, ?)",
                     (record_id, int(version), row_kind, rfc8785.dumps(envelope), payload_sha256, utc_now()))
    return int(cur.lastrowid)


def find_item(db: SchoolDatabase, record_id: str, version: int, sha256: str) -> OutboxItem | None:
    """The item for this record version and payload hash, if any."""
    row = db.query_one(f"SELECT {_COLUMNS} FROM outbox WHERE record_id = ? AND version = ? AND sha256 = ? "
                       "ORDER BY seq LIMIT 1", (record_id, int(version), sha256))
    return _row_to_item(row) if row else None


def queued_items(db: SchoolDatabase, *, limit: int, after_seq: int = 0) -> list[OutboxItem]:
    """Items waiting to be sent, oldest first (by seq)."""
    rows = db.query(f"SELECT {_COLUMNS} FROM outbox WHERE state = 'queued' AND seq > ? ORDER BY seq LIMIT ?",
                    (after_seq, limit))
    return [_row_to_item(r) for r in rows]


def pending_items(db: SchoolDatabase) -> list[OutboxItem]:
    """Every item not yet delivered and not waiting for a person (queued or sending), by seq."""
    rows = db.query(f"SELECT {_COLUMNS} FROM outbox WHERE state IN ('queued', 'sending') ORDER BY seq")
    return [_row_to_item(r) for r in rows]


def list_items(db: SchoolDatabase, *, states: Iterable[str] | None = None, limit: int = 500) -> list[OutboxItem]:
    """Items for display, newest first, optionally only in `states`."""
    if states is None:
        rows = db.query(f"SELECT {_COLUMNS} FROM outbox ORDER BY seq DESC LIMIT ?", (limit,))
    else:
        wanted = list(states)
        marks = ",".join("?" * len(wanted))
        rows = db.query(f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY seq DESC LIMIT ?",
                        (*wanted, limit))
    return [_row_to_item(r) for r in rows]


def state_counts(db: SchoolDatabase) -> dict[str, int]:
    """How many items are in each state (every state present, zero if none)."""
    counts = dict.fromkeys(STATES, 0)
    for state, n in db.query("SELECT state, count(*) FROM outbox GROUP BY state"):
        counts[state] = int(n)
    return counts


def reset_sending(db: SchoolDatabase) -> int:
    """Put items left in 'sending' (a run that was killed) back in the queue; return how many."""
    with db.transaction():
        return db.execute("UPDATE outbox SET state = 'queued' WHERE state = 'sending'").rowcount


def mark_sending(db: SchoolDatabase, seqs: Iterable[int]) -> None:
    """Mark items as being sent (committed before the request, so the panel shows it)."""
    with db.transaction():
        db.executemany("UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                       "WHERE seq = ? AND state IN ('queued', 'sending')", [(s,) for s in seqs])


def mark_delivered(db: SchoolDatabase, seq: int, *, receipt: str, received_at: str) -> bool:
    """Record the server's verified receipt; return False if the item was already delivered."""
    cur = db.execute("UPDATE outbox SET state = 'delivered', receipt = ?, received_at = ?, last_error = '', "
                     "errors = '[]' WHERE seq = ? AND state <> 'delivered'", (receipt, received_at, seq))
    return cur.rowcount > 0


def mark_outcome(db: SchoolDatabase, seq: int, state: str, *, errors: list[dict] | None = None,
                 last_error: str = "") -> None:
    """Set a final or waiting state (stale, conflict, rejected, waiting) with the server's errors."""
    if state not in ("stale", "conflict", "rejected", "waiting"):
        raise ValueError(f"not an outcome state: {state}")
    db.execute("UPDATE outbox SET state = ?, errors = ?, last_error = ? WHERE seq = ? AND state <> 'delivered'",
               (state, json.dumps(errors or [], ensure_ascii=False), last_error, seq))


def requeue(db: SchoolDatabase, seq: int, *, last_error: str) -> None:
    """Put an item back in the queue after a failure that a later attempt may overcome."""
    db.execute("UPDATE outbox SET state = 'queued', last_error = ? WHERE seq = ? AND state IN ('queued', 'sending')",
               (last_error, seq))


def retry(db: SchoolDatabase, seq: int) -> None:
    """A person asks to send an item again (after fixing what the server rejected)."""
    with db.transaction():
        db.execute("UPDATE outbox SET state = 'queued', errors = '[]', last_error = '' "
                   "WHERE seq = ? AND state IN ('conflict', 'rejected', 'waiting', 'stale')", (seq,))
