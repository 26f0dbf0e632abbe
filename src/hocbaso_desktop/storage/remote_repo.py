"""Remote signing services and the queue of batches prepared for them (tables remote_services, remote_batch*).

The service's client secret is sealed with AES-GCM under a key derived from the database key (so it is
encrypted twice at rest, and never readable from an exported row or the audit log).
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError, StorageError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage import audit

if TYPE_CHECKING:
    from hocbaso_desktop.storage.database import SchoolDatabase

_SECRET_LABEL = "remote-service-secret"
OPEN_STATES = ("queued", "sending", "waiting_approval", "failed")


@dataclass(frozen=True)
class RemoteService:
    """A registered signing service (its secret stays sealed until `client_secret` is called)."""

    name: str
    base_url: str
    api_version: str
    client_id: str
    secret_sealed: bytes
    added_by: str
    added_at: str


@dataclass(frozen=True)
class BatchItemRow:
    """One prepared signature of a queued batch."""

    position: int
    record_id: str
    version: int
    base_pdf_sha256: str
    prepared_pdf: bytes
    signed_attrs: bytes
    digest: bytes
    document_digest: bytes
    reserved_start: int
    reserved_end: int
    xml_prepared: bytes | None = None      # hocba.xml with the signer's signature value still blank
    xml_signed_info: bytes | None = None   # its canonical SignedInfo (SHA-256 of it goes to the service)


@dataclass(frozen=True)
class RemoteBatch:
    """A batch queued for a remote signer, and how far it got."""

    id: str
    binding_id: str
    role: str
    class_id: str | None
    state: str
    message: str
    created_by: str
    created_at: str
    updated_at: str


def _seal(db: SchoolDatabase, name: str, secret: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(db.subkey(_SECRET_LABEL)).encrypt(nonce, secret.encode(), name.encode())


def client_secret(db: SchoolDatabase, service: RemoteService) -> str:
    """Unseal the service's client secret (kept in memory only for the connection)."""
    blob = service.secret_sealed
    try:
        return AESGCM(db.subkey(_SECRET_LABEL)).decrypt(blob[:12], blob[12:], service.name.encode()).decode()
    except (InvalidTag, ValueError) as exc:
        raise StorageError(_("Không giải mã được khóa bí mật của dịch vụ ký “{n}”; hãy đăng ký lại dịch vụ.",
                             n=service.name)) from exc


_SERVICE_COLS = "name, base_url, api_version, client_id, secret_sealed, added_by, added_at"


def add_service(db: SchoolDatabase, *, name: str, base_url: str, api_version: str, client_id: str, secret: str,
                actor: str, at: str) -> RemoteService:
    """Register a service, or replace the URL and credentials of one with the same name; audited (no secret)."""
    with db.transaction():
        before = db.query_one("SELECT base_url, client_id FROM remote_services WHERE name = ?", (name,))
        db.execute("INSERT INTO remote_services(name, base_url, api_version, client_id, secret_sealed, added_by, "
                   "added_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET base_url = excluded.base_url,"
                   " api_version = excluded.api_version, client_id = excluded.client_id, "
                   "secret_sealed = excluded.secret_sealed, added_by = excluded.added_by, added_at = excluded.added_at",
                   (name, base_url, api_version, client_id, _seal(db, name, secret), actor, at))
        audit.append(db, actor=actor, action="remote_service.add", entity="remote_service", entity_id=name,
                     before={"base_url": before[0], "client_id": before[1]} if before else None,
                     after={"base_url": base_url, "client_id": client_id, "api_version": api_version})
    return get_service(db, name)


def get_service(db: SchoolDatabase, name: str) -> RemoteService:
    """The service registered under `name` (NotFoundError otherwise)."""
    row = db.query_one(f"SELECT {_SERVICE_COLS} FROM remote_services WHERE name = ?", (name,))
    if row is None:
        raise NotFoundError(_("Chưa đăng ký dịch vụ ký số từ xa “{n}” (lệnh “hocbaso remote add”).", n=name))
    return RemoteService(row[0], row[1], row[2], row[3], bytes(row[4]), row[5], row[6])


def list_services(db: SchoolDatabase) -> list[RemoteService]:
    """Every registered service, by name."""
    return [RemoteService(r[0], r[1], r[2], r[3], bytes(r[4]), r[5], r[6])
            for r in db.query(f"SELECT {_SERVICE_COLS} FROM remote_services ORDER BY name")]


# ---- the batch queue ------------------------------------------------------------------------------
_BATCH_COLS = "id, binding_id, role, class_id, state, message, created_by, created_at, updated_at"
_ITEM_COLS = ("position, record_id, version, base_pdf_sha256, prepared_pdf, signed_attrs, digest, document_digest, "
              "reserved_start, reserved_end, xml_prepared, xml_signed_info")


