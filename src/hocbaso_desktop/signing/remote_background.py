"""Offline first: batches prepared with no connection are sent by the background job once the service answers.

The background job (`services/sync_runs.send_remote_batches`, started with each timer sync when a connection may
have appeared) calls `send_queued`. It takes only batches still `queued` (never tried, or the service was
unreachable): a refused, expired or failed batch waits for the teacher, who sees why on the signing screen and in
`hocbaso sign --status`. It acts for the teacher who prepared the batch (their permission is checked again, the
audit names them) and never holds a PIN: a credential approved on the phone is sent here (the teacher approves
the notification); a credential that needs a PIN or OTP from the program stays queued with a message saying the
connection is back and the teacher's PIN is needed, and so does an oauth2code one (its approval page opens in the
browser, which a timer should not do behind the teacher's back). Nothing is issued until every signature of a
batch is back and embedded (`remote_issuance.send_batch`, all or nothing).

It runs on a lane of its own (ui/background_sync.py), so a wait for the phone (up to the signer's deadline) never
holds up the sync, the window or another lane; its waits wake at once when the job is cancelled (the window
closes), and a batch whose wait was cut short that way goes back to `queued`: the teacher did not refuse it.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.remote import ApprovalState, RemoteFailure, RemoteSigningError, Secrets
from hocbaso_desktop.signing import remote_issuance, remote_setup
from hocbaso_desktop.storage import RemoteBatch, Session, certificates_repo, remote_repo, users_repo

log = logging.getLogger(__name__)


def _stopped() -> str:
    return _("Chương trình đã dừng khi đang chờ xác nhận trên điện thoại; lô ký sẽ được gửi lại lần chạy nền sau.")


@dataclass(frozen=True)
class BackgroundOutcome:
    """What the background job did with one batch."""

    batch_id: str
    state: str          # the batch's state afterwards
    signed: int
    issued: int
    message: str


def _session_for(db, batch: RemoteBatch, now: datetime) -> Session | None:
    """The preparing teacher's session (permissions as they are now), or None when the account is disabled."""
    try:
        account = users_repo.require_active(db, batch.created_by)
    except HocbasoError:
        return None
    return Session(db, account, users_repo.principal_for(db, account), clock=lambda: now)


def _fail(db, batch: RemoteBatch, state: str, message: str, now: datetime) -> BackgroundOutcome:
    remote_repo.set_batch_state(db, batch.id, state, message, at=now.isoformat())
    return BackgroundOutcome(batch.id, state, 0, 0, message)


def send_queued(db, *, now: datetime, cancel: threading.Event | None = None, timestamper=None,
                transport=None) -> list[BackgroundOutcome]:
    """Send every `queued` batch whose credential is approved on the phone; note why the others wait."""
    outcomes = []
    for batch in [b for b in remote_repo.open_batches(db) if b.state == "queued"]:
        if cancel is not None and cancel.is_set():
            break
        outcomes.append(_send_one(db, batch, now=now, cancel=cancel, timestamper=timestamper, transport=transport))
    return outcomes


def _send_one(db, batch: RemoteBatch, *, now: datetime, cancel: threading.Event | None, timestamper,
              transport) -> BackgroundOutcome:
    session = _session_for(db, batch, now)
    binding = certificates_repo.get_binding(db, batch.binding_id)
    if session is None or binding is None or not binding.active:
        return _fail(db, batch, "failed", _("Tài khoản hoặc chứng thư đã chuẩn bị lô ký không còn hiệu lực; hãy ký "
                                            "lại."), now)
    if now - datetime.fromisoformat(batch.created_at) > remote_issuance.MAX_BATCH_AGE:
        return _fail(db, batch, "failed", _("Lô ký chuẩn bị quá 24 giờ trước; hãy ký lại (lô sẽ được chuẩn bị lại)."),
                     now)

    def observe(state: ApprovalState, code: str) -> None:
        if state is ApprovalState.WAITING_PHONE:   # what the signing screen and `sign --status` show meanwhile
            remote_repo.set_batch_state(db, batch.id, "waiting_approval",
                                        _("Hãy xác nhận trên điện thoại. Mã giao dịch: {c}", c=code),
                                        at=now.isoformat())

    try:
        remote_issuance.refuse_if_revoked(session, binding)   # a revoked certificate: the service is not contacted
        with remote_setup.open_signer(session, binding, Secrets(), observer=observe,
                                      cancel=cancel.is_set if cancel else None,
                                      sleep=cancel.wait if cancel else None, transport=transport) as signer:
            if signer.info.needs_program_secret:
                message = _("Đã kết nối được dịch vụ ký; cần mã PIN/OTP của giáo viên để gửi lô này (màn hình Ký, "
                            "hoặc hocbaso sign --remote).")
                return _fail(db, batch, "queued", message, now)
            if signer.info.auth_mode == "oauth2code":   # approval in a browser page: not opened by a timer
                message = _("Đã kết nối được dịch vụ ký; giáo viên cần mở màn hình Ký (hoặc hocbaso sign --remote) để "
                            "xác nhận lô này trên trang của dịch vụ.")
                return _fail(db, batch, "queued", message, now)
            result = remote_issuance.send_batch(session, batch, signer, timestamper=timestamper)
    except RemoteSigningError as exc:
        if exc.kind is RemoteFailure.UNREACHABLE:
            return _fail(db, batch, "queued", _("Chưa kết nối được dịch vụ ký; sẽ gửi khi có kết nối."), now)
        if exc.kind is RemoteFailure.CANCELLED:
            return _fail(db, batch, "queued", _stopped(), now)
        return _fail(db, batch, "failed", exc.message, now)
    except HocbasoError as exc:   # permission withdrawn, certificate changed at the service, …
        return _fail(db, batch, "failed", exc.message, now)
    after = remote_repo.get_batch(db, batch.id)
    if after.state == "failed" and cancel is not None and cancel.is_set():   # cut short by the window closing
        remote_repo.set_batch_state(db, batch.id, "queued", _stopped(), at=now.isoformat())
        after = remote_repo.get_batch(db, batch.id)
    log.info("background remote batch %s: %s, %d signed, %d issued", batch.id[:8], after.state, result.signed,
             result.issued)
    return BackgroundOutcome(batch.id, after.state, result.signed, result.issued, result.stopped_by)
