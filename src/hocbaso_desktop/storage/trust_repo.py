"""Trust anchors: the root certificates this school trusts for signature verification (table trust_anchors)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from hocbaso_desktop.storage import audit

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase


@dataclass(frozen=True)
class TrustAnchor:
    """A trusted root certificate."""

    sha256: str
    subject: str
    der: bytes
    added_by: str
    added_at: str


def add_anchor(db: SchoolDatabase, der: bytes, *, subject: str, actor: str, at: str) -> TrustAnchor:
    """Trust a root certificate (adding it again changes nothing); audited."""
    sha = hashlib.sha256(der).hexdigest()
    with db.transaction():
        if db.query_one("SELECT 1 FROM trust_anchors WHERE sha256 = ?", (sha,)) is None:
            db.execute("INSERT INTO trust_anchors(sha256, subject, der, added_by, added_at) VALUES (?, ?, ?, ?, ?)",
                       (sha, subject, bytes(der), actor, at))
            audit.append(db, actor=actor, action="trust.add", entity="trust_anchor", entity_id=sha,
                         before=None, after={"subject": subject})
    return get_anchor(db, sha)


def get_anchor(db: SchoolDatabase, sha256: str) -> TrustAnchor:
    """One anchor by the SHA-256 of its DER (KeyError if absent)."""
    row = db.query_one("SELECT sha256, subject, der, added_by, added_at FROM trust_anchors WHERE sha256 = ?",
                       (sha256,))
    if row is None:
        raise KeyError(sha256)
    return TrustAnchor(row[0], row[1], bytes(row[2]), row[3], row[4])


def list_anchors(db: SchoolDatabase) -> list[TrustAnchor]:
    """All trusted roots, oldest first."""
    rows = db.query("SELECT sha256, subject, der, added_by, added_at FROM trust_anchors ORDER BY added_at, sha256")
    return [TrustAnchor(r[0], r[1], bytes(r[2]), r[3], r[4]) for r in rows]


def add_intermediate(db: SchoolDatabase, der: bytes, *, subject: str, actor: str, at: str) -> str:
    """Keep a CA certificate below a root (for chains); adding it again changes nothing. Returns its SHA-256."""
    sha = hashlib.sha256(der).hexdigest()
    db.execute("INSERT INTO intermediate_certs(sha256, subject, der, added_by, added_at) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT(sha256) DO NOTHING", (sha, subject, bytes(der), actor, at))
    return sha


def list_intermediates(db: SchoolDatabase) -> list[bytes]:
    """The DER of every stored intermediate CA certificate."""
    return [bytes(r[0]) for r in db.query("SELECT der FROM intermediate_certs ORDER BY added_at, sha256")]
