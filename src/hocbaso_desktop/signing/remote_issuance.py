"""Issuance through a remote signer: freeze a batch offline, queue it, send it when the service answers.

`prepare_batch` writes each page's signature placeholder (with the stamp and, for the first signer, the payload)
and queues the hashes of the signed attributes: no network. `send_batch` asks the service for all of them (one
authorization per `multisign` hashes), checks every returned signature against the certificate, embeds them,
signs the QR summaries of pages this signature issues in a second round, and only then writes the records —
all in one transaction. A refused, expired or failed batch changes no record: its pages stay locked (or signing)
and the batch keeps its state and message until it is sent again or discarded.

Before the service is contacted (and again before the hashes go out) the credential's certificate is checked as
the token path checks it: valid, trusted, and not revoked (signing/revocation.py: the OCSP responder or CRL its
chain names, soft-fail when they do not answer). A revoked certificate fails the batch and nothing is sent.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509

from hocbaso_desktop.domain.errors import HocbasoError, PermissionDeniedError, SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Scope, require
from hocbaso_desktop.remote import RemoteFailure, RemoteSigner, RemoteSigningError, failure
from hocbaso_desktop.signing import certificates, qr, remote_pdf, remote_setup, remote_xml, revocation
from hocbaso_desktop.signing.chain import Chain
from hocbaso_desktop.signing.issuance import (
    BatchPlan,
    BatchResult,
    _current_xml,
    _pending_role,
    _record_roles,
    _signer_title,
    commit_signature,
)
from hocbaso_desktop.signing.pdf_signer import PayloadAttachment, VisibleStamp
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import (
    BatchItemRow,
    CertificateBinding,
    RemoteBatch,
    audit,
    records_repo,
    remote_repo,
    xml_repo,
)

Progress = Callable[[str, int, int], None]
# A queued batch older than this is prepared again before sending, so that the signing time written in each
# placeholder (and shown in the stamp) stays close to the moment the teacher really authorizes it.
MAX_BATCH_AGE = timedelta(hours=24)
# A batch left `sending` longer than this belongs to a run that stopped (closed, crashed): it may be sent again.
SENDING_STALE = timedelta(minutes=15)


def remote_binding(session, role: str) -> CertificateBinding:
    """The signing user's binding for `role`, which must be a remote credential."""
    binding = certificates.binding_for_signer(session, role)
    if not binding.is_remote:
        raise SigningError(_("Tài khoản “{u}” ký bằng thiết bị ký (USB token), không phải ký số từ xa; bỏ --remote.",
                             u=session.account.username))
    return binding


def _check_certificate(session, binding: CertificateBinding) -> Chain:
    return certificates.check_signing_certificate(binding.cert_der, at=session.now(),
                                                  trust_roots_der=trust_roots(session.db),
                                                  chain_der=certificates.chain_for(session.db))


def refuse_if_revoked(session, binding: CertificateBinding) -> None:
    """The token path's check at signing, for a remote credential: valid, trusted and not revoked (SigningError)."""
    chain = _check_certificate(session, binding)
    revocation.refuse_if_revoked(binding.cert_der, chain.intermediates, trust_roots(session.db), at=session.now())


def prepare_batch(session, plan: BatchPlan) -> RemoteBatch | None:
    """Freeze the placeholders of the plan's pages for the user's remote credential and queue them (offline)."""
    require(session.user, certificates.ROLE_ACTIONS[plan.role], Scope(class_id=plan.class_id))
    db, role = session.db, plan.role
    binding = remote_binding(session, role)
    _check_certificate(session, binding)
    chain = certificates.signer_chain(db, binding.cert_der, at=session.now())  # the path, root excluded
    signer_name = certificates.common_name(x509.load_der_x509_certificate(binding.cert_der))
    rows = []
    queued = remote_repo.queued_records(db)
    for item in plan.items:
        stored = records_repo.get(db, item.record_id, item.version)
        if stored.record.class_id != plan.class_id:
            raise PermissionDeniedError(_("Học bạ {r} không thuộc lớp đang ký.", r=stored.record.id[:8]))
        if _pending_role(db, stored) != role or (item.record_id, item.version) in queued:
            continue
        pdf = stored.pdf or b""
        first = not stored.record.signatures
        xml = _current_xml(db, stored)
        attachment = PayloadAttachment(stored.payload or b"", stored.payload_sha256 or "", stored.record.id,
                                       stored.record.version, xml=xml, at=session.now()) if first else None
        stamp = VisibleStamp(signer_name, _signer_title(role, stored, session), session.now())
        prepared = remote_pdf.prepare(pdf, binding.cert_der, chain, role=role, location=stored.record.issued_place,
                                      payload=attachment, stamp=stamp)
        # the XML form is signed by the same key in the same authorization, as the token path does
        prepared_xml = remote_xml.prepare(xml, binding.cert_der, chain, role)
        rows.append(BatchItemRow(len(rows), stored.record.id, stored.record.version, hashlib.sha256(pdf).hexdigest(),
                                 prepared.prepared_pdf, prepared.signed_attrs, prepared.digest,
                                 prepared.document_digest, prepared.reserved_start, prepared.reserved_end,
                                 prepared_xml.prepared_xml, prepared_xml.signed_info))
    if not rows:
        return None
    return remote_repo.queue_batch(db, binding_id=binding.id, role=role, class_id=plan.class_id, items=rows,
                                   actor=session.account.username, at=session.now().isoformat())


