"""PAdES signatures in two steps for a remote signer (pyHanko's interrupted signing).

`prepare` writes the incremental update with the role's signature placeholder (payload attached first for the
first signer, the visible stamp, exactly as `pdf_signer.sign_pdf` does), computes the CMS signed attributes
over the document digest and gives the SHA-256 of those attributes: the only thing sent to the service. The
prepared PDF and the attributes are frozen (and can be queued); `finish` puts the returned raw signature into
a CMS with those same attributes and writes it into the placeholder.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from dataclasses import dataclass

from asn1crypto import algos, cms, x509
from cryptography import x509 as c_x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.sign import fields, signers
from pyhanko.sign.signers.pdf_byterange import PreparedByteRangeDigest
from pyhanko.sign.signers.pdf_signer import PdfTBSDocument
from pyhanko.sign.timestamps import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.signing import pdf_signer
from hocbaso_desktop.signing.pdf_signer import PayloadAttachment, VisibleStamp

_MD = "sha256"


@dataclass(frozen=True)
class PreparedSignature:
    """A PDF with an empty signature placeholder and what the remote key must sign (`digest`)."""

    prepared_pdf: bytes
    signed_attrs: bytes          # DER of the CMS signed attributes
    digest: bytes                # SHA-256 of signed_attrs: the hash sent to the service
    document_digest: bytes
    reserved_start: int
    reserved_end: int


def _external(cert_der: bytes, chain_der: tuple[bytes, ...], signature: bytes | int) -> signers.ExternalSigner:
    cert = x509.Certificate.load(cert_der)
    mechanism = "sha256_rsa" if cert.public_key.algorithm == "rsa" else "sha256_ecdsa"
    return signers.ExternalSigner(
        signing_cert=cert, signature_value=signature,
        cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(c) for c in chain_der]),
        signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": mechanism}))


class _Sized:
    """What `pdf_signer._reserved_bytes` needs to size the placeholder."""

    def __init__(self, cert_der: bytes, chain_der: tuple[bytes, ...]) -> None:
        self.certificate_der, self.chain_der = cert_der, chain_der


def prepare(pdf: bytes, cert_der: bytes, chain_der: tuple[bytes, ...], *, role: str, location: str = "",
            payload: PayloadAttachment | None = None, stamp: VisibleStamp | None = None) -> PreparedSignature:
    """Write the placeholder for `role` and compute the hash the remote key signs (no network here)."""
    try:
        return asyncio.run(_prepare(pdf, cert_der, chain_der, role=role, location=location, payload=payload,
                                    stamp=stamp))
    except (ValueError, KeyError, OSError, PdfError) as exc:
        raise SigningError(_("Không chuẩn bị được chữ ký cho tệp PDF: {e}", e=str(exc))) from exc


async def _prepare(pdf: bytes, cert_der: bytes, chain_der: tuple[bytes, ...], *, role: str, location: str,
                   payload: PayloadAttachment | None, stamp: VisibleStamp | None) -> PreparedSignature:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    if payload is not None:
        pdf_signer._embed_payload(writer, payload)
    meta = signers.PdfSignatureMetadata(field_name=pdf_signer.FIELD_NAMES[role], md_algorithm=_MD,
                                        subfilter=fields.SigSeedSubFilter.PADES,
                                        reason=pdf_signer.ROLE_REASONS[role], location=location or None)
    external = _external(cert_der, chain_der, 512)
    pdf_signer_ = signers.PdfSigner(meta, signer=external,
                                    stamp_style=pdf_signer.stamp_style() if stamp is not None else None)
    # room for a signature timestamp too: the late upgrade or a TSA at finishing may add one
    reserved = pdf_signer._reserved_bytes(_Sized(cert_der, chain_der), True)
    prepared, _tbs, output = await pdf_signer_.async_digest_doc_for_signing(
        writer, bytes_reserved=reserved,
        appearance_text_params={"noidung": stamp.text()} if stamp is not None else None)
    attrs = await external.signed_attrs(prepared.document_digest, _MD, use_pades=True)
    der = attrs.dump()
    output.seek(0)
    return PreparedSignature(output.read(), der, hashlib.sha256(der).digest(), prepared.document_digest,
                             prepared.reserved_region_start, prepared.reserved_region_end)


def finish(prepared: PreparedSignature, signature: bytes, cert_der: bytes, chain_der: tuple[bytes, ...], *,
           timestamper: TimeStamper | None = None) -> bytes:
    """Embed the remote raw signature into the prepared placeholder; return the signed PDF."""
    try:
        return asyncio.run(_finish(prepared, signature, cert_der, chain_der, timestamper))
    except (ValueError, KeyError, OSError, PdfError) as exc:
        raise SigningError(_("Không ghép được chữ ký số từ xa vào tệp PDF: {e}", e=str(exc))) from exc


async def _finish(prepared: PreparedSignature, signature: bytes, cert_der: bytes, chain_der: tuple[bytes, ...],
                  timestamper: TimeStamper | None) -> bytes:
    external = _external(cert_der, chain_der, signature)
    attrs = cms.CMSAttributes.load(prepared.signed_attrs)
    container = await external.async_sign_prescribed_attributes(_MD, signed_attrs=attrs, timestamper=timestamper)
    output = io.BytesIO(prepared.prepared_pdf)
    digest = PreparedByteRangeDigest(document_digest=prepared.document_digest,
                                     reserved_region_start=prepared.reserved_start,
                                     reserved_region_end=prepared.reserved_end)
    await PdfTBSDocument.async_finish_signing(output, digest, container)
    return output.getvalue()


def check_signature(prepared: PreparedSignature, signature: bytes, cert_der: bytes) -> bool:
    """Whether `signature` is the certificate's key's signature over the prepared attributes (checked before use)."""
    key = c_x509.load_der_x509_certificate(cert_der).public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(signature, prepared.signed_attrs, padding.PKCS1v15(), hashes.SHA256())
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(signature, prepared.signed_attrs, ec.ECDSA(hashes.SHA256()))
        else:
            return False
    except InvalidSignature:
        return False
    return True
