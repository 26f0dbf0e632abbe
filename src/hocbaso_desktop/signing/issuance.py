"""Issuance use cases: lock pages for signing, sign a batch with one token login, issue, revoke and correct.

draft → locked (payload frozen, PDF rendered) → signing (one PAdES signature per required role, in
order) → issued (immutable; blob + outbox + QR in the same transaction as the last signature). Each
record's signature and its database update are one transaction, so a token pulled in the middle of a
batch leaves every earlier record signed and the current one untouched; planning again resumes at it.

Revocation (thu hồi) reaches the central system as its own outbox item, queued in the revoking
transaction. The centre keeps the highest version per record_id (central-api.md), so the revocation
cannot reuse the record's id: its envelope has the stable id uuid5(NAMESPACE_URL,
"urn:hocbaso:<record_id>/revocation/<version>") (the same revocation always gets the same id, so a
replay is a duplicate), version 1, kind "revocation", event "CANCEL", and the payload
{"madinhdanhhocba", "phienbanthongtinhocba" (the revoked version), "trangthaithongtinhocba": "2",
"lydo", "nguoiquyetdinh" (who decided), "thoidiemthuhoi"}. The corrected version n+1 later goes out
under the record's own id as an UPDATE.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC

from cryptography import x509

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError, SigningError, TokenError
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import _, nfc, vietnamese
from hocbaso_desktop.domain.model import YearRecord
from hocbaso_desktop.domain.payload import STATUS_REVOKED, build_payload, canonical_bytes, sha256_hex
from hocbaso_desktop.domain.roles import Action, Role, Scope, is_allowed, require
from hocbaso_desktop.signing import (
    audit_anchor,
    certificates,
    content,
    pdf_signer,
    qr,
    revocation,
    xades,
    xml_form,
)
from hocbaso_desktop.signing.chain import school_candidates
from hocbaso_desktop.signing.page import render_issued_pdf
from hocbaso_desktop.signing.signers import REQUIRED_SIGNERS_FIELD, required_signers
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import (
    SchoolSettings,
    StoredRecord,
    audit,
    blobs_repo,
    certificates_repo,
    outbox,
    records_repo,
    school_repo,
    trichluc_repo,
    upgrades_repo,
    xml_repo,
)

log = logging.getLogger(__name__)

ROLE_ORDER = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
# A vice principal signs the principal's signature in their place: the stamp says so (a document: Vietnamese).
VICE_PRINCIPAL_TITLE = "Phó Hiệu trưởng (ký thay Hiệu trưởng)"
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


def required_roles(db, *, record: YearRecord | None = None) -> tuple[str, ...]:
    """The signers a page needs, in order (setting, default GVCN + principal + seal when a seal is bound).

    A page converted from paper (trích lục) is certified by the school alone: the seal.
    """
    if record is not None and record.converted_from_paper:
        return (SignerRole.SEAL,)
    configured = SchoolSettings(db).required_roles
    if configured:
        return tuple(r for r in ROLE_ORDER if r in configured)
    roles = [SignerRole.HOMEROOM, SignerRole.PRINCIPAL]
    if certificates_repo.active_bindings(db, role=SignerRole.SEAL):
        roles.append(SignerRole.SEAL)
    return tuple(roles)


def prepare_class(session, class_id: str) -> int:
    """Create missing drafts and lock every draft page of a class (freeze payload, render PDF); return count."""
    if not (is_allowed(session.user, Action.LOCK_RECORDS)
            or is_allowed(session.user, Action.SIGN_GVCN, Scope(class_id=class_id))):
        require(session.user, Action.LOCK_RECORDS)
    db, now = session.db, session.now()
    school = school_repo.get_school(db)
    school_class = school_repo.get_class(db, class_id)
    place = school.place
    roles = required_roles(db)
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
            with vietnamese():  # the signed data is the school's document: its words are Vietnamese
                payload = build_payload(content.payload_input(session, record, created_on=now.date().isoformat()))
            # The signers are part of the signed data: a verifier without this database knows whom to expect.
            payload[REQUIRED_SIGNERS_FIELD] = list(roles)
            data = canonical_bytes(payload)
            sha = sha256_hex(data)
            records_repo.lock(db, record.id, record.version, payload=data, payload_sha256=sha,
                              pdf=render_issued_pdf(payload, sha, roles), issued_place=place)
            audit.append(db, actor=session.account.username, action="record.lock", entity="record",
                         entity_id=f"{record.id}/{record.version}", before={"status": "draft"},
                         after={"status": "locked", "payload_sha256": sha})
            locked += 1
    return locked


def _record_roles(db, stored: StoredRecord) -> tuple[str, ...]:
    """The signers a locked page needs: those its frozen payload names (what verifiers will require).

    A page frozen before the payload named its signers follows the school's setting, as it did then.
    """
    try:
        payload = json.loads(stored.payload or b"{}")
    except ValueError:
        payload = {}
    if isinstance(payload, dict) and (REQUIRED_SIGNERS_FIELD in payload or payload.get("trichluc") is True):
        return required_signers(payload)
    return required_roles(db, record=stored.record)


def _pending_role(db, stored: StoredRecord) -> str | None:
    """The role whose signature this page needs next, or None when it is not waiting for a signature."""
    if stored.record.status.value not in ("locked", "signing"):
        return None
    required = _record_roles(db, stored)
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
        pending = _pending_role(db, stored)
        if pending == role:
            items.append(BatchItem(stored.record.id, stored.record.version, names.get(stored.record.student_id, ""),
                                   stored.payload_sha256 or ""))
        elif pending is not None and ROLE_ORDER.index(pending) < ROLE_ORDER.index(role):
            waiting.append(names.get(stored.record.student_id, stored.record.student_id))
    items.sort(key=lambda i: (i.student_name.split()[-1:], i.student_name))
    return BatchPlan(class_id, school_class.name, role, tuple(items), tuple(waiting))


def _issue(session, stored: StoredRecord, pdf: bytes, signer) -> None:
    """Last signature done: store the blob, sign the QR summary, mark issued, queue for the central system.

    The version is also queued for the upgrade to B-LTA (signing/ltv.py), whether signed B-B or B-T.
    """
    db, rec = session.db, stored.record
    pdf_sha = blobs_repo.put_blob(db, pdf, "application/pdf")
    payload = json.loads(stored.payload or b"{}")
    issued_on = session.today().isoformat()
    qr_text = qr.make_qr_text(qr.summary_claims(payload, pdf_sha, issued_on), signer)
    records_repo.mark_issued(db, rec.id, rec.version, issued_on=issued_on, qr=qr_text)
    kind = "hocba_tieuhoc" if payload.get("bang") == "thongtinsohocbasotieuhoc" else "hocba_thcs_thpt"
    scans = [{"sha256": a.sha256, "role": "scan", "media_type": a.media_type}  # trích lục: the paper page's scan
             for a in trichluc_repo.attachments(db, rec.id, trichluc_repo.SCAN_KIND)] if rec.converted_from_paper else []
    outbox.enqueue(db, record_id=rec.id, version=rec.version, kind=kind, event="NEW" if rec.version == 1 else "UPDATE",
                   payload=payload, payload_bytes=stored.payload or b"", payload_sha256=stored.payload_sha256 or "",
                   blobs=[{"sha256": pdf_sha, "role": "signed_pdf", "media_type": "application/pdf"}, *scans],
                   updated_at=session.now().strftime("%Y-%m-%dT%H:%M:%SZ"))
    # B-B or B-T, every issued version is queued for the upgrade to B-LTA (validation data + archive timestamp)
    upgrades_repo.enqueue(db, rec.id, rec.version, at=session.now().isoformat())
    audit.append(db, actor=session.account.username, action="record.issue", entity="record",
                 entity_id=f"{rec.id}/{rec.version}", before={"status": "signing"},
                 after={"status": "issued", "pdf_sha256": pdf_sha,
                        **({"trichluc": True} if rec.converted_from_paper else {})})


def _signer_title(role: str, stored: StoredRecord, session=None) -> str:
    """The capacity shown in the visible stamp: the leader's recorded title for the principal's signature, and
    for a vice principal signing in the principal's place, theirs, saying so (ký thay: "KT. Hiệu trưởng")."""
    if role == SignerRole.PRINCIPAL and session is not None and session.account.role == Role.VICE_PRINCIPAL:
        return nfc(VICE_PRINCIPAL_TITLE)
    if role == SignerRole.PRINCIPAL:
        title = json.loads(stored.payload or b"{}").get("chucvugiamhieu")
        if title:
            return title
    return nfc(pdf_signer.ROLE_TITLES[role])  # drawn in the stamp: a document, Vietnamese


