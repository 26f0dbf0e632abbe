"""Signing a class: the use cases behind the signing screen (run on worker lanes of the interface).

`prepare` locks a class's pages (homeroom teacher) and lists exactly what will be signed, with the
certificate bound to the user; `list_tokens` asks the token worker which tokens are present; `sign`
logs in once and signs the batch, reporting progress and honouring Cancel between pages.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography import x509

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.roles import Principal, Scope, is_allowed
from hocbaso_desktop.errors import SigningError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import (
    ROLE_ACTIONS,
    BatchPlan,
    BatchResult,
    RemoteCredentialView,
    binding_for_signer,
    bound_token_signer,
    common_name,
    credential_view,
    issuance,
)
from hocbaso_desktop.token import PinPrompt, TokenClient, TokenInfo, default_module


@dataclass(frozen=True)
class SigningPrep:
    """What the screen shows before the PIN: the plan and the bound certificate (or why there is none)."""

    plan: BatchPlan
    certificate: str          # "CN — hết hạn dd/mm/yyyy", or "" without a binding
    token_serial: str
    module_path: str
    problem: str              # Vietnamese reason signing cannot start, or ""
    remote: RemoteCredentialView | None = None   # the remote credential that will sign (ký số từ xa)


def signing_roles(user: Principal, class_id: str | None = None) -> list[str]:
    """The signing roles the user holds (for a class when given)."""
    return [role for role, action in ROLE_ACTIONS.items() if is_allowed(user, action, Scope(class_id=class_id))]


def prepare(ctx: Work, class_id: str, role: str) -> SigningPrep:
    """Lock the class's pages when the homeroom teacher signs first, then plan the batch."""
    session = ctx.session
    if role == SignerRole.HOMEROOM:
        issuance.prepare_class(session, class_id)
    plan = issuance.plan_batch(session, class_id, role)
    try:
        binding = binding_for_signer(session, role)
    except SigningError as exc:
        return SigningPrep(plan, "", "", "", exc.message)
    cert = x509.load_der_x509_certificate(binding.cert_der)
    label = _("{n} — hết hạn {d}", n=common_name(cert), d=cert.not_valid_after_utc.strftime("%d/%m/%Y"))
    if binding.is_remote:
        return SigningPrep(plan, label, "", "", "", credential_view(session, role, class_id))
    module = binding.module_path or default_module() or ""
    return SigningPrep(plan, label, binding.token_serial, module, "")


def list_tokens(ctx: Work, module_path: str) -> list[TokenInfo]:
    """The tokens present for a PKCS#11 module (io lane: the token worker process does the work)."""
    with TokenClient(module_path or None) as client:
        return client.list_tokens()


def sign(ctx: Work, prep: SigningPrep, token_serial: str, prompt: PinPrompt) -> BatchResult:
    """Sign the batch with one PIN entry; a pulled token stops it cleanly (plan again to resume)."""
    session = ctx.session
    plan = issuance.plan_batch(session, prep.plan.class_id, prep.plan.role)  # resume: skips pages already signed
    total = len(plan.items)
    ctx.progress(_("Chuẩn bị ký {n} học bạ…", n=total), 0, total)
    with bound_token_signer(session, plan.role, prompt, module_path=prep.module_path or None,
                            token_serial=token_serial or None) as signer:
        return issuance.sign_batch(
            session, plan, signer,
            progress=lambda i, n, item: ctx.progress(_("Đã ký {i}/{n}: {s}", i=i, n=n, s=item.student_name), i, n),
            cancel=lambda: ctx.cancelled)
