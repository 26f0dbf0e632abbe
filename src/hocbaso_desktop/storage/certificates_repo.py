"""Certificate bindings: a token certificate, or a remote signing credential, bound to a user and a signing role.

Table certificate_bindings; a remote binding has no token serial and names the signing service, the user's login
there and the credential id instead.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hocbaso_desktop.storage import audit

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

_COLS = ("id, user_id, role, cert_der, cert_sha256, key_id, token_serial, module_path, bound_by, bound_at, active, "
         "remote_service, remote_user, credential_id")


@dataclass(frozen=True)
class CertificateBinding:
    """Which certificate (on which token, with which CKA_ID) a user signs with, in which role."""

    id: str
    user_id: str
    role: str            # gvcn | principal | seal
    cert_der: bytes
    cert_sha256: str
    key_id: str          # CKA_ID, hex
    token_serial: str
    module_path: str
    bound_by: str
    bound_at: str
    active: bool
    remote_service: str = ""   # name in remote_services; empty for a token
    remote_user: str = ""      # the signer's login (userID) at the service
    credential_id: str = ""

    @property
    def is_remote(self) -> bool:
        """Whether the key lives in a remote signing service rather than on a token."""
        return bool(self.remote_service)


def _row(r: tuple) -> CertificateBinding:
    return CertificateBinding(r[0], r[1], r[2], bytes(r[3]), r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]),
                              r[11], r[12], r[13])


def bind(db: SchoolDatabase, *, user_id: str, role: str, cert_der: bytes, key_id: str, token_serial: str,
         module_path: str, actor: str, at: str, remote_service: str = "", remote_user: str = "",
         credential_id: str = "") -> CertificateBinding:
    """Bind a certificate to a user and role; the user's earlier binding for that role is deactivated."""
    binding_id = str(uuid.uuid4())
    sha = hashlib.sha256(cert_der).hexdigest()
    with db.transaction():
        db.execute("UPDATE certificate_bindings SET active = 0 WHERE user_id = ? AND role = ? AND active = 1",
                   (user_id, role))
        db.execute(f"INSERT INTO certificate_bindings({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                   (binding_id, user_id, role, bytes(cert_der), sha, key_id, token_serial, module_path, actor, at,
                    remote_service, remote_user, credential_id))
        where = ({"remote_service": remote_service, "remote_user": remote_user, "credential_id": credential_id}
                 if remote_service else {"token_serial": token_serial, "key_id": key_id})
        audit.append(db, actor=actor, action="certificate.bind", entity="certificate_binding", entity_id=binding_id,
                     before=None, after={"user_id": user_id, "role": role, "cert_sha256": sha, **where})
    return _row(db.query_one(f"SELECT {_COLS} FROM certificate_bindings WHERE id = ?", (binding_id,)))


def active_bindings(db: SchoolDatabase, *, role: str | None = None, user_id: str | None = None
                    ) -> list[CertificateBinding]:
    """Active bindings, optionally for one role and/or one user (newest first)."""
    sql, params = f"SELECT {_COLS} FROM certificate_bindings WHERE active = 1", []
    if role is not None:
        sql, params = sql + " AND role = ?", [*params, role]
    if user_id is not None:
        sql, params = sql + " AND user_id = ?", [*params, user_id]
    return [_row(r) for r in db.query(sql + " ORDER BY bound_at DESC, id", tuple(params))]


def get_binding(db: SchoolDatabase, binding_id: str) -> CertificateBinding | None:
    """One binding by id (active or not)."""
    row = db.query_one(f"SELECT {_COLS} FROM certificate_bindings WHERE id = ?", (binding_id,))
    return _row(row) if row else None


def binding_for_certificate(db: SchoolDatabase, cert_sha256: str) -> CertificateBinding | None:
    """The active binding of a certificate, if any."""
    row = db.query_one(f"SELECT {_COLS} FROM certificate_bindings WHERE cert_sha256 = ? AND active = 1 "
                       "ORDER BY bound_at DESC LIMIT 1", (cert_sha256,))
    return _row(row) if row else None


def all_certificates(db: SchoolDatabase) -> list[bytes]:
    """The DER of every certificate ever bound (active or not): the signers a QR or PDF may name."""
    return [bytes(r[0]) for r in db.query("SELECT DISTINCT cert_der FROM certificate_bindings")]