def open_batches_for(session, class_id: str, role: str) -> list[RemoteBatch]:
    """The user's queued (or failed) batches for a class and role, oldest first."""
    binding = remote_binding(session, role)
    return [b for b in remote_repo.open_batches(session.db, binding_id=binding.id, class_id=class_id) if b.role == role]


def discard_batch(session, batch: RemoteBatch, reason: str) -> None:
    """Give up a queued batch (its records are untouched); audited."""
    db = session.db
    with db.transaction():
        remote_repo.set_batch_state(db, batch.id, "discarded", reason, at=session.now().isoformat())
        remote_repo.drop_items(db, batch.id)
        audit.append(db, actor=session.account.username, action="remote_batch.discard", entity="remote_batch",
                     entity_id=batch.id, before={"state": batch.state}, after={"state": "discarded", "reason": reason})


@dataclass
class _Prefetched:
    """A `RawSigner` answering from signatures already obtained (the QR summaries of the second round)."""

    certificate_der: bytes
    chain_der: tuple[bytes, ...]
    signatures: dict[bytes, bytes]

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """The prefetched signature of `data`."""
        return self.signatures[hashlib.sha256(data).digest()]


class _Recorder:
    """A `RawSigner` that only records what it is asked to sign (to learn the QR summaries' bytes)."""

    def __init__(self, certificate_der: bytes) -> None:
        self.certificate_der, self.seen = certificate_der, []

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Record `data`; the dummy signature is thrown away with the text."""
        self.seen.append(data)
        return b"\0" * 256


def send_batch(session, batch: RemoteBatch, signer: RemoteSigner, *, timestamper=None,
               progress: Progress | None = None) -> BatchResult:
    """Get the batch's signatures from the service and write the records (all, or none)."""
    db, role = session.db, batch.role
    require(session.user, certificates.ROLE_ACTIONS[role], Scope(class_id=batch.class_id))
    binding = remote_binding(session, role)
    items = remote_repo.batch_items(db, batch.id)
    if binding.id != batch.binding_id or signer.certificate_der != binding.cert_der:
        raise SigningError(_("Chứng thư của dịch vụ ký không phải chứng thư đã đăng ký cho tài khoản “{u}”.",
                             u=session.account.username))
    try:
        refuse_if_revoked(session, binding)   # before any hash is sent to the service
    except SigningError as exc:
        remote_repo.set_batch_state(db, batch.id, "failed", exc.message, at=session.now().isoformat())
        raise
    stale = [i for i in items if _stale(session, i, role)]
    if stale or any(i.xml_prepared is None for i in items):  # changed since, or queued before the XML form
        discard_batch(session, batch, _("Học bạ đã thay đổi sau khi chuẩn bị lô ký; cần chuẩn bị lại."))
        return BatchResult(0, 0, len(items), stopped_by=_("Lô ký cũ đã được bỏ vì học bạ thay đổi; hãy ký lại."))
    note = (lambda stage, i, n: progress(stage, i, n)) if progress else (lambda stage, i, n: None)
    if not remote_repo.claim_batch(db, batch.id, at=session.now().isoformat(),
                                   stale_before=(session.now() - SENDING_STALE).isoformat()):
        return BatchResult(0, 0, len(items), stopped_by=_("Lô ký này đang được gửi (ở cửa sổ khác hoặc chạy nền)."))
    try:
        note("authorize", 0, len(items))
        # one hash for the PDF and one for the XML form per page, all counted in the same authorizations
        signatures = signer.sign_digests([d for i in items for d in (i.digest, _xml(i).digest)])
        pdfs = _embed(items, signatures[0::2], binding, signer, timestamper)
        xmls = _embed_xml(items, signatures[1::2], binding, role)
        note("embedded", len(items), len(items))
        # the signers the frozen payload names (never below the floor): what commit_signature will issue on
        issuing = [i for i in items if _record_roles(db, records_repo.get(db, i.record_id, i.version))[-1] == role]
        qr_signer = _qr_round(session, issuing, pdfs, signer) if issuing else signer
    except RemoteSigningError as exc:
        # the connection lost on the way: still waiting for a connection (the background job sends it again)
        state = "queued" if exc.kind is RemoteFailure.UNREACHABLE else "failed"
        remote_repo.set_batch_state(db, batch.id, state, exc.message, at=session.now().isoformat())
        return BatchResult(0, 0, len(items), stopped_by=exc.message)
    except HocbasoError as exc:
        remote_repo.set_batch_state(db, batch.id, "failed", exc.message, at=session.now().isoformat())
        raise
    issued = 0
    with db.transaction():
        for item in items:
            stored = records_repo.get(db, item.record_id, item.version)
            xml_repo.put_xml(db, item.record_id, item.version, xmls[item.position])
            issued += commit_signature(session, stored, role, binding.user_id, pdfs[item.position], qr_signer)
        remote_repo.set_batch_state(db, batch.id, "done", "", at=session.now().isoformat())
        remote_repo.drop_items(db, batch.id)
    note("done", len(items), len(items))
    return BatchResult(len(items), issued, 0)


