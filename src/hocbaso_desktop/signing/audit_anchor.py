"""Anchors of the audit chain: its head and row hashes signed by a signer's token, checked later.

At the end of each batch signing, the rows written since the last anchor are anchored: the SHA-256 of
each row's own content, and a message (canonical JSON: school, first and last row, the chain's head,
SHA-256 of the row digests, time) signed by the
token that signed the batch (the seal's token in the batch that issues records), and stored with the
row hashes and the certificate. The sync sends unsent anchors to the central system, which keeps them.

`check` recomputes every row's content digest and compares with the anchored ones: an insider who edits a
row and recomputes the chain (they can, with any password: the chain's key is in the same database), or
drops the chain's key, still changes that row's content, and the first such row is reported. Deleting the
local anchors does not hide it once the centre holds them (`check` with the centre's copies).
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing import certificates
from hocbaso_desktop.storage import Anchor, anchors_repo, audit

log = logging.getLogger(__name__)
FORMAT = "hocbaso-audit-anchor/1"


def anchor_message(*, school_code: str, from_seq: int, to_seq: int, head: str, row_hashes: list[str],
                   at: str) -> bytes:
    """The bytes an anchor signs (sorted-key compact JSON; the row hashes by their SHA-256)."""
    body = {"format": FORMAT, "school": school_code, "from_seq": from_seq, "to_seq": to_seq, "head": head,
            "hashes_sha256": hashlib.sha256("".join(row_hashes).encode("ascii")).hexdigest(), "at": at}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def anchor_now(db, signer, *, school_code: str, at: str) -> bool:
    """Sign and store an anchor of the rows written since the last one; False when there is nothing new."""
    last = anchors_repo.last_to_seq(db)
    seq, head = audit.head(db)
    if seq <= last:
        return False
    row_hashes = list(audit.content_digests(db, last + 1, seq).values())
    message = anchor_message(school_code=school_code, from_seq=last + 1, to_seq=seq, head=head,
                             row_hashes=row_hashes, at=at)
    signature = signer.sign_raw(message, "sha256")
    with db.transaction():
        anchors_repo.add(db, from_seq=last + 1, to_seq=seq, head=head, hashes=row_hashes, at=at, message=message,
                         signature=signature, cert_der=signer.certificate_der)
    return True


def signature_valid(anchor: Anchor) -> bool:
    """Whether the anchor's signature is its certificate's over its message, and the message says what it holds."""
    try:
        cert = x509.load_der_x509_certificate(anchor.cert_der)
        key = cert.public_key()
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(anchor.signature, anchor.message, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(anchor.signature, anchor.message, ec.ECDSA(hashes.SHA256()))
        else:
            return False
        body = json.loads(anchor.message)
    except (ValueError, InvalidSignature, TypeError):
        return False
    return (body.get("format") == FORMAT and body.get("from_seq") == anchor.from_seq
            and body.get("to_seq") == anchor.to_seq and body.get("head") == anchor.head
            and len(anchor.hashes) == anchor.to_seq - anchor.from_seq + 1
            and body.get("hashes_sha256") == hashlib.sha256("".join(anchor.hashes).encode("ascii")).hexdigest())


@dataclass(frozen=True)
class AnchorReport:
    """What the anchors say about the audit log."""

    ok: bool
    anchors: int
    anchored_to: int  # the last row covered by a valid anchor
    first_differing_seq: int | None = None
    reason: str = ""


def _trusted(anchor: Anchor, roots: list[bytes], chain: list[bytes]) -> bool:
    if not signature_valid(anchor):
        return False
    try:
        at = datetime.fromisoformat(anchor.at.replace("Z", "+00:00"))
        certificates.check_signing_certificate(anchor.cert_der, at=at, trust_roots_der=roots, chain_der=chain)
    except (HocbasoError, ValueError) as exc:
        log.warning("audit anchor %s not trusted: %s", anchor.id, exc)
        return False
    return True


def check(db, *, roots: list[bytes], chain: list[bytes], extra: list[Anchor] = ()) -> AnchorReport:
    """Compare the recomputed chain with every trusted anchor (the local ones and `extra`, e.g. the centre's)."""
    anchors = {(a.from_seq, a.to_seq, a.head): a for a in [*anchors_repo.all_anchors(db), *extra]}
    ordered = sorted(anchors.values(), key=lambda a: (a.to_seq, a.from_seq))
    untrusted = [a for a in ordered if not _trusted(a, roots, chain)]
    if untrusted:
        return AnchorReport(False, len(ordered), 0, untrusted[0].from_seq, _("mốc neo có chữ ký không hợp lệ"))
    if not ordered:
        return AnchorReport(True, 0, 0)
    top = max(a.to_seq for a in ordered)
    recomputed = audit.content_digests(db, 1, top)
    covered = 0
    for anchor in ordered:
        for offset, anchored in enumerate(anchor.hashes):
            seq = anchor.from_seq + offset
            if recomputed.get(seq) != anchored:
                reason = _("mục đã bị xoá") if seq not in recomputed else _("nội dung khác với bản đã neo")
                return AnchorReport(False, len(ordered), covered, seq, reason)
        covered = max(covered, anchor.to_seq)
    if local_gap := _gap(anchors_repo.all_anchors(db), extra):
        return AnchorReport(False, len(ordered), covered, local_gap, _("mốc neo trong máy đã bị xoá"))
    return AnchorReport(True, len(ordered), covered)


def _gap(local: list[Anchor], remote: list[Anchor]) -> int | None:
    """The first row of an anchor the centre holds but this database lost (its anchors were deleted)."""
    mine = {(a.from_seq, a.to_seq, a.head) for a in local}
    lost = [a.from_seq for a in remote if (a.from_seq, a.to_seq, a.head) not in mine]
    return min(lost) if lost else None
