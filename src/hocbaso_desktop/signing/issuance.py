"""Issuance use cases: lock pages for signing, sign a batch with one token login, issue, revoke and correct.

draft → locked (payload frozen, PDF rendered) → signing (one PAdES signature per required role, in
order) → issued (immutable; blob + outbox + QR in the same transaction as the last signature). Each
record's signature and its database update are one transaction, so a token pulled in the middle of a
batch leaves every earlier record signed and the current one untouched; planning again resumes at it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from cryptography import x509

from hocbaso_desktop.domain.payload import build_payload, canonical_bytes, sha256_hex
from hocbaso_desktop.domain.roles import Action, Scope, is_allowed, require
from hocbaso_desktop.errors import InvalidInputError, PermissionDeniedError, SigningError, TokenError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.signing import certificates, content, pdf_signer, qr
from hocbaso_desktop.signing.page import render_payload_pdf
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import (
    audit,
    blobs_repo,
    certificates_repo,
    outbox,
    records_repo,
    school_repo,
    upgrades_repo,
)
from hocbaso_desktop.storage.records_repo import StoredRecord
from hocbaso_desktop.storage.settings_repo import get_setting

REQUIRED_ROLES_SETTING = "signing.required_roles"
ROLE_ORDER = ("gvcn", "principal", "seal")
Progress = Callable[[int, int, "BatchItem"], None]


@dataclass(frozen=True)
class BatchItem:
    """One page that the batch will sign, shown to the signer before the PIN is asked."""

    record_id: str
    version: int
    student_name: str
    payload_sha256: str


@dataclass(frozen=True)
class BatchPlan:
    """Exactly what a batch will sign for one class and role."""

    class_id: str
    class_name: str
    role: str
    items: tuple[BatchItem, ...]
    waiting: tuple[str, ...]        # students whose page is not ready for this role yet (earlier signer missing)


@dataclass(frozen=True)
class BatchResult:
    """How a batch ended."""

    signed: int
    issued: int
    remaining: int
    cancelled: bool = False
    stopped_by: str = ""            # Vietnamese message of the error that stopped it (token pulled, ...)


def required_roles(db) -> tuple[str, ...]:
    """The signers a page needs, in order (setting, default GVCN + principal + seal when a seal is bound)."""
    configured = get_setting(db, REQUIRED_ROLES_SETTING)
    if configured:
        return tuple(r for r in ROLE_ORDER if r in configured)
    roles = ["gvcn", "principal"]
    if certificates_repo.active_bindings(db, role="seal"):
        roles.append("seal")
    return tuple(roles)


def prepare_class(session, class_id: str) -> int:
    """Create missing drafts and lock every draft page of a class (freeze payload, render PDF); return count."""
    if not (is_allowed(session.user, Action.LOCK_RECORDS)
            or is_allowed(session.user, Action.SIGN_GVCN, Scope(class_id=class_id))):
        require(session.user, Action.LOCK_RECORDS)
    db, now = session.db, session.now()
    school = school_repo.get_school(db)
    school_class = school_repo.get_class(db, class_id)
    place = school.commune or school.province
    locked = 0
    with db.transaction():
        for student in school_repo.students_in_class(db, class_id):
            stored = records_repo.latest_for_student(db, student.id, school_class.year)
            if stored is None:
                stored = records_repo.create(db, record_id=str(uuid.uuid4()), version=1, student_id=student.id,
                                             class_id=class_id, year=school_class.year,
                                             regulation=school.level.regulation, created_at=now.isoformat())
            if stored.record.status.value != "draft":
                continue
            record = replace(stored.record, issued_place=place)
            payload = build_payload(content.payload_input(db, record, created_on=now.date().isoformat()))
            data = canonical_bytes(payload)
            sha = sha256_hex(data)
            records_repo.lock(db, record.id, record.version, payload=data, payload_sha256=sha,
                              pdf=render_payload_pdf(payload, sha), issued_place=place)
            audit.append(db, actor=session.account.username, action="record.lock", entity="record",
                         entity_id=f"{record.id}/{record.version}", before={"status": "draft"},
                         after={"status": "locked", "payload_sha256": sha})
            locked += 1
    return locked


def _pending_role(db, stored: StoredRecord, required: tuple[str, ...]) -> str | None:
    """The role whose signature this page needs next, or None when it is not waiting for a signature."""
    if stored.record.status.value not in ("locked", "signing"):
        return None
    done = [s.role for s in records_repo.signatures(db, stored.record.id, stored.record.version)]
    return required[len(done)] if len(done) < len(required) else None


def plan_batch(session, class_id: str, role: str) -> BatchPlan:
    """List the pages of a class that `role` signs next (nothing is changed)."""
    if role not in ROLE_ORDER:
        raise InvalidInputError(_("Vai trò ký “{r}” không hợp lệ (gvcn, principal, seal).", r=role), field="role")
    require(session.user, certificates.ROLE_ACTIONS[role], Scope(class_id=class_id))
    db = session.db
    required = required_roles(db)
    if role not in required:
        raise SigningError(_("Vai trò này không nằm trong danh sách người ký bắt buộc của trường."))
    school_class = school_repo.get_class(db, class_id)
    names = {s.id: s.full_name for s in school_repo.students_in_class(db, class_id)}
    items, waiting = [], []
    for stored in records_repo.latest_for_class(db, class_id):
        pending = _pending_role(db, stored, required)
        if pending == role:
            items.append(BatchItem(stored.record.id, stored.record.version, names.get(stored.record.student_id, ""),
                                   stored.payload_sha256 or ""))
        elif pending is not None and required.index(pending) < required.index(role):
            waiting.append(names.get(stored.record.student_id, stored.record.student_id))
    items.sort(key=lambda i: (i.student_name.split()[-1:], i.student_name))
    return BatchPlan(class_id, school_class.name, role, tuple(items), tuple(waiting))


def _issue(session, stored: StoredRecord, pdf: bytes, signer, *, timestamped: bool) -> None:
    """Last signature done: store the blob, sign the QR summary, mark issued, queue for the central system.

    Signed offline (B-B), the version is also queued for the late timestamp (signing/ltv.py).
    """
    db, rec = session.db, stored.record
    pdf_sha = blobs_repo.put_blob(db, pdf, "application/pdf")
    payload = json.loads(stored.payload or b"{}")
    issued_on = session.now().date().isoformat()
    qr_text = qr.make_qr_text(qr.summary_claims(payload, pdf_sha, issued_on), signer)
    records_repo.mark_issued(db, rec.id, rec.version, issued_on=issued_on, qr=qr_text)
    kind = "hocba_tieuhoc" if payload.get("bang") == "thongtinsohocbasotieuhoc" else "hocba_thcs_thpt"
    outbox.enqueue(db, record_id=rec.id, version=rec.version, kind=kind, event="NEW" if rec.version == 1 else "UPDATE",
                   payload=payload, payload_bytes=stored.payload or b"", payload_sha256=stored.payload_sha256 or "",
                   blobs=[{"sha256": pdf_sha, "role": "signed_pdf", "media_type": "application/pdf"}],
                   updated_at=session.now().strftime("%Y-%m-%dT%H:%M:%SZ"))
    if not timestamped:
        upgrades_repo.enqueue(db, rec.id, rec.version, at=session.now().isoformat())
    audit.append(db, actor=session.account.username, action="record.issue", entity="record",
                 entity_id=f"{rec.id}/{rec.version}", before={"status": "signing"},
                 after={"status": "issued", "pdf_sha256": pdf_sha})


def sign_batch(session, plan: BatchPlan, signer, *, progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None, timestamper=None) -> BatchResult:
    """Sign every page of `plan` with `signer` (a logged-in token's RawSigner); blocking, run off the UI thread.

    `timestamper` (signing/ltv.reachable) makes the signatures B-T; without it they are B-B and issued
    versions are queued for the late upgrade. `cancel` is polled between records.
    """
    require(session.user, certificates.ROLE_ACTIONS[plan.role], Scope(class_id=plan.class_id))
    db = session.db
    binding = certificates.check_signer_binding(session, plan.role, signer.certificate_der)
    certificates.check_signing_certificate(signer.certificate_der, at=session.now(), trust_roots_der=trust_roots(db),
                                           chain_der=[*signer.chain_der, *certificates.chain_for(db)])
    required = required_roles(db)
    cert_sha = hashlib.sha256(signer.certificate_der).hexdigest()
    cert = x509.load_der_x509_certificate(signer.certificate_der)
    signer_name, serial = certificates.common_name(cert), format(cert.serial_number, "X")
    signed = issued = 0
    total = len(plan.items)
    pyhanko_signer = pdf_signer.prepare_signer(signer)
    for index, item in enumerate(plan.items):
        if cancel is not None and cancel():
            return BatchResult(signed, issued, total - index, cancelled=True)
        stored = records_repo.get(db, item.record_id, item.version)
        if _pending_role(db, stored, required) != plan.role:
            continue  # signed meanwhile (a resumed batch): never sign twice
        first = not stored.record.signatures
        attachment = pdf_signer.PayloadAttachment(stored.payload or b"", stored.payload_sha256 or "",
                                                  stored.record.id, stored.record.version) if first else None
        try:
            pdf = pdf_signer.sign_pdf(stored.pdf or b"", pyhanko_signer, role=plan.role, location=stored.record.issued_place,
                                      payload=attachment, timestamper=timestamper)
        except TokenError as exc:
            return BatchResult(signed, issued, total - index, stopped_by=exc.message)
        with db.transaction():
            records_repo.add_signature(db, stored.record.id, stored.record.version, role=plan.role,
                                       user_id=binding.user_id, signer_name=signer_name, cert_serial=serial,
                                       cert_sha256=cert_sha, signed_at=session.now().isoformat(), pdf=pdf,
                                       pdf_sha256=hashlib.sha256(pdf).hexdigest())
            audit.append(db, actor=session.account.username, action="record.sign", entity="record",
                         entity_id=f"{item.record_id}/{item.version}", before=None,
                         after={"role": plan.role, "cert_sha256": cert_sha})
            if required[-1] == plan.role:
                _issue(session, records_repo.get(db, item.record_id, item.version), pdf, signer,
                       timestamped=timestamper is not None)
                issued += 1
        signed += 1
        if progress is not None:
            progress(index + 1, total, item)
    return BatchResult(signed, issued, 0)


def revoke(session, record_id: str, reason: str) -> StoredRecord:
    """Revoke (thu hồi) the issued version of a record and open version n+1 as a draft for the correction."""
    require(session.user, Action.REVOKE)
    if not reason.strip():
        raise InvalidInputError(_("Cần ghi lý do thu hồi."), field="reason")
    db = session.db
    with db.transaction():
        current = records_repo.get(db, record_id)
        if current.record.status.value != "issued":
            raise PermissionDeniedError(_("Chỉ thu hồi được học bạ đã phát hành (phiên bản mới nhất)."))
        rec = current.record
        records_repo.mark_revoked(db, rec.id, rec.version, reason=reason.strip(), revoked_by=session.account.username)
        new = records_repo.create(db, record_id=rec.id, version=rec.version + 1, student_id=rec.student_id,
                                  class_id=rec.class_id, year=rec.year, regulation=rec.regulation,
                                  created_at=session.now().isoformat(), converted_from_paper=rec.converted_from_paper)
        audit.append(db, actor=session.account.username, action="record.revoke", entity="record",
                     entity_id=f"{rec.id}/{rec.version}", before={"status": "issued"},
                     after={"status": "revoked", "reason": reason.strip(), "new_version": rec.version + 1})
    return new


__all__ = ["BatchItem", "BatchPlan", "BatchResult", "plan_batch", "prepare_class", "required_roles",
           "revoke", "sign_batch"]
