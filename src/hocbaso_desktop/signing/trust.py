"""The school's trust store: roots (anchors) and intermediate CA certificates, from PEM, DER or PKCS#7 files.

`hocbaso trust add FILE` reads every certificate of a PEM bundle, a DER certificate or a PKCS#7 bundle
(`.p7b`/`.p7c`, the way CAs publish their chains), stores self-signed CAs as trust anchors and the other
CA certificates as intermediates, and refuses a person's certificate. Nothing is stored before the
administrator has confirmed each certificate's SHA-256 fingerprint (the caller shows them, with what
`known_cas` says the file claims to be). The Vietnamese roots are never shipped as constants.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import cms
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.signing.certificates import common_name, load_certificate
from hocbaso_desktop.signing.known_cas import KnownCa, identify
from hocbaso_desktop.storage import TrustAnchor, trust_repo

MAX_TRUST_FILE_BYTES = 2 * 1024 * 1024   # a CA bundle is a few kB; anything this large is not one
MAX_CERTIFICATES_PER_FILE = 64
CERT_SUFFIXES = {".pem", ".crt", ".cer", ".der", ".p7b", ".p7c"}
ANCHOR, INTERMEDIATE = "anchor", "intermediate"


@dataclass(frozen=True)
class TrustCandidate:
    """A CA certificate read from a file, what it would be stored as, and what it claims to be."""

    der: bytes
    sha256: str
    subject: str
    issuer: str
    kind: str                  # ANCHOR (self-signed CA) | INTERMEDIATE
    known: KnownCa | None


def _is_ca(cert: x509.Certificate) -> bool:
    """CA:TRUE in basicConstraints."""
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def is_ca_der(der: bytes) -> bool:
    """Whether a DER certificate is a CA's (basicConstraints CA:TRUE)."""
    return _is_ca(x509.load_der_x509_certificate(der))


def _self_signed(cert: x509.Certificate) -> bool:
    """Issued by itself (name and signature): a root."""
    if cert.issuer != cert.subject:
        return False
    try:
        cert.verify_directly_issued_by(cert)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def pem_body(block: bytes) -> bytes:
    """The DER inside one PEM block."""
    lines = block.strip().splitlines()[1:-1]
    return base64.b64decode(b"".join(line.strip() for line in lines if b":" not in line))


def _pkcs7_certificates(der: bytes) -> list[bytes]:
    """The certificates of a PKCS#7 SignedData bundle (BER accepted: CAs and openssl write unsorted SETs)."""
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        certs = [c.chosen.dump() for c in info["content"]["certificates"] if c.name == "certificate"]
        return [_der(x509.load_der_x509_certificate(c)) for c in certs]
    except (ValueError, TypeError, KeyError) as exc:
        raise ValueError(str(exc)) from exc


