"""Signing a class through a remote signing service (ký số từ xa): the use case the signing screen runs.

The approval state (sending, "Hãy xác nhận trên điện thoại" with the transaction code, signing) reaches the
screen as progress labels; Cancel stops the polling of an approval.
"""

from __future__ import annotations

from hocbaso_desktop.remote import ApprovalState, Secrets
from hocbaso_desktop.services.changes import Changed
from hocbaso_desktop.services.class_signing import SigningPrep
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import BatchResult, issuance, ltv, remote_issuance

APPROVAL_LABELS = {
    ApprovalState.AUTHORIZING: "Đang gửi yêu cầu ủy quyền ký tới dịch vụ ký số từ xa…",
    ApprovalState.WAITING_PHONE: "Hãy xác nhận trên điện thoại. Mã giao dịch: {code}",
    ApprovalState.SIGNING: "Dịch vụ đang ký…",
    ApprovalState.DONE: "Đã nhận chữ ký; đang ghép vào học bạ…",
}


def sign_remote(ctx: Work, prep: SigningPrep, secrets: Secrets) -> Changed[BatchResult]:
    """Queue the class's pages for the remote credential and send the open batches (all or nothing each)."""
    session = ctx.session
    plan = issuance.plan_batch(session, prep.plan.class_id, prep.plan.role)  # resume: skips pages already signed
    total = len(plan.items)

    def observe(state: ApprovalState, code: str) -> None:
        ctx.progress(APPROVAL_LABELS[state].replace("{code}", code), 0, max(1, total))

    timestamper = ltv.reachable(ltv.configured_timestamper(session.db))
    from hocbaso_desktop.services.signing import SIGNED

    return Changed(remote_issuance.sign_queued(session, plan, secrets, observer=observe, cancel=lambda: ctx.cancelled,
                                               timestamper=timestamper), SIGNED)


__all__ = ["APPROVAL_LABELS", "Secrets", "sign_remote"]
