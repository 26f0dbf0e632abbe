"""The trust list used to verify signatures: roots managed by the administrator (table trust_anchors).

The Vietnamese roots are not shipped as constants: the administrator imports them and checks the
SHA-256 fingerprint shown against the publisher's site (domain.md §5.2):
- Vietnam National Root CA (NEAC, public CAs): https://rootca.gov.vn — claimed SHA-256 of vnrca256
  bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7 (not verified).
- RootCA chuyên dùng Chính phủ G2 (VGCA, public schools' seals): http://ca.gov.vn/pki/pub/crt/rootcag2.crt —
  claimed SHA-256 f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8 (not verified).
Both must be trusted: public schools sign with VGCA, private schools and many teachers with public CAs.
"""

from __future__ import annotations

import re
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.errors import InvalidInputError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.signing.certificates import common_name, load_certificate
from hocbaso_desktop.storage import TrustAnchor, trust_repo


def add_trust_anchor(session, data: bytes) -> TrustAnchor:
    """Trust a root certificate (PEM or DER bytes); only self-signed CA certificates are accepted."""
    require(session.user, Action.MANAGE_SETTINGS)
    der = load_certificate(data)
    cert = x509.load_der_x509_certificate(der)
    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if not is_ca or cert.issuer != cert.subject:
        raise InvalidInputError(_("Chỉ thêm được chứng thư gốc (CA tự ký) vào danh sách tin cậy."))
    return trust_repo.add_anchor(session.db, der, subject=common_name(cert), actor=session.account.username,
                                 at=session.now().isoformat())


def trust_roots(db) -> list[bytes]:
    """The DER of every trusted root."""
    return [a.der for a in trust_repo.list_anchors(db)]


def _certificates_in(data: bytes) -> list[bytes]:
    """Every certificate of a PEM bundle, or the one DER certificate; [] for other files (keys)."""
    if b"-----BEGIN" not in data:
        try:
            return [load_certificate(data)]
        except InvalidInputError:
            return []
    blocks = re.findall(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", data, re.S)
    return [load_certificate(b) for b in blocks]


def _is_ca(der: bytes, *, self_signed: bool) -> bool:
    cert = x509.load_der_x509_certificate(der)
    try:
        ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False
    return ca and (cert.issuer == cert.subject or not self_signed)


def roots_from_path(path: Path) -> list[bytes]:
    """Trust anchors for `hocbaso verify`: the CA certificates of a file, or the self-signed CAs of a folder.

    A person's certificate is never accepted as an anchor: it would make anything it signed "trusted".
    """
    if not path.is_dir():
        found = [der for der in _certificates_in(path.read_bytes()) if _is_ca(der, self_signed=False)]
        if not found:
            raise InvalidInputError(_("Tệp {f} không chứa chứng thư của tổ chức cấp (CA).", f=path.name))
        return found
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in {".pem", ".crt", ".cer", ".der"})
    return [der for p in files for der in _certificates_in(p.read_bytes()) if _is_ca(der, self_signed=True)]


def certificates_from_path(path: Path) -> list[bytes]:
    """Every certificate of a file, or of the certificate files of a folder (signers and CAs for `verify-qr`)."""
    files = sorted(p for p in path.iterdir() if p.suffix.lower() in {".pem", ".crt", ".cer", ".der"}) \
        if path.is_dir() else [path]
    return [der for p in files for der in _certificates_in(p.read_bytes())]
