"""PAdES signing of the issued PDF with pyHanko, the raw signature made by a `RawSigner` (the token worker).

Order (engineering notes §5.3): the first signature's incremental update also embeds `payload.json` and
writes the payload's SHA-256, record id and version into the document information dictionary, so every
signature covers them and pyHanko's difference analysis flags any later change. Each later signer adds
one approval signature in its own incremental update and its own field.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from asn1crypto import algos, x509
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import TimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from hocbaso_desktop.errors import HocbasoError, SigningError
from hocbaso_desktop.i18n import _

PAYLOAD_NAME = "payload.json"
INFO_PAYLOAD_SHA256 = "/HocbasoPayloadSHA256"
INFO_RECORD_ID = "/HocbasoRecordId"
INFO_VERSION = "/HocbasoVersion"
FIELD_NAMES = {"gvcn": "Sig1_GVCN", "principal": "Sig2_HieuTruong", "seal": "Sig3_DauTruong"}
ROLE_REASONS = {"gvcn": "Giáo viên chủ nhiệm ký học bạ", "principal": "Hiệu trưởng ký duyệt học bạ",
                "seal": "Ký số con dấu của nhà trường, phát hành học bạ"}


class RawSigner(Protocol):
    """What the token layer gives signing: the certificate, its chain and a raw signature operation."""

    certificate_der: bytes
    chain_der: Sequence[bytes]

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign `data` (the DER signed attributes) with the token's key; PKCS#1 v1.5 for RSA."""
        ...


@dataclass(frozen=True)
class PayloadAttachment:
    """The canonical payload to embed before the first signature, and what identifies it."""

    data: bytes
    sha256: str
    record_id: str
    version: int


class _DelegatingSigner(signers.Signer):
    """A pyHanko `Signer` whose raw signature is made by a `RawSigner` (so the key never leaves the token)."""

    def __init__(self, raw: RawSigner) -> None:
        self.raw = raw
        cert = x509.Certificate.load(raw.certificate_der)
        algo = cert.public_key.algorithm
        mechanism = "sha256_rsa" if algo == "rsa" else "sha256_ecdsa"
        self._size = cert.public_key.bit_size // 8 if algo == "rsa" else 2 * ((cert.public_key.bit_size + 7) // 8) + 8
        super().__init__(
            signing_cert=cert,
            cert_registry=SimpleCertificateStore.from_certs([x509.Certificate.load(c) for c in raw.chain_der]),
            signature_mechanism=algos.SignedDigestAlgorithm({"algorithm": mechanism}),
        )

    async def async_sign_raw(self, data: bytes, digest_algorithm: str, dry_run: bool = False) -> bytes:
        """Return the raw signature; a dry run (sizing the placeholder) does not touch the token."""
        if dry_run:
            return bytes(self._size)
        # The token call blocks on a pipe; pyHanko runs its own loop in this thread, so a plain call is fine.
        return self.raw.sign_raw(data, digest_algorithm)


def _embed_payload(writer: IncrementalPdfFileWriter, payload: PayloadAttachment) -> None:
    """Attach payload.json and name its hash in the document information dictionary."""
    spec = FileSpec(
        file_spec_string=PAYLOAD_NAME, file_name=PAYLOAD_NAME,
        description="Dữ liệu học bạ (RFC 8785)",
        embedded_data=EmbeddedFileObject.from_file_data(writer, data=payload.data, mime_type="application/json"),
    )
    embed_file(writer, spec)
    info = writer.trailer["/Info"].get_object() if "/Info" in writer.trailer else None
    if info is None:
        info = generic.DictionaryObject()
        writer.trailer["/Info"] = writer.add_object(info)
    info[generic.NameObject(INFO_PAYLOAD_SHA256)] = generic.TextStringObject(payload.sha256)
    info[generic.NameObject(INFO_RECORD_ID)] = generic.TextStringObject(payload.record_id)
    info[generic.NameObject(INFO_VERSION)] = generic.TextStringObject(str(payload.version))
    writer.update_container(info)


def _reserved_bytes(raw: RawSigner, timestamped: bool) -> int:
    """Room for the CMS: certificates + signature + signed attributes, with margin.

    Giving pyHanko the size skips its dry-run signature (one CMS built twice), about 20 ms per signature.
    """
    certs = len(raw.certificate_der) + sum(len(c) for c in raw.chain_der)
    size = certs + 512 + 4096 + (8192 if timestamped else 0)
    return 2 * size  # pyHanko counts hex digits: two per byte (must be even)


def prepare_signer(raw: RawSigner) -> signers.Signer:
    """The pyHanko signer for `raw`, built once per batch (parsing the certificates costs ~6 ms)."""
    return _DelegatingSigner(raw)


def sign_pdf(pdf: bytes, raw: RawSigner | signers.Signer, *, role: str, location: str = "",
             payload: PayloadAttachment | None = None, timestamper: TimeStamper | None = None) -> bytes:
    """Add one PAdES approval signature for `role`; embed `payload` first when given (first signer only).

    `raw` is a token's RawSigner, or the result of `prepare_signer` when signing many documents.
    """
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        if payload is not None:
            _embed_payload(writer, payload)
        meta = signers.PdfSignatureMetadata(
            field_name=FIELD_NAMES[role], md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
            reason=ROLE_REASONS[role], location=location or None,
        )
        out = io.BytesIO()
        delegate = raw if isinstance(raw, _DelegatingSigner) else _DelegatingSigner(raw)
        pdf_signer = signers.PdfSigner(meta, signer=delegate, timestamper=timestamper)
        pdf_signer.sign_pdf(writer, output=out, bytes_reserved=_reserved_bytes(delegate.raw, timestamper is not None))
        return out.getvalue()
    except HocbasoError:
        raise
    except (TimeoutError, ValueError, KeyError, OSError) as exc:
        raise SigningError(_("Không ký được tệp PDF: {e}", e=str(exc))) from exc
