"""Signing a class through a remote signing service (ký số từ xa): the use case the signing screen runs.

The approval state (sending, "Hãy xác nhận trên điện thoại" with the transaction code, signing) reaches the
screen as progress labels; Cancel stops the polling of an approval.
"""

from __future__ import annotations

from dataclasses import dataclass

from hocbaso_desktop.errors import SigningError
from hocbaso_desktop.i18n import N_, _, format_time
from hocbaso_desktop.remote import ApprovalState, Secrets
from hocbaso_desktop.services.changes import Changed
from hocbaso_desktop.services.class_signing import SigningPrep
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import BatchResult, issuance, ltv, remote_issuance, remote_setup
from hocbaso_desktop.storage import remote_repo

APPROVAL_LABELS = {
    ApprovalState.AUTHORIZING: N_("Đang gửi yêu cầu ủy quyền ký tới dịch vụ ký số từ xa…"),
    ApprovalState.WAITING_PHONE: N_("Hãy xác nhận trên điện thoại. Mã giao dịch: {code}"),
    ApprovalState.SIGNING: N_("Dịch vụ đang ký…"),
    ApprovalState.DONE: N_("Đã nhận chữ ký; đang ghép vào học bạ…"),
}


def sign_remote(ctx: Work, prep: SigningPrep, secrets: Secrets) -> Changed[BatchResult]:
    """Queue the class's pages for the remote credential and send the open batches (all or nothing each)."""
    session = ctx.session
    plan = issuance.plan_batch(session, prep.plan.class_id, prep.plan.role)  # resume: skips pages already signed
    total = len(plan.items)

    def observe(state: ApprovalState, code: str) -> None:
        ctx.progress(_(APPROVAL_LABELS[state], code=code), 0, max(1, total))  # i18n: table

    timestamper = ltv.reachable(ltv.configured_timestamper(session.db))
    from hocbaso_desktop.services.signing import SIGNED

    return Changed(remote_issuance.sign_queued(session, plan, secrets, observer=observe, cancel=lambda: ctx.cancelled,
                                               timestamper=timestamper), SIGNED)


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


__all__ = ["APPROVAL_LABELS", "BatchLine", "Secrets", "SigningStatus", "sign_remote", "signing_status"]
