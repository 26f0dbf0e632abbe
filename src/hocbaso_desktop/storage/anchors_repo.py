"""The audit anchors table (schema 0012): signed heads of the audit chain, and whether the centre has them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase


@dataclass(frozen=True)
class Anchor:
    """One signed head of the audit chain."""

    id: int
    from_seq: int
    to_seq: int
    head: str
    hashes: tuple[str, ...]
    at: str
    message: bytes
    signature: bytes
    cert_der: bytes
    sent_at: str | None


_COLS = "id, from_seq, to_seq, head, hashes, at, message, signature, cert_der, sent_at"


def _anchor(r: tuple) -> Anchor:
    return Anchor(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5], bytes(r[6]), bytes(r[7]), bytes(r[8]), r[9])


def add(db: SchoolDatabase, *, from_seq: int, to_seq: int, head: str, hashes: list[str], at: str, message: bytes,
        signature: bytes, cert_der: bytes) -> None:
    """Store a new anchor (inside the caller's transaction)."""
    db.execute("INSERT INTO audit_anchors(from_seq, to_seq, head, hashes, at, message, signature, cert_der) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (from_seq, to_seq, head, json.dumps(hashes), at, message, signature, cert_der))


def all_anchors(db: SchoolDatabase) -> list[Anchor]:
    """Every anchor, oldest first."""
    return [_anchor(r) for r in db.query(f"SELECT {_COLS} FROM audit_anchors ORDER BY to_seq, id")]


def last_to_seq(db: SchoolDatabase) -> int:
    """The last anchored row (0 when nothing is anchored yet)."""
    row = db.query_one("SELECT max(to_seq) FROM audit_anchors")
    return int(row[0] or 0)


def unsent(db: SchoolDatabase) -> list[Anchor]:
    """Anchors the central system has not acknowledged yet."""
    return [_anchor(r) for r in db.query(f"SELECT {_COLS} FROM audit_anchors WHERE sent_at IS NULL ORDER BY id")]


def mark_sent(db: SchoolDatabase, anchor_id: int, at: str) -> None:
    """Record that the central system holds this anchor."""
    db.execute("UPDATE audit_anchors SET sent_at = ? WHERE id = ?", (at, anchor_id))