def sign_batch(session, plan: BatchPlan, signer, *, progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None, timestamper=None) -> BatchResult:
    """Sign every page of `plan` with `signer` (a logged-in token's RawSigner); blocking, run off the UI thread.

    `timestamper` (signing/ltv.reachable) makes the signatures B-T; without it they are B-B and issued
    versions are queued for the late upgrade. `cancel` is polled between records.
    """
    return sign_records(session, plan.role, plan.items, signer, scope=Scope(class_id=plan.class_id),
                        progress=progress, cancel=cancel, timestamper=timestamper)


def sign_records(session, role: str, items: Sequence[BatchItem], signer, *, scope: Scope | None = None,
                 progress: Progress | None = None, cancel: Callable[[], bool] | None = None,
                 timestamper=None) -> BatchResult:
    """Sign `items` as `role` within `scope`; a page's last required signature issues it.

    Used by `sign_batch` (a class) and by the seal-only issuance of converted paper pages (trích lục).
    """
    require(session.user, certificates.ROLE_ACTIONS[role], scope or Scope())
    db = session.db
    binding = certificates.check_signer_binding(session, role, signer.certificate_der)
    # One chain builder for binding, signing and verification: the CMS carries exactly the path it finds.
    chain = certificates.check_signing_certificate(signer.certificate_der, at=session.now(),
                                                   trust_roots_der=trust_roots(db),
                                                   chain_der=school_candidates(db, token_certs=signer.chain_der))
    # A revoked certificate (a lost token) must not sign: ask its responders when they answer (soft-fail offline)
    revocation.refuse_if_revoked(signer.certificate_der, chain.intermediates, trust_roots(db), at=session.now())
    signer_name = certificates.common_name(x509.load_der_x509_certificate(signer.certificate_der))
    signed = issued = 0
    total = len(items)
    pyhanko_signer = pdf_signer.prepare_signer(signer, chain.intermediates)
    for index, item in enumerate(items):
        if cancel is not None and cancel():
            return BatchResult(signed, issued, total - index, cancelled=True)
        stored = records_repo.get(db, item.record_id, item.version)
        # The permission was checked for `scope`: every page must really belong to it (a homeroom teacher's
        # list must never carry a page of another class).
        if scope is not None and scope.class_id is not None and stored.record.class_id != scope.class_id:
            raise PermissionDeniedError(_("Học bạ {r} không thuộc lớp đang ký.", r=stored.record.id[:8]))
        if _pending_role(db, stored) != role:
            continue  # signed meanwhile (a resumed batch): never sign twice
        first = not stored.record.signatures
        xml = _current_xml(db, stored)
        attachment = pdf_signer.PayloadAttachment(stored.payload or b"", stored.payload_sha256 or "",
                                                  stored.record.id, stored.record.version, xml=xml,
                                                  at=session.now()) if first else None
        stamp = pdf_signer.VisibleStamp(signer_name, _signer_title(role, stored, session), session.now())
        last = _record_roles(db, stored)[-1] == role
        try:
            pdf = pdf_signer.sign_pdf(stored.pdf or b"", pyhanko_signer, role=role, location=stored.record.issued_place,
                                      payload=attachment, timestamper=timestamper, stamp=stamp, lock=last)
            signed_xml = xades.sign_xml(xml, signer, role)   # the XML form, signed by the same token, same order
        except TokenError as exc:
            return BatchResult(signed, issued, total - index, stopped_by=exc.message)
        try:  # the QR summary at issuance is signed by the token too: a pull there rolls this record back
            with db.transaction():
                xml_repo.put_xml(db, stored.record.id, stored.record.version, signed_xml)
                issued += commit_signature(session, stored, role, binding.user_id, pdf, signer)
        except TokenError as exc:
            return BatchResult(signed, issued, total - index, stopped_by=exc.message)
        signed += 1
        if progress is not None:
            progress(index + 1, total, item)
    if signed:
        _anchor_audit(session, signer)
    return BatchResult(signed, issued, 0)