def _stale(session, item: BatchItemRow, role: str) -> bool:
    stored = records_repo.get(session.db, item.record_id, item.version)
    return _pending_role(session.db, stored) != role or hashlib.sha256(stored.pdf or b"").hexdigest() != \
        item.base_pdf_sha256


def _embed(items: list[BatchItemRow], signatures: list[bytes], binding: CertificateBinding, signer: RemoteSigner,
           timestamper) -> dict[int, bytes]:
    """Check each signature against the certificate, then write it into its placeholder."""
    pdfs = {}
    for item, signature in zip(items, signatures, strict=True):
        prepared = remote_pdf.PreparedSignature(item.prepared_pdf, item.signed_attrs, item.digest,
                                                item.document_digest, item.reserved_start, item.reserved_end)
        if not remote_pdf.check_signature(prepared, signature, binding.cert_der):
            raise failure(RemoteFailure.PROTOCOL, detail=_("chữ ký trả về không khớp với chứng thư"))
        pdfs[item.position] = remote_pdf.finish(prepared, signature, binding.cert_der, signer.chain_der,
                                                timestamper=timestamper)
    return pdfs


def _xml(item: BatchItemRow) -> remote_xml.PreparedXml:
    signed_info = item.xml_signed_info or b""
    return remote_xml.PreparedXml(item.xml_prepared or b"", signed_info, hashlib.sha256(signed_info).digest())


def _embed_xml(items: list[BatchItemRow], signatures: list[bytes], binding: CertificateBinding,
               role: str) -> dict[int, bytes]:
    """Check each XML signature against the certificate, then write it into its blank SignatureValue."""
    out = {}
    for item, signature in zip(items, signatures, strict=True):
        prepared = _xml(item)
        if not remote_xml.check_signature(prepared, signature, binding.cert_der):
            raise failure(RemoteFailure.PROTOCOL, detail=_("chữ ký trả về không khớp với chứng thư"))
        out[item.position] = remote_xml.finish(prepared, signature, binding.cert_der, role)
    return out


def _qr_round(session, issuing: list[BatchItemRow], pdfs: dict[int, bytes], signer: RemoteSigner) -> _Prefetched:
    """Sign the QR summaries of the pages this batch issues, in one more authorization round."""
    recorder = _Recorder(signer.certificate_der)
    for item in issuing:
        stored = records_repo.get(session.db, item.record_id, item.version)
        claims = qr.summary_claims(json.loads(stored.payload or b"{}"), hashlib.sha256(pdfs[item.position]).hexdigest(),
                                   session.today().isoformat())
        qr.make_qr_text(claims, recorder)
    digests = [hashlib.sha256(d).digest() for d in recorder.seen]
    return _Prefetched(signer.certificate_der, signer.chain_der, dict(zip(digests, signer.sign_digests(digests),
                                                                          strict=True)))


def sign_queued(session, plan: BatchPlan, secrets, *, observer=None, cancel=None, timestamper=None,
                transport=None) -> BatchResult:
    """Queue the plan's pages that are not queued yet, then send every open batch of this class and role.

    Offline, the batch stays queued (the service unreachable): the result says why, and the next call sends it.
    """
    binding = remote_binding(session, plan.role)
    for old in open_batches_for(session, plan.class_id, plan.role):
        if session.now() - datetime.fromisoformat(old.created_at) > MAX_BATCH_AGE:
            discard_batch(session, old, _("Lô ký chuẩn bị quá 24 giờ trước; đã chuẩn bị lại."))
    prepare_batch(session, plan)
    refuse_if_revoked(session, binding)   # before the service is contacted at all (the batch stays queued)
    signed = issued = 0
    batches = open_batches_for(session, plan.class_id, plan.role)
    for index, batch in enumerate(batches):
        remaining = sum(remote_repo.batch_size(session.db, b.id) for b in batches[index:])
        try:
            with remote_setup.open_signer(session, binding, secrets, observer=observer, cancel=cancel,
                                          transport=transport) as signer:
                result = send_batch(session, batch, signer, timestamper=timestamper)
        except RemoteSigningError as exc:
            return BatchResult(signed, issued, remaining, stopped_by=exc.message)
        signed, issued = signed + result.signed, issued + result.issued
        if result.stopped_by:
            return BatchResult(signed, issued, remaining, stopped_by=result.stopped_by)
    return BatchResult(signed, issued, 0)
