"""Signing use cases for the window: check before locking, lock and plan, unlock, sign a batch.

Nothing is locked before everything that can be checked without the PIN has passed: the user's
certificate is bound for the role, valid now, made for signing and chained to the school's trust list,
and the token module is installed, or the signer is a remote credential (`readiness`). The screen then
asks the token worker whether the bound token is plugged in, and only then locks. A page locked but not
yet signed by anyone can be unlocked again (principal, or the class's homeroom teacher), with a reason,
in the audit log. The plan is issue 14's `SigningPrep`, so remote signing (issue 17) takes it as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.domain.errors import InvalidInputError, SigningError
from hocbaso_desktop.domain.i18n import _, format_date
from hocbaso_desktop.domain.roles import Action, Scope, is_allowed, require
from hocbaso_desktop.services.changes import SIGNED, Changed, Changes, audited
from hocbaso_desktop.services.class_signing import SigningPrep, signing_roles
from hocbaso_desktop.signing import (
    ROLE_ACTIONS,
    BatchResult,
    RemoteCredentialView,
    binding_for_signer,
    bound_token_signer,
    certificates,
    common_name,
    credential_view,
    issuance,
    token_signing,
)
from hocbaso_desktop.storage import audit, records_repo, school_repo, trust_repo
from hocbaso_desktop.token import PinPrompt, default_module

# How many PINs one batch may ask when the person mistypes (the token's own counter still refuses the
# final try in the PIN dialog, so a VGCA token is never locked by this loop).
PIN_ATTEMPTS_PER_BATCH = 3


@dataclass(frozen=True)
class Readiness:
    """What the screen needs before locking: the bound certificate and the token to look for."""

    certificate: str          # "CN — hết hạn dd/mm/yyyy"
    token_serial: str         # "" for a remote credential
    module_path: str          # "" for a remote credential
    env: dict[str, str]
    remote: RemoteCredentialView | None = None   # the remote credential that will sign (ký số từ xa)


def _require_lock_right(session, class_id: str) -> None:
    """The principal (LOCK_RECORDS) or the homeroom teacher of the class."""
    if not (is_allowed(session.user, Action.LOCK_RECORDS)
            or is_allowed(session.user, Action.SIGN_GVCN, Scope(class_id=class_id))):
        require(session.user, Action.LOCK_RECORDS)


def readiness(session, class_id: str, role: str) -> Readiness:
    """Check everything but the token's presence and the PIN; raise SigningError (Vietnamese) with the reason."""
    require(session.user, ROLE_ACTIONS.get(role, Action.SIGN_GVCN), Scope(class_id=class_id))
    binding = binding_for_signer(session, role)
    anchors = [a.der for a in trust_repo.list_anchors(session.db)]
    certificates.check_signing_certificate(binding.cert_der, at=session.now(), trust_roots_der=anchors,
                                           chain_der=list(trust_repo.list_intermediates(session.db)))
    cert = x509.load_der_x509_certificate(binding.cert_der)
    label = _("{cn} — hết hạn {d}", cn=common_name(cert), d=format_date(cert.not_valid_after_utc))
    if binding.is_remote:  # a remote signer (issue 17): no token, no module; the service answers at signing
        return Readiness(label, "", "", {}, credential_view(session, role, class_id))
    module = binding.module_path or default_module() or ""
    if not module or not Path(module).exists():
        raise SigningError(_("Máy này chưa cài phần mềm (PKCS#11) của thiết bị ký: {m}. Hãy cài phần mềm đi kèm "
                             "thiết bị ký (USB token) rồi thử lại.", m=module or "—"))
    return Readiness(label, binding.token_serial, module, token_signing.token_env(session, module))


def lock_and_plan(session, class_id: str, role: str) -> SigningPrep:
    """Check readiness, then (homeroom teacher) lock the class's draft pages, and list what `role` signs."""
    ready = readiness(session, class_id, role)
    changes = Changes()
    if role == "gvcn":
        issuance.prepare_class(session, class_id)
        changes = audited(records=True)  # the draft pages are locked now
    plan = issuance.plan_batch(session, class_id, role)
    return SigningPrep(plan, ready.certificate, ready.token_serial, ready.module_path, "", ready.remote, changes)


def current_plan(session, class_id: str, role: str) -> SigningPrep:
    """The list as it stands now, locking nothing: the screen's refresh after a change made elsewhere (a remote
    batch sent by the background job, another signer's batch, an unlock)."""
    ready = readiness(session, class_id, role)
    plan = issuance.plan_batch(session, class_id, role)
    return SigningPrep(plan, ready.certificate, ready.token_serial, ready.module_path, "", ready.remote)


def locked_unsigned(session, class_id: str) -> list[str]:
    """Names of the students whose page is locked but signed by nobody yet (what unlock would open)."""
    _require_lock_right(session, class_id)
    names = {s.id: s.full_name for s in school_repo.students_in_class(session.db, class_id)}
    return [names.get(s.record.student_id, s.record.student_id)
            for s in records_repo.latest_for_class(session.db, class_id)
            if s.record.status.value == "locked" and not s.record.signatures]


def unlock_class(session, class_id: str, reason: str) -> Changed[int]:
    """Unlock every page of a class locked but not yet signed by anyone (back to draft); audited; return count."""
    _require_lock_right(session, class_id)
    if not reason.strip():
        raise InvalidInputError(_("Cần ghi lý do mở khoá."), field="reason")
    db = session.db
    count = 0
    with db.transaction():
        for stored in records_repo.latest_for_class(db, class_id):
            rec = stored.record
            if rec.status.value != "locked" or rec.signatures:
                continue
            records_repo.unlock(db, rec.id, rec.version)
            audit.append(db, actor=session.account.username, action="record.unlock", entity="record",
                         entity_id=f"{rec.id}/{rec.version}", before={"status": "locked"},
                         after={"status": "draft", "reason": reason.strip()})
            count += 1
    return Changed(count, audited(records=True) if count else Changes())


def sign(session, prep: SigningPrep, token_serial: str, prompt: PinPrompt, *,
         progress: Callable[[str, int, int], None], cancelled: Callable[[], bool]) -> Changed[BatchResult]:
    """Sign the batch with one PIN entry (asked again when mistyped); a pulled token stops it cleanly."""
    plan = issuance.plan_batch(session, prep.plan.class_id, prep.plan.role)  # resume: skips pages already signed
    total = len(plan.items)
    progress(_("Chuẩn bị ký {n} học bạ…", n=total), 0, total)
    with bound_token_signer(session, plan.role, prompt, module_path=prep.module_path or None,
                            token_serial=token_serial or None,
                            pin_attempts=PIN_ATTEMPTS_PER_BATCH) as signer:
        result = issuance.sign_batch(
            session, plan, signer,
            progress=lambda i, n, item: progress(_("Đã ký {i}/{n}: {name}", i=i, n=n, name=item.student_name), i, n),
            cancel=cancelled)
    return Changed(result, SIGNED)


__all__ = ["PIN_ATTEMPTS_PER_BATCH", "BatchResult", "Readiness", "SigningPrep", "current_plan",
           "lock_and_plan", "locked_unsigned", "readiness", "sign", "signing_roles", "unlock_class"]
