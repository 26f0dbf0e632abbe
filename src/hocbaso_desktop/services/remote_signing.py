"""Signing a class through a remote signing service (ký số từ xa): the use case the signing screen runs.

The approval state (sending, "Hãy xác nhận trên điện thoại" with the transaction code, signing) reaches the
screen as progress labels; Cancel stops the polling of an approval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.i18n import _, format_time
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.remote import ApprovalState, CredentialInfo, Secrets
from hocbaso_desktop.services.changes import SIGNED, Changed, audited
from hocbaso_desktop.services.class_signing import SigningPrep
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import (
    BatchResult,
    NameMismatchError,
    issuance,
    ltv,
    remote_issuance,
    remote_setup,
)
from hocbaso_desktop.storage import CertificateBinding, RemoteService, remote_repo


def approval_label(state: ApprovalState, code: str) -> str:
    """What the signing screen shows while a remote batch runs (translated: the English window said it in
    Vietnamese before)."""
    return {ApprovalState.AUTHORIZING: _("Đang gửi yêu cầu ủy quyền ký tới dịch vụ ký số từ xa…"),
            ApprovalState.OPEN_PAGE: _("Đang mở trang xác nhận của dịch vụ ký trong trình duyệt…"),
            ApprovalState.WAITING_PHONE: _("Hãy xác nhận trên điện thoại. Mã giao dịch: {c}", c=code),
            ApprovalState.SIGNING: _("Dịch vụ đang ký…"),
            ApprovalState.DONE: _("Đã nhận chữ ký; đang ghép vào học bạ…")}[state]


def sign_remote(ctx: Work, prep: SigningPrep, secrets: Secrets) -> Changed[BatchResult]:
    """Queue the class's pages for the remote credential and send the open batches (all or nothing each)."""
    session = ctx.session
    plan = issuance.plan_batch(session, prep.plan.class_id, prep.plan.role)  # resume: skips pages already signed
    total = len(plan.items)

    def observe(state: ApprovalState, code: str) -> None:
        ctx.progress(approval_label(state, code), 0, max(1, total))

    timestamper = ltv.reachable(ltv.configured_timestamper(session.db))
    return sign_plan(session, plan, secrets, observer=observe, cancel=lambda: ctx.cancelled, timestamper=timestamper)


@dataclass(frozen=True)
class BatchLine:
    """One open remote batch as people read it."""

    batch_id: str
    state: str          # the Vietnamese (or English) label of its state
    pages: int
    prepared_at: str    # dd/mm/yyyy HH:MM, Vietnam time
    message: str


@dataclass(frozen=True)
class SigningStatus:
    """Where a class stands for one signer: pages waiting for them, pages waiting for an earlier signer, and the
    remote batches not finished (queued offline, waiting for the phone, refused or expired: pages still locked)."""

    class_name: str
    role: str
    to_sign: int        # pages waiting for this signature (those in a batch included)
    waiting_earlier: int
    batches: tuple[BatchLine, ...]


def signing_status(session, class_id: str, role: str) -> SigningStatus:
    """The signing state of a class for the signed-in signer (nothing is changed; `hocbaso sign --status`)."""
    plan = issuance.plan_batch(session, class_id, role)   # checks the permission
    try:
        batches = remote_issuance.open_batches_for(session, class_id, role)
    except SigningError:   # the signer uses a token: no remote batches
        batches = []
    lines = tuple(BatchLine(b.id, remote_setup.state_label(b.state), remote_repo.batch_size(session.db, b.id),
                            format_time(b.created_at), b.message) for b in batches)
    return SigningStatus(plan.class_name, role, len(plan.items), len(plan.waiting), lines)


def add_service(session, *, name: str, url: str, client_id: str, client_secret: str,
                api_version: str = "v2") -> Changed[RemoteService]:
    """Register (or update) a remote signing service (administrator); the secret is stored sealed, never shown."""
    require(session.user, Action.BIND_CERTIFICATE)
    service = remote_setup.add_service(session, name=name, url=url, client_id=client_id, client_secret=client_secret,
                                       api_version=api_version)
    return Changed(service, audited(certificates=True))


def services(session) -> list[RemoteService]:
    """The registered remote signing services (administrator)."""
    require(session.user, Action.BIND_CERTIFICATE)
    return remote_setup.list_services(session)


def bind(session, *, username: str, role: str, service_name: str, remote_user: str, credential_id: str | None = None,
         accept_name_mismatch: bool = False) -> Changed[tuple[CertificateBinding, CredentialInfo]]:
    """Bind a teacher's remote credential to an account and role (administrator), after the same identity check
    as a token's (a differing name raises NameMismatchError unless `accept_name_mismatch`, which is audited)."""
    require(session.user, Action.BIND_CERTIFICATE)
    found = remote_setup.bind_remote(session, username=username, role=role, service_name=service_name,
                                     remote_user=remote_user, credential_id=credential_id,
                                     accept_name_mismatch=accept_name_mismatch)
    return Changed(found, audited(certificates=True))


def remote_binding(session, role: str) -> CertificateBinding:
    """The signed-in signer's binding for `role`, which must be a remote credential (else a SigningError)."""
    return remote_issuance.remote_binding(session, role)


def open_batches(session, class_id: str, role: str) -> list:
    """The signer's remote batches of a class and role not yet finished, oldest first (nothing changes)."""
    return remote_issuance.open_batches_for(session, class_id, role)


def sign_plan(session, plan: issuance.BatchPlan, secrets: Secrets, *,
              observer: Callable[[ApprovalState, str], None] | None = None, timestamper=None,
              cancel: Callable[[], bool] | None = None) -> Changed[BatchResult]:
    """Queue a planned batch's pages for the signer's remote credential and send every open batch of the class
    and role (`hocbaso sign --remote`); each batch is signed all or nothing."""
    result = remote_issuance.sign_queued(session, plan, secrets, observer=observer, timestamper=timestamper,
                                         cancel=cancel)
    return Changed(result, SIGNED)


__all__ = [
    "ApprovalState",
    "BatchLine",
    "NameMismatchError",
    "Secrets",
    "SigningStatus",
    "add_service",
    "approval_label",
    "bind",
    "open_batches",
    "remote_binding",
    "services",
    "sign_plan",
    "sign_remote",
    "signing_status",
]
