"""The seal of a file package (a transfer package): every member's SHA-256, signed by a token (issue 21).

The school's seal (văn thư's token, the token path of batch signing) signs the canonical list of the
package's members and their hashes; `seal.json` carries the signature, the certificate and its chain.
On receipt the list is recomputed from the members actually in the file, the signature checked, and
the certificate must chain to the receiving school's trust store (root → issuing CA → seal). A package
changed after sealing, or sealed by a key the trust store does not know, is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from hocbaso_desktop.domain.errors import HocbasoError, VerificationError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing import certificates

FORMAT = "hocbaso-seal/1"
SEAL_MEMBER = "seal.json"


@dataclass(frozen=True)
class SealInfo:
    """Who sealed a package, for which school, when."""

    signer: str
    school_code: str
    at: str
    certificate_sha256: str


def _message(members: dict[str, bytes], school_code: str, at: str) -> bytes:
    listing = {name: hashlib.sha256(data).hexdigest() for name, data in members.items() if name != SEAL_MEMBER}
    body = {"format": FORMAT, "school": school_code, "at": at, "members": dict(sorted(listing.items()))}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def seal(members: dict[str, bytes], signer, *, school_code: str, at: str) -> bytes:
    """The `seal.json` bytes for these members, signed by `signer` (a logged-in RawSigner)."""
    message = _message(members, school_code, at)
    signature = signer.sign_raw(message, "sha256")
    b64 = lambda b: base64.b64encode(b).decode("ascii")  # noqa: E731
    return json.dumps({"format": FORMAT, "school": school_code, "at": at, "signature": b64(signature),
                       "certificate": b64(signer.certificate_der),
                       "chain": [b64(c) for c in signer.chain_der]}, indent=1).encode("utf-8")


def check(members: dict[str, bytes], seal_bytes: bytes, *, roots: list[bytes], chain: list[bytes]) -> SealInfo:
    """Verify a package's seal against its members and the trust store (VerificationError otherwise)."""
    bad = VerificationError(_("Dấu niêm phong của gói không hợp lệ: gói đã bị sửa sau khi niêm phong, hoặc không "
                              "do trường gửi niêm phong."))
    try:
        doc = json.loads(seal_bytes)
        if doc.get("format") != FORMAT:
            raise ValueError("format")
        cert_der = base64.b64decode(doc["certificate"], validate=True)
        signature = base64.b64decode(doc["signature"], validate=True)
        seal_chain = [base64.b64decode(c, validate=True) for c in doc.get("chain", [])]
        school, at = str(doc["school"]), str(doc["at"])
        message = _message(members, school, at)
        key = x509.load_der_x509_certificate(cert_der).public_key()
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
        else:
            raise bad
        when = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except (ValueError, KeyError, TypeError, binascii.Error, InvalidSignature) as exc:
        raise bad from exc
    try:
        certificates.check_signing_certificate(cert_der, at=when, trust_roots_der=roots, chain_der=[*seal_chain, *chain])
    except HocbasoError as exc:
        raise VerificationError(_("Dấu niêm phong của gói không được tin cậy: {m}", m=exc.message)) from exc
    cert = x509.load_der_x509_certificate(cert_der)
    return SealInfo(certificates.common_name(cert), school, at, hashlib.sha256(cert_der).hexdigest())
