"""Issuing converted paper pages: the school seal (văn thư) alone signs each one, as a conversion.

signing.issuance signs by class with the school's required signer chain (GVCN → principal → seal), which
does not fit a past year's page that only the organisation certifies (domain.md §4.8: paper → electronic
copies are signed by the organisation). This module therefore uses signing's lower-level functions with
the same rules as normal issuance: the certificate is checked and must be the user's seal binding; each
page's signature, issuance (blob, QR, status) and outbox item are one transaction, audited; a token
pulled mid-batch leaves earlier pages issued and the current one untouched.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

from cryptography import x509

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.errors import TokenError
from hocbaso_desktop.signing import certificates, pdf_signer, qr
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import (
    audit,
    blobs_repo,
    outbox,
    records_repo,
    school_repo,
    trichluc_repo,
    upgrades_repo,
)

ROLE = "seal"


@dataclass(frozen=True)
class ConversionItem:
    """A converted page waiting for the seal."""

    record_id: str
    version: int
    student_name: str
    year: str
    payload_sha256: str


@dataclass(frozen=True)
class ConversionResult:
    """How an issuance batch ended."""

    issued: int
    remaining: int
    stopped_by: str = ""


def plan_conversions(session, year: str, student_id: str | None = None) -> tuple[ConversionItem, ...]:
    """The converted pages of a year (or one student's) that the seal signs next; nothing changes."""
    require(session.user, Action.SIGN_SEAL)
    db = session.db
    items = []
    for record_id, version in trichluc_repo.awaiting_seal(db, year, student_id):
        stored = records_repo.get(db, record_id, version)
        student = school_repo.get_student(db, stored.record.student_id)
        items.append(ConversionItem(record_id, version, student.full_name, year, stored.payload_sha256 or ""))
    return tuple(sorted(items, key=lambda i: (i.student_name.split()[-1:], i.student_name)))


def issue_conversions(session, items: tuple[ConversionItem, ...], signer, *, timestamper=None,
                      progress: Callable[[int, int, ConversionItem], None] | None = None) -> ConversionResult:
    """Seal-sign and issue each page of `items` with `signer` (a logged-in token's RawSigner); blocking."""
    require(session.user, Action.SIGN_SEAL)
    db = session.db
    binding = certificates.check_signer_binding(session, ROLE, signer.certificate_der)
    certificates.check_signing_certificate(signer.certificate_der, at=session.now(), trust_roots_der=trust_roots(db),
                                           chain_der=[*signer.chain_der, *certificates.chain_for(db)])
    cert_sha = hashlib.sha256(signer.certificate_der).hexdigest()
    cert = x509.load_der_x509_certificate(signer.certificate_der)
    signer_name, serial = certificates.common_name(cert), format(cert.serial_number, "X")
    prepared = pdf_signer.prepare_signer(signer)
    issued = 0
    for index, item in enumerate(items):
        stored = records_repo.get(db, item.record_id, item.version)
        rec = stored.record
        if rec.status.value != "locked" or rec.signatures or not rec.converted_from_paper:
            continue  # issued meanwhile (a resumed batch): never sign twice
        attachment = pdf_signer.PayloadAttachment(stored.payload or b"", stored.payload_sha256 or "", rec.id,
                                                  rec.version)
        try:
            pdf = pdf_signer.sign_pdf(stored.pdf or b"", prepared, role=ROLE, location=rec.issued_place,
                                      payload=attachment, timestamper=timestamper)
        except TokenError as exc:
            return ConversionResult(issued, len(items) - index, stopped_by=exc.message)
        with db.transaction():
            pdf_sha = hashlib.sha256(pdf).hexdigest()
            records_repo.add_signature(db, rec.id, rec.version, role=ROLE, user_id=binding.user_id,
                                       signer_name=signer_name, cert_serial=serial, cert_sha256=cert_sha,
                                       signed_at=session.now().isoformat(), pdf=pdf, pdf_sha256=pdf_sha)
            audit.append(db, actor=session.account.username, action="record.sign", entity="record",
                         entity_id=f"{rec.id}/{rec.version}", before=None,
                         after={"role": ROLE, "cert_sha256": cert_sha, "trichluc": True})
            _issue(session, stored, pdf, signer, timestamped=timestamper is not None)
        issued += 1
        if progress is not None:
            progress(index + 1, len(items), item)
    return ConversionResult(issued, 0)


def _issue(session, stored, pdf: bytes, signer, *, timestamped: bool) -> None:
    """Store the signed PDF, sign the QR summary, mark issued and queue the page with its scan for the centre."""
    db, rec = session.db, stored.record
    pdf_sha = blobs_repo.put_blob(db, pdf, "application/pdf")
    payload = json.loads(stored.payload or b"{}")
    issued_on = session.now().date().isoformat()
    records_repo.mark_issued(db, rec.id, rec.version, issued_on=issued_on,
                             qr=qr.make_qr_text(qr.summary_claims(payload, pdf_sha, issued_on), signer))
    scans = [{"sha256": a.sha256, "role": "scan", "media_type": a.media_type}
             for a in trichluc_repo.attachments(db, rec.id, trichluc_repo.SCAN_KIND)]
    kind = "hocba_tieuhoc" if payload.get("bang") == "thongtinsohocbasotieuhoc" else "hocba_thcs_thpt"
    outbox.enqueue(db, record_id=rec.id, version=rec.version, kind=kind, event="NEW" if rec.version == 1 else "UPDATE",
                   payload=payload, payload_bytes=stored.payload or b"", payload_sha256=stored.payload_sha256 or "",
                   blobs=[{"sha256": pdf_sha, "role": "signed_pdf", "media_type": "application/pdf"}, *scans],
                   updated_at=session.now().strftime("%Y-%m-%dT%H:%M:%SZ"))
    if not timestamped:
        upgrades_repo.enqueue(db, rec.id, rec.version, at=session.now().isoformat())
    audit.append(db, actor=session.account.username, action="record.issue", entity="record",
                 entity_id=f"{rec.id}/{rec.version}", before={"status": "signing"},
                 after={"status": "issued", "pdf_sha256": pdf_sha, "trichluc": True})