def _anchor_audit(session, signer) -> None:
    """Sign the audit chain's head with the batch's token (signing/audit_anchor.py); a failure costs the anchor
    only (the next batch anchors these rows too), never the signed records."""
    try:
        audit_anchor.anchor_now(session.db, signer, school_code=school_repo.get_school(session.db).code,
                                at=session.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    except TokenError as exc:
        log.warning("audit anchor not signed: %s", exc.message)


def _current_xml(db, stored: StoredRecord) -> bytes:
    """The version's XML form as signed so far; before the first signature, built from the frozen payload."""
    signed = xml_repo.get_xml(db, stored.record.id, stored.record.version)
    if signed is not None and stored.record.signatures:
        return signed
    xml = xml_form.build_xml(json.loads(stored.payload or b"{}"), _record_roles(db, stored))
    xades.require_valid_schema(xml)
    return xml


def commit_signature(session, stored: StoredRecord, role: str, user_id: str, pdf: bytes, signer) -> int:
    """Store one signed PDF for `role` (inside the caller's transaction); issue the record when it is the last
    signature. Return 1 when issued. `signer` signs the QR summary at issuance."""
    db, rec = session.db, stored.record
    cert = x509.load_der_x509_certificate(signer.certificate_der)
    cert_sha = hashlib.sha256(signer.certificate_der).hexdigest()
    records_repo.add_signature(db, rec.id, rec.version, role=role, user_id=user_id,
                               signer_name=certificates.common_name(cert), cert_serial=format(cert.serial_number, "X"),
                               cert_sha256=cert_sha, signed_at=session.now().isoformat(), pdf=pdf,
                               pdf_sha256=hashlib.sha256(pdf).hexdigest())
    audit.append(db, actor=session.account.username, action="record.sign", entity="record",
                 entity_id=f"{rec.id}/{rec.version}", before=None, after={"role": role, "cert_sha256": cert_sha})
    if _record_roles(db, stored)[-1] != role:
        return 0
    _issue(session, records_repo.get(db, rec.id, rec.version), pdf, signer)
    return 1


def _nfc_payload(payload: dict[str, str]) -> dict[str, str]:
    """NFC text, so the outbox's canonical bytes equal those hashed here."""
    return {k: nfc(v) for k, v in payload.items()}


def revocation_envelope_id(record_id: str, version: int) -> str:
    """The stable outbox record_id of the revocation of (record_id, version) (see the module docstring)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:hocbaso:{record_id}/revocation/{version}"))


def _enqueue_revocation(session, record_id: str, version: int, reason: str) -> None:
    """Queue the revocation of (record_id, version) for the central system (inside the caller's transaction)."""
    now = session.now()
    payload = _nfc_payload({"madinhdanhhocba": record_id, "phienbanthongtinhocba": str(version),
                            "trangthaithongtinhocba": STATUS_REVOKED, "lydo": reason,
                            "nguoiquyetdinh": session.account.full_name,
                            "thoidiemthuhoi": now.strftime("%Y-%m-%dT%H:%M:%SZ")})
    data = canonical_bytes(payload)
    outbox.enqueue(session.db, record_id=revocation_envelope_id(record_id, version), version=1, kind="revocation",
                   event="CANCEL", payload=payload, payload_bytes=data, payload_sha256=sha256_hex(data), blobs=[],
                   updated_at=now.strftime("%Y-%m-%dT%H:%M:%SZ"))


def revoke(session, record_id: str, reason: str) -> StoredRecord:
    """Revoke (thu hồi) the issued version of a record, queue the revocation for the centre, open version n+1."""
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
        _enqueue_revocation(session, rec.id, rec.version, reason.strip())
        new = records_repo.create(db, record_id=rec.id, version=rec.version + 1, student_id=rec.student_id,
                                  class_id=rec.class_id, year=rec.year, regulation=rec.regulation,
                                  created_at=session.now().isoformat(), converted_from_paper=rec.converted_from_paper)
        audit.append(db, actor=session.account.username, action="record.revoke", entity="record",
                     entity_id=f"{rec.id}/{rec.version}", before={"status": "issued"},
                     after={"status": "revoked", "reason": reason.strip(), "new_version": rec.version + 1})
    return new


__all__ = ["BatchItem", "BatchPlan", "BatchResult", "commit_signature", "plan_batch", "prepare_class", "required_roles",
           "revocation_envelope_id", "revoke", "sign_batch", "sign_records"]
