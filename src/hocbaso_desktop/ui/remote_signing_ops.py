"""Op body for signing through a remote signing service (ký số từ xa), run on a worker lane; no widgets here.

The approval state (sending, "Hãy xác nhận trên điện thoại" with the transaction code, signing) reaches the
screen as progress labels; Cancel stops the polling of an approval.
"""

from __future__ import annotations

from hocbaso_desktop.remote import ApprovalState, Secrets
from hocbaso_desktop.signing import issuance, ltv, remote_issuance
from hocbaso_desktop.signing.issuance import BatchResult
from hocbaso_desktop.ui.operations import OpContext

APPROVAL_LABELS = {
    ApprovalState.AUTHORIZING: "Đang gửi yêu cầu ủy quyền ký tới dịch vụ ký số từ xa…",
    ApprovalState.WAITING_PHONE: "Hãy xác nhận trên điện thoại. Mã giao dịch: {code}",
    ApprovalState.SIGNING: "Dịch vụ đang ký…",
    ApprovalState.DONE: "Đã nhận chữ ký; đang ghép vào học bạ…",
}


def sign_remote(ctx: OpContext, class_id: str, role: str, secrets: Secrets) -> BatchResult:
    """Queue the class's pages for the remote credential and send the open batches (all or nothing each)."""
    session = ctx.session
    plan = issuance.plan_batch(session, class_id, role)
    total = len(plan.items)

    def observe(state: ApprovalState, code: str) -> None:
        ctx.progress(APPROVAL_LABELS[state].replace("{code}", code), 0, max(1, total))

    timestamper = ltv.reachable(ltv.configured_timestamper(session.db))
    return remote_issuance.sign_queued(session, plan, secrets, observer=observe, cancel=lambda: ctx.cancelled,
                                       timestamper=timestamper)
