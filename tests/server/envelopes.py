"""Envelopes and signed PDFs built by hand for the server's tests (not by the desktop client's code)."""

from __future__ import annotations

import hashlib
import json
import uuid

import rfc8785

from tests.sync.helpers import signed_pdf


def record(school: str, record_id: str | None = None, version: int = 1, note: str = "Hoàn thành tốt.") -> tuple:
    """(envelope, pdf bytes) of a record of `school`, its PDF carrying the payload."""
    record_id = record_id or str(uuid.uuid4())
    payload = {"madinhdanhhocba": record_id, "phienbanthongtinhocba": str(version), "matruong": school,
               "nhanxet": note}
    raw = rfc8785.dumps(payload)
    pdf = signed_pdf(raw)
    envelope = {"record_id": record_id, "kind": "hocba_tieuhoc", "version": version,
                "event": "NEW" if version == 1 else "UPDATE", "updated_at": "2027-05-30T03:00:00Z",
                "sha256": hashlib.sha256(raw).hexdigest(), "payload": payload,
                "blobs": [{"sha256": hashlib.sha256(pdf).hexdigest(), "role": "signed_pdf",
                           "media_type": "application/pdf"}]}
    return envelope, pdf


def revocation(school: str, record_id: str, version: int) -> dict:
    """The revocation envelope of (record_id, version), as a school sends it."""
    payload = {"madinhdanhhocba": record_id, "phienbanthongtinhocba": str(version), "matruong": school,
               "lydo": "Sai họ tên", "nguoiquyetdinh": "Hiệu trưởng"}
    raw = rfc8785.dumps(payload)
    return {"record_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:x:{record_id}/{version}")), "kind": "revocation",
            "version": 1, "event": "CANCEL", "updated_at": "2027-05-30T03:00:00Z",
            "sha256": hashlib.sha256(raw).hexdigest(), "payload": payload, "blobs": []}


def body(school: str, items: list[dict]) -> bytes:
    """A submission request body."""
    return json.dumps({"protocol": "hocbaso-sync/1", "school_code": school, "device_id": "dev-1",
                       "items": items}).encode()


def extended(pdf: bytes) -> bytes:
    """`pdf` with one more revision, as an LTV upgrade appends it: a DSS holding the signer's certificate."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    sig = next(iter(writer.prev.embedded_signatures))
    DocumentSecurityStore.supply_dss_in_writer(writer, sig.pkcs7_content, certs=[sig.signer_cert])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def validation_update(envelope: dict, pdf: bytes) -> dict:
    """The validation-data update of `envelope`'s version naming `pdf` (docs/central-api-additions.md)."""
    return {**envelope, "event": "UPDATE", "update": "validation_data",
            "blobs": [{"sha256": hashlib.sha256(pdf).hexdigest(), "role": "signed_pdf",
                       "media_type": "application/pdf"}]}
