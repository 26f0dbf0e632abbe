"""The hash-chained audit log (design.md decision 7), keyed, and anchored outside the database.

Each row holds a MAC of the previous row's hash and its own content, so editing or deleting a row
behind the program's back breaks the chain at that row. Rows written since issue 21 use HMAC-SHA256
under a random key kept in the database (older rows keep their plain SHA-256; `meta.audit_hmac_from`
says where the keyed part starts). The key lives in the same encrypted file, so it stops nobody who
can open the database (anyone with a password can): against such an insider the chain is made
tamper-evident by *anchors* (signing/audit_anchor.py): its head signed by a token at each batch
signing and sent to the central system. `append` must be called inside the transaction of the change
it records; `verify` walks the chain and names the first broken link.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.storage.connection import utc_now

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One audit row."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before: Any
    after: Any


@dataclass(frozen=True)
class AuditReport:
    """The result of checking the chain: ok, or the first row that does not match."""

    ok: bool
    rows: int
    first_broken_seq: int | None = None
    reason: str = ""


def _dump(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _row_hash(key: bytes | None, prev: str, seq: int, at: str, actor: str, action: str, entity: str,
              entity_id: str, before: str | None, after: str | None) -> str:
    body = json.dumps([prev, seq, at, actor, action, entity, entity_id, before, after], ensure_ascii=False)
    if key is None:  # rows written before the chain was keyed
        return hashlib.sha256(body.encode("utf-8")).hexdigest()
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def _chain_key(db: SchoolDatabase, *, create_from: int | None = None) -> tuple[bytes | None, int]:
    """(HMAC key, first keyed seq); with `create_from`, a new key starting at that seq when there is none."""
    row = db.query_one("SELECT value FROM meta WHERE key = 'audit_key'")
    if row is None:
        if create_from is None:
            return None, 1 << 62
        key = secrets.token_bytes(32)
        db.execute("INSERT INTO meta(key, value) VALUES ('audit_key', ?), ('audit_hmac_from', ?)",
                   (key.hex(), str(create_from)))
        return key, create_from
    start = db.query_one("SELECT value FROM meta WHERE key = 'audit_hmac_from'")
    return bytes.fromhex(row[0]), int(start[0]) if start else 1


def append(db: SchoolDatabase, *, actor: str, action: str, entity: str, entity_id: str,
           before: Any = None, after: Any = None) -> None:
    """Append one entry to the chain (inside the caller's transaction)."""
    with db.transaction():
        last = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at, b, a = utc_now(), _dump(before), _dump(after)
        key, keyed_from = _chain_key(db, create_from=seq)
        digest = _row_hash(key if seq >= keyed_from else None, prev, seq, at, actor, action, entity, entity_id, b, a)
        db.execute(
            "INSERT INTO audit_log(seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, at, actor, action, entity, entity_id, b, a, prev, digest),
        )
        # The head of the chain, kept apart from the rows: deleting the newest rows leaves it pointing
        # past the end of the table, which `verify` reports.
        db.execute("INSERT INTO meta(key, value) VALUES ('audit_head', ?) "
                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (f"{seq}:{digest}",))


def verify(db: SchoolDatabase) -> AuditReport:
    """Walk the whole chain; report the first row whose hash, link or number is wrong."""
    prev, expected_seq, count = GENESIS, 1, 0
    key, keyed_from = _chain_key(db)
    for row in db.execute("SELECT seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash "
                          "FROM audit_log ORDER BY seq"):
        seq, at, actor, action, entity, entity_id, before, after, prev_hash, digest = row
        count += 1
        if seq != expected_seq:
            return AuditReport(False, count, expected_seq, "missing")
        if prev_hash != prev:
            return AuditReport(False, count, seq, "link")
        if _row_hash(key if seq >= keyed_from else None, prev, seq, at, actor, action, entity, entity_id, before,
                     after) != digest:
            return AuditReport(False, count, seq, "content")
        prev, expected_seq = digest, seq + 1
    head = db.query_one("SELECT value FROM meta WHERE key = 'audit_head'")
    if head is not None and head[0] != f"{expected_seq - 1}:{prev}":
        return AuditReport(False, count, expected_seq, "truncated")
    return AuditReport(True, count)


def head(db: SchoolDatabase) -> tuple[int, str]:
    """(seq, hash) of the newest row, (0, GENESIS) for an empty log."""
    row = db.query_one("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return (row[0], row[1]) if row else (0, GENESIS)


def _content_digest(row: tuple) -> str:
    return hashlib.sha256(json.dumps(list(row), ensure_ascii=False).encode("utf-8")).hexdigest()


def content_digests(db: SchoolDatabase, from_seq: int, to_seq: int) -> dict[int, str]:
    """{seq: SHA-256 of the row's own content} for rows from_seq..to_seq, as they are now.

    Anchors hold these, not the chain's hashes: whatever an insider does to the chain (rewrite it, drop
    its key), the first row whose content differs from the anchored digest is the row they changed.
    """
    return {r[0]: _content_digest(r) for r in db.execute(
        "SELECT seq, at, actor, action, entity, entity_id, before, after FROM audit_log WHERE seq BETWEEN ? AND ? "
        "ORDER BY seq", (from_seq, to_seq))}


def recent(db: SchoolDatabase, *, limit: int = 200, entity: str | None = None) -> list[AuditEntry]:
    """The newest entries first (for the audit viewer)."""
    sql = "SELECT seq, at, actor, action, entity, entity_id, before, after FROM audit_log"
    params: tuple = ()
    if entity:
        sql += " WHERE entity = ?"
        params = (entity,)
    rows = db.query(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit))
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5],
                       json.loads(r[6]) if r[6] else None, json.loads(r[7]) if r[7] else None) for r in rows]


def search(db: SchoolDatabase, *, actor: str | None = None, actions: tuple[str, ...] = (),
           since: str | None = None, until: str | None = None, entity_ids: tuple[str, ...] | None = None,
           limit: int = 2000) -> list[AuditEntry]:
    """The newest entries first that match every given filter.

    `actions` are exact names or prefixes ending in "." ("record." matches every record action);
    `since`/`until` are UTC RFC 3339 bounds (inclusive, exclusive); `entity_ids` keeps rows about those
    objects (a record's "id/version" matches its id).
    """
    where, params = [], []
    if actor:
        where.append("actor = ?")
        params.append(actor)
    if actions:
        where.append("(" + " OR ".join("action LIKE ?" if a.endswith(".") else "action = ?" for a in actions) + ")")
        params.extend(a + "%" if a.endswith(".") else a for a in actions)
    if since:
        where.append("at >= ?")
        params.append(since)
    if until:
        where.append("at < ?")
        params.append(until)
    if entity_ids is not None:
        if not entity_ids:
            return []
        where.append("(" + " OR ".join("entity_id = ? OR entity_id LIKE ?" for _ in entity_ids) + ")")
        for e in entity_ids:
            params.extend((e, e + "/%"))
    sql = "SELECT seq, at, actor, action, entity, entity_id, before, after FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = db.query(sql + " ORDER BY seq DESC LIMIT ?", (*params, limit))
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5],
                       json.loads(r[6]) if r[6] else None, json.loads(r[7]) if r[7] else None) for r in rows]