def read_certificates(data: bytes) -> list[bytes]:
    """Every certificate of a PEM bundle (certificates or PKCS#7), a DER certificate or a DER PKCS#7 bundle."""
    if len(data) > MAX_TRUST_FILE_BYTES:
        raise InvalidInputError(_("Tệp chứng thư quá lớn (tối đa {n} MB).", n=MAX_TRUST_FILE_BYTES // 2 ** 20))
    found: list[bytes] = []
    try:
        if b"-----BEGIN" in data:
            for block in re.finditer(rb"-----BEGIN ([A-Z0-9 ]+)-----.+?-----END \1-----", data, re.S):
                kind, body = block.group(1), block.group(0)
                if kind in (b"CERTIFICATE", b"X509 CERTIFICATE", b"TRUSTED CERTIFICATE"):
                    found.append(_der(x509.load_pem_x509_certificate(body.replace(kind, b"CERTIFICATE"))))
                elif kind == b"PKCS7":
                    found += _pkcs7_certificates(pem_body(body))
        else:
            try:
                found = [_der(x509.load_der_x509_certificate(data))]
            except ValueError:
                found = _pkcs7_certificates(data)
    except (ValueError, binascii.Error) as exc:
        raise InvalidInputError(_("Tệp không phải chứng thư số X.509 hoặc gói PKCS#7 (PEM, DER, .p7b).")) from exc
    if len(found) > MAX_CERTIFICATES_PER_FILE:
        raise InvalidInputError(_("Tệp chứa quá nhiều chứng thư (tối đa {n}).", n=MAX_CERTIFICATES_PER_FILE))
    return list(dict.fromkeys(found))  # a bundle may repeat a certificate


def trust_candidates(data: bytes) -> list[TrustCandidate]:
    """The CA certificates of a file, each classified; refuses a file without any CA certificate."""
    certs = read_certificates(data)
    result = []
    for der in certs:
        cert = x509.load_der_x509_certificate(der)
        if not _is_ca(cert):
            continue  # a person's certificate in a bundle is never trusted; it is simply not stored
        sha = hashlib.sha256(der).hexdigest()
        subject = common_name(cert)
        org = ", ".join(str(a.value) for a in cert.subject.get_attributes_for_oid(x509.oid.NameOID.ORGANIZATION_NAME))
        result.append(TrustCandidate(der, sha, subject, cert.issuer.rfc4514_string(),
                                     ANCHOR if _self_signed(cert) else INTERMEDIATE,
                                     identify(f"{subject} {org}", sha)))
    if not result:
        raise InvalidInputError(_("Tệp không chứa chứng thư của tổ chức cấp (CA): chứng thư của người ký không "
                                  "được thêm vào danh sách tin cậy."))
    return result


def add_trusted(session, data: bytes, *, confirmed: Collection[str]) -> list[TrustCandidate]:
    """Store the CA certificates of a file whose SHA-256 the administrator confirmed: roots as anchors, others
    as intermediates (administrator; audited; adding again changes nothing).

    Refuses the whole file, storing nothing, when one of its CA certificates was not confirmed.
    """
    require(session.user, Action.MANAGE_SETTINGS)
    candidates = trust_candidates(data)
    wanted = {c.lower() for c in confirmed}
    missing = [c for c in candidates if c.sha256 not in wanted]
    if missing:
        raise InvalidInputError(_("Chưa xác nhận dấu vân tay SHA-256 của “{s}” ({h}); không thêm chứng thư nào.",
                                  s=missing[0].subject, h=missing[0].sha256))
    actor, at = session.account.username, session.now().isoformat()
    with session.db.transaction():
        for c in candidates:
            if c.kind == ANCHOR:
                trust_repo.add_anchor(session.db, c.der, subject=c.subject, actor=actor, at=at)
            else:
                trust_repo.add_intermediate(session.db, c.der, subject=c.subject, actor=actor, at=at)
    return candidates


def add_trust_anchor(session, data: bytes) -> TrustAnchor:
    """Trust one root certificate (PEM or DER bytes) that the caller has already confirmed (administrator)."""
    require(session.user, Action.MANAGE_SETTINGS)
    der = load_certificate(data)
    cert = x509.load_der_x509_certificate(der)
    if not _is_ca(cert) or not _self_signed(cert):
        raise InvalidInputError(_("Chỉ thêm được chứng thư gốc (CA tự ký) bằng lệnh này; chứng thư CA trung gian "
                                  "được thêm bằng “hocbaso trust add” (tệp PEM, DER hoặc .p7b)."))
    return trust_repo.add_anchor(session.db, der, subject=common_name(cert), actor=session.account.username,
                                 at=session.now().isoformat())


@dataclass(frozen=True)
class TrustEntry:
    """One certificate of the trust store as `trust list` shows it."""

    kind: str
    sha256: str
    subject: str
    added_by: str
    added_at: str
    known: KnownCa | None


def trust_entries(db) -> list[TrustEntry]:
    """Anchors then intermediates, each with what the known list says it is."""
    def entry(kind: str, a: TrustAnchor) -> TrustEntry:
        return TrustEntry(kind, a.sha256, a.subject, a.added_by, a.added_at, identify(a.subject, a.sha256))
    return [*(entry(ANCHOR, a) for a in trust_repo.list_anchors(db)),
            *(entry(INTERMEDIATE, a) for a in trust_repo.list_intermediate_entries(db))]


def trust_roots(db) -> list[bytes]:
    """The DER of every trusted root."""
    return [a.der for a in trust_repo.list_anchors(db)]


def _files(path: Path) -> list[Path]:
    return sorted(p for p in path.iterdir() if p.suffix.lower() in CERT_SUFFIXES) if path.is_dir() else [path]


def _certificates_in(data: bytes) -> list[bytes]:
    """Every certificate of a file, or [] for other files of a folder (keys, notes)."""
    try:
        return read_certificates(data)
    except InvalidInputError:
        return []


def trust_material_from_path(path: Path) -> tuple[list[bytes], list[bytes]]:
    """(roots, intermediates) for `hocbaso verify --trust`: the CA certificates of a file or folder.

    Self-signed CAs are roots and the other CAs intermediates; a single file naming only subordinate CAs
    makes them the anchors (the person chose to trust that CA). A person's certificate is never an anchor.
    """
    if not path.is_dir():
        cas = [c for c in trust_candidates(path.read_bytes())]
        roots = [c.der for c in cas if c.kind == ANCHOR] or [c.der for c in cas]
        return roots, [c.der for c in cas if c.der not in roots]
    roots, intermediates = [], []
    for p in _files(path):
        for der in _certificates_in(p.read_bytes()):
            cert = x509.load_der_x509_certificate(der)
            if _is_ca(cert):
                (roots if _self_signed(cert) else intermediates).append(der)
    return roots, intermediates


def roots_from_path(path: Path) -> list[bytes]:
    """Trust anchors of a file or folder (see `trust_material_from_path`)."""
    return trust_material_from_path(path)[0]


def certificates_from_path(path: Path) -> list[bytes]:
    """Every certificate of a file, or of the certificate files of a folder (signers and CAs for `verify-qr`)."""
    return [der for p in _files(path) for der in _certificates_in(p.read_bytes())]