def queue_batch(db: SchoolDatabase, *, binding_id: str, role: str, class_id: str | None, items: list[BatchItemRow],
                actor: str, at: str) -> RemoteBatch:
    """Queue a prepared batch (state 'queued'); its records are not touched."""
    if not items:
        raise InvalidInputError(_("Lô ký trống."))
    batch_id = str(uuid.uuid4())
    with db.transaction():
        db.execute(f"INSERT INTO remote_batches({_BATCH_COLS}) VALUES (?, ?, ?, ?, 'queued', '', ?, ?, ?)",
                   (batch_id, binding_id, role, class_id, actor, at, at))
        db.executemany(f"INSERT INTO remote_batch_items(batch_id, {_ITEM_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       [(batch_id, i.position, i.record_id, i.version, i.base_pdf_sha256, i.prepared_pdf,
                         i.signed_attrs, i.digest, i.document_digest, i.reserved_start, i.reserved_end,
                         i.xml_prepared, i.xml_signed_info) for i in items])
        audit.append(db, actor=actor, action="remote_batch.queue", entity="remote_batch", entity_id=batch_id,
                     before=None, after={"role": role, "class_id": class_id, "items": len(items)})
    return get_batch(db, batch_id)


def get_batch(db: SchoolDatabase, batch_id: str) -> RemoteBatch:
    """One batch."""
    row = db.query_one(f"SELECT {_BATCH_COLS} FROM remote_batches WHERE id = ?", (batch_id,))
    if row is None:
        raise NotFoundError(_("Không tìm thấy lô ký {b}.", b=batch_id[:8]))
    return RemoteBatch(*row)


def open_batches(db: SchoolDatabase, *, binding_id: str | None = None, class_id: str | None = None
                 ) -> list[RemoteBatch]:
    """Batches not yet done or discarded (oldest first), optionally of one binding and class."""
    sql = f"SELECT {_BATCH_COLS} FROM remote_batches WHERE state IN ({','.join('?' * len(OPEN_STATES))})"
    params: list = list(OPEN_STATES)
    if binding_id is not None:
        sql, params = sql + " AND binding_id = ?", [*params, binding_id]
    if class_id is not None:
        sql, params = sql + " AND class_id = ?", [*params, class_id]
    return [RemoteBatch(*r) for r in db.query(sql + " ORDER BY created_at, id", tuple(params))]


def queued_records(db: SchoolDatabase) -> set[tuple[str, int]]:
    """(record id, version) of every page in a batch not yet done or discarded."""
    rows = db.query("SELECT i.record_id, i.version FROM remote_batch_items i JOIN remote_batches b ON b.id = i.batch_id "
                    f"WHERE b.state IN ({','.join('?' * len(OPEN_STATES))})", OPEN_STATES)
    return {(r[0], r[1]) for r in rows}


def batch_size(db: SchoolDatabase, batch_id: str) -> int:
    """How many pages a batch holds."""
    return int(db.query_one("SELECT count(*) FROM remote_batch_items WHERE batch_id = ?", (batch_id,))[0])


def batch_items(db: SchoolDatabase, batch_id: str) -> list[BatchItemRow]:
    """The prepared signatures of a batch, in order."""
    rows = db.query(f"SELECT {_ITEM_COLS} FROM remote_batch_items WHERE batch_id = ? ORDER BY position", (batch_id,))
    return [BatchItemRow(r[0], r[1], r[2], r[3], bytes(r[4]), bytes(r[5]), bytes(r[6]), bytes(r[7]), r[8], r[9],
                         None if r[10] is None else bytes(r[10]), None if r[11] is None else bytes(r[11]))
            for r in rows]


def set_batch_state(db: SchoolDatabase, batch_id: str, state: str, message: str, *, at: str) -> None:
    """Record how far a batch got (its own small transaction when none is open)."""
    with db.transaction():
        db.execute("UPDATE remote_batches SET state = ?, message = ?, updated_at = ? WHERE id = ?",
                   (state, message, at, batch_id))


def claim_batch(db: SchoolDatabase, batch_id: str, *, at: str, stale_before: str) -> bool:
    """Mark a batch `sending` unless another run is sending it (a run that stopped before `stale_before` has left
    it); True when this caller may send it. One statement, so two processes never send the same batch."""
    with db.transaction():
        done = db.execute("UPDATE remote_batches SET state = 'sending', message = '', updated_at = ? WHERE id = ? AND "
                          "(state IN ('queued', 'failed') OR (state IN ('sending', 'waiting_approval') AND "
                          "updated_at < ?))", (at, batch_id, stale_before))
        return done.rowcount == 1


def drop_items(db: SchoolDatabase, batch_id: str) -> None:
    """Forget the prepared PDFs of a finished or discarded batch (the batch row stays as its history)."""
    with db.transaction():
        db.execute("DELETE FROM remote_batch_items WHERE batch_id = ?", (batch_id,))
