"""The signed summary printed as a QR code on paper copies (the EU DCC pattern, engineering notes §8).

claims (CBOR, integer keys) → COSE_Sign1 (RS256 for RSA tokens, ES256 for EC) signed by the issuing
key (the last signer: the school seal, or the principal when no seal is required) → zlib → Base45 →
prefix "HB1:". The protected header's `kid` is the first 8 bytes of the SHA-256 of the signer's
certificate; a verifier tries every known certificate with that kid and checks its chain offline.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import base45
import cbor2
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature, encode_dss_signature

from hocbaso_desktop.domain.errors import VerificationError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.limits import QR_MAX_INFLATED, QR_MAX_TEXT, inflate_zlib, too_large
from hocbaso_desktop.signing.signers import required_signers

PREFIX = "HB1:"
ALG_RS256, ALG_ES256 = -257, -7
CLAIM_KEYS = {1: "record_id", 2: "version", 3: "student_name", 4: "birth", 5: "school", 6: "year",
              7: "results", 8: "pdf_sha256", 9: "class_name",
              10: "issued_on", 11: "required_roles"}
_RESULT_FIELDS = ("mucdatduoc", "diemcanam", "diemhocky2")
_SUMMARY_FIELDS = ("xeploai", "canam", "renluyencanam")


@dataclass(frozen=True)
class QrSummary:
    """What a verified QR says."""

    record_id: str
    version: int
    student_name: str
    birth: str
    school: str
    year: str
    class_name: str
    results: tuple[tuple[str, str], ...]
    pdf_sha256: str
    issued_on: str
    signer: str
    signer_certificate_sha256: str
    required_roles: tuple[str, ...] = ()     # the signers the page needed, as its payload named them


def summary_claims(payload: Mapping[str, Any], pdf_sha256: str, issued_on: str) -> dict[int, Any]:
    """The compact claims of a record's payload, its issued PDF hash and its issuance day (yyyy-mm-dd)."""
    results = []
    for row in payload.get("bangdiem", []):
        value = next((row[f] for f in _RESULT_FIELDS if row.get(f)), "")
        if value and not str(row.get("mamonhoc", "")).startswith("_"):
            results.append([row["mamonhoc"], value])
    results += [[f, payload[f]] for f in _SUMMARY_FIELDS if payload.get(f)]
    return {1: payload["madinhdanhhocba"], 2: int(payload["phienbanthongtinhocba"]), 3: payload.get("hovaten", ""),
            4: payload.get("ngaythangnamsinh") or payload.get("thangnamsinh") or payload.get("namsinh", ""),
            5: f"{payload.get('matruong', '')} {payload.get('tentruong', '')}".strip(), 6: payload.get("namhoc", ""),
            7: results, 8: bytes.fromhex(pdf_sha256), 9: payload.get("tenlop", ""),
            10: issued_on, 11: list(required_signers(payload))}


def _kid(cert_der: bytes) -> bytes:
    return hashlib.sha256(cert_der).digest()[:8]


def _to_be_signed(protected: bytes, payload: bytes) -> bytes:
    return cbor2.dumps(["Signature1", protected, b"", payload])


def make_qr_text(claims: Mapping[int, Any], signer) -> str:
    """Sign the claims with `signer` and return the "HB1:" text (alphanumeric QR mode)."""
    cert = x509.load_der_x509_certificate(signer.certificate_der)
    is_ec = isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    protected = cbor2.dumps({1: ALG_ES256 if is_ec else ALG_RS256, 4: _kid(signer.certificate_der)})
    payload = cbor2.dumps(dict(claims))
    signature = signer.sign_raw(_to_be_signed(protected, payload), "sha256")
    if is_ec:  # COSE wants r‖s, the token gives DER
        r, s = decode_dss_signature(signature)
        size = (cert.public_key().curve.key_size + 7) // 8
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    cose = cbor2.dumps(cbor2.CBORTag(18, [protected, {}, payload, signature]))
    return PREFIX + base45.b45encode(zlib.compress(cose, 9)).decode("ascii")


def _check(cert: x509.Certificate, alg: int, data: bytes, signature: bytes) -> bool:
    key = cert.public_key()
    try:
        if alg == ALG_RS256 and isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
            return True
        if alg == ALG_ES256 and isinstance(key, ec.EllipticCurvePublicKey):
            half = len(signature) // 2
            der = encode_dss_signature(int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big"))
            key.verify(der, data, ec.ECDSA(hashes.SHA256()))
            return True
    except InvalidSignature:
        return False
    return False


def decode_qr_text(text: str) -> tuple[bytes, bytes, bytes, dict]:
    """Split a "HB1:" text into (protected, payload, signature, protected header)."""
    text = text.strip()
    if len(text) > QR_MAX_TEXT:
        raise too_large(_("Mã QR"), QR_MAX_TEXT)
    if not text.startswith(PREFIX):
        raise VerificationError(_("Mã QR không phải mã học bạ số (thiếu tiền tố {p}).", p=PREFIX))
    try:
        cose = cbor2.loads(inflate_zlib(base45.b45decode(text[len(PREFIX):]), QR_MAX_INFLATED, what=_("Mã QR")))
        protected, _unprotected, payload, signature = cose.value if isinstance(cose, cbor2.CBORTag) else cose
        return protected, payload, signature, cbor2.loads(protected)
    except (ValueError, zlib.error, cbor2.CBORDecodeError, TypeError) as exc:
        raise VerificationError(_("Mã QR bị hỏng hoặc không đọc được.")) from exc


def verify_qr_text(text: str, certificates_der: Sequence[bytes]) -> QrSummary:
    """Verify the signature of a QR text against known signer certificates; return its summary.

    The caller checks that the returned signer certificate chains to a trusted root
    (certificates.check_signing_certificate) — kept separate so this module needs no trust store.
    """
    protected, payload, signature, header = decode_qr_text(text)
    kid, alg = header.get(4), header.get(1)
    data = _to_be_signed(protected, payload)
    for der in certificates_der:
        if _kid(der) == kid and _check(x509.load_der_x509_certificate(der), alg, data, signature):
            claims = cbor2.loads(payload)
            cert = x509.load_der_x509_certificate(der)
            cn = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
            return QrSummary(record_id=claims[1], version=claims[2], student_name=claims[3], birth=claims[4],
                             school=claims[5], year=claims[6], class_name=claims.get(9, ""),
                             results=tuple((str(a), str(b)) for a, b in claims[7]), pdf_sha256=claims[8].hex(),
                             issued_on=claims.get(10, ""),
                             signer=str(cn[0].value) if cn else "", signer_certificate_sha256=hashlib.sha256(der).hexdigest(),
                             required_roles=tuple(r for r in claims.get(11, []) if isinstance(r, str)))
    raise VerificationError(_("Chữ ký trên mã QR không hợp lệ, hoặc không có chứng thư của đơn vị đã ký."))
