"""The XML form (hocba.xml) signed by a remote key in two steps, like the PDF (`remote_pdf`).

`prepare` builds the signer's XAdES-BES signature exactly as the token path does (`xades.sign_xml`: same
reference, SignedProperties, ClaimedRole and Id) but with a key that only records the canonical SignedInfo it is
asked to sign and answers a blank value. The prepared document and that SignedInfo are frozen with the batch;
only SHA-256(SignedInfo) goes to the service. `finish` checks the returned signature against the certificate and
writes it into the signature's SignatureValue, which no reference covers, so nothing else changes.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
from lxml import etree

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing import xades, xml_form


@dataclass(frozen=True)
class PreparedXml:
    """The XML form with the role's signature whose value is still blank, and what the remote key signs."""

    prepared_xml: bytes
    signed_info: bytes           # canonical SignedInfo: the signed bytes
    digest: bytes                # SHA-256 of signed_info: the hash sent to the service


class _Recorder:
    """A RawSigner that records the bytes it is asked to sign and answers a blank signature of the right size."""

    def __init__(self, cert_der: bytes, chain_der: tuple[bytes, ...]) -> None:
        self.certificate_der, self.chain_der = cert_der, chain_der
        self.seen: list[bytes] = []
        self._key = x509.load_der_x509_certificate(cert_der).public_key()

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Record `data`; the blank value is replaced by the service's signature in `finish`."""
        self.seen.append(data)
        if isinstance(self._key, ec.EllipticCurvePublicKey):
            return utils.encode_dss_signature(1, 1)
        return b"\0" * ((self._key.key_size + 7) // 8)


def prepare(xml: bytes, cert_der: bytes, chain_der: tuple[bytes, ...], role: str) -> PreparedXml:
    """Add `role`'s signature with a blank value to `xml` and give the hash the remote key must sign (offline)."""
    recorder = _Recorder(cert_der, chain_der)
    prepared = xades.sign_xml(xml, recorder, role)
    if len(recorder.seen) != 1:
        raise SigningError(_("Không chuẩn bị được chữ ký cho học bạ dạng XML."))
    signed_info = recorder.seen[0]
    return PreparedXml(prepared, signed_info, hashlib.sha256(signed_info).digest())


def check_signature(prepared: PreparedXml, signature: bytes, cert_der: bytes) -> bool:
    """Whether `signature` is the certificate's key's signature over the prepared SignedInfo."""
    key = x509.load_der_x509_certificate(cert_der).public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, prepared.signed_info, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, prepared.signed_info, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True


def finish(prepared: PreparedXml, signature: bytes, cert_der: bytes, role: str) -> bytes:
    """Write the service's raw signature into `role`'s SignatureValue; return the signed XML form."""
    key = x509.load_der_x509_certificate(cert_der).public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):   # XML-DSig wants r || s, the service gives DER
        r, s = utils.decode_dss_signature(signature)
        size = (key.key_size + 7) // 8
        signature = r.to_bytes(size, "big") + s.to_bytes(size, "big")
    doc = xml_form.parse(prepared.prepared_xml)
    value = None
    for sig in doc.findall(f"{{{xades.DS}}}Signature"):
        if sig.get("Id") == f"sig-{role}":
            value = sig.find(f"{{{xades.DS}}}SignatureValue")
    if value is None:
        raise SigningError(_("Không ghép được chữ ký số từ xa vào học bạ dạng XML."))
    value.text = base64.b64encode(signature).decode()
    return etree.tostring(doc, xml_declaration=True, encoding="UTF-8")
