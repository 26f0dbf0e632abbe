"""The sync engine: drains the outbox to the central system and applies its inbox.

One `run()` pings the server (clock check, receipt-key pin), then sends queued items batch by batch
through `sender.OutboxSender` (blobs over a small thread pool, then envelopes; results committed per
batch). Transient failures back off with full jitter (injectable sleep); 401/403 stop the run. The
ping is repeated only when a failure suggests the server may have changed (an answer that breaks the
contract, or several failures in a row without progress), not after every dropped request: on a bad
link that would add a request, and a chance to fail, per failure. Runs on the caller's thread (the
database connection's owner); `cancel` stops it between requests.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage import SchoolDatabase, inbox_repo, outbox, school_repo, settings_repo
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.anchors import send_unsent
from hocbaso_desktop.sync.backoff import Backoff
from hocbaso_desktop.sync.blob_upload import DEFAULT_WORKERS, BlobUploader
from hocbaso_desktop.sync.client import CentralClient, ServerInfo
from hocbaso_desktop.sync.errors import (
    AuthError,
    NotConfiguredError,
    PeerLimitError,
    ProtocolError,
    ReceiptKeyChangedError,
    RetryLaterError,
    SyncError,
)
from hocbaso_desktop.sync.protocol import CLOCK_SKEW_LIMIT_S
from hocbaso_desktop.sync.sender import Channel, OutboxSender
from hocbaso_desktop.sync.status import SyncSummary, record_run

log = logging.getLogger(__name__)
# A server never reached in this run (offline, wrong address) is given up after this many attempts, so
# `hocbaso sync` returns within seconds instead of backing off for minutes; once the server has
# answered, a flaky link gets the patient retries of max_failures.
UNREACHED_ATTEMPTS = 3
# consecutive failures without progress after which the next attempt pings first (the network or
# the server may have changed during a long outage; a single dropped request says nothing of the kind)
REPING_AFTER_FAILURES = 3


@dataclass(frozen=True)
class SyncProgress:
    """A progress report for the panel: phase ('ping', 'send', 'inbox', 'wait'), counts and a message."""

    phase: str
    done: int
    total: int
    message: str


@dataclass(frozen=True)
class SyncSettings:
    """Where and as whom to sync."""

    server_url: str
    api_token: str

    @classmethod
    def from_db(cls, db: SchoolDatabase, *, server_url: str | None = None, api_token: str | None = None,
                env_token: str | None = None) -> SyncSettings:
        """Explicit values first, then the school's settings, then HOCBASO_API_TOKEN (`env_token`)."""
        configured = settings_repo.SchoolSettings(db)
        url = server_url or configured.server_url
        token = api_token or configured.api_token or env_token
        if not url or not token:
            raise NotConfiguredError()
        return cls(str(url), str(token))


class SyncEngine:
    """Drains one school database's outbox to one server. Use from the database's owner thread."""

    def __init__(self, db: SchoolDatabase, settings: SyncSettings, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] | None = None, backoff: Backoff | None = None,
                 clock: Callable[[], datetime] | None = None, max_failures: int = 8,
                 timeout: httpx.Timeout | None = None, upload_workers: int = DEFAULT_WORKERS,
                 unreached_attempts: int = UNREACHED_ATTEMPTS) -> None:
        self.db = db
        self.settings = settings
        self._transport = transport
        self._sleep = sleep
        self._backoff = backoff or Backoff()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._max_failures = max_failures
        self._timeout = timeout
        self._upload_workers = upload_workers
        self._unreached_attempts = unreached_attempts
        self._sender = OutboxSender(db)

    # --- the run ------------------------------------------------------------------------------
    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            cancel: threading.Event | None = None) -> SyncSummary:
        """Send everything that can be sent, pull the inbox, and summarise. Never raises SyncError."""
        cancel = cancel or threading.Event()
        report = progress or (lambda _p: None)
        counts = dict.fromkeys(("delivered", "stale", "conflict", "rejected", "waiting", "inbox"), 0)
        state = {"error": None, "auth": False, "skew": None, "limit": False}
        school_code = school_repo.get_school(self.db).code
        device_id = settings_repo.device_id(self.db)
        outbox.reset_sending(self.db)
        total = len(outbox.pending_items(self.db))
        kwargs = {"transport": self._transport}
        if self._timeout is not None:
            kwargs["timeout"] = self._timeout
        with CentralClient(self.settings.server_url, self.settings.api_token, device_id, **kwargs) as client, \
                BlobUploader(client, workers=self._upload_workers) as uploader:
            channel: Channel | None = None
            reached = False  # has this run ever had an answer from the server?
            failures = 0
            progress_at_failure = self._sender.progress
            phase = "send"
            while not cancel.is_set():
                try:
                    if channel is None:
                        report(SyncProgress("ping", 0, total, _("Đang kiểm tra kết nối…")))
                        info = client.ping()
                        state["skew"] = self._check_clock(info)
                        pinning.check_and_pin(self.db, self.settings.server_url, info.receipt_key, info.bundle_key)
                        channel = Channel(client, uploader, info, school_code, device_id)
                        reached = True
                    if phase == "send":
                        if not self._sender.send_one_batch(channel, counts, cancel):
                            phase = "inbox"
                        report(SyncProgress("send", sum(counts[k] for k in counts if k != "inbox"), total,
                                            _("Đang gửi học bạ lên hệ thống trung tâm…")))
                    else:
                        # the audit chain's signed heads go with every sync (issue 21); then the inbox
                        send_unsent(self.db, client, school_code)
                        self._pull_inbox(client, school_code, counts)
                        report(SyncProgress("inbox", counts["inbox"], counts["inbox"], _("Đã nhận tin từ trung tâm.")))
                        break
                    failures = 0
                    self._backoff.reset()
                    state["error"] = None
                except (AuthError, ReceiptKeyChangedError, PeerLimitError) as exc:
                    # a refused token, a changed key or a server that floods or stalls: retrying cannot help
                    state["error"], state["auth"] = exc.message, isinstance(exc, AuthError)
                    state["limit"] = isinstance(exc, PeerLimitError)
                    break
                except SyncError as exc:  # offline, protocol breach, or a stranger's odd answer: retry later
                    state["error"] = exc.message
                    if self._sender.progress != progress_at_failure:
                        # a flaky link that still moves data is not "no progress": start the backoff again
                        failures, progress_at_failure = 0, self._sender.progress
                        self._backoff.reset()
                    failures += 1
                    if failures > self._max_failures or (not reached and failures >= self._unreached_attempts):
                        break  # no progress is possible now; the next run (or the next timer tick) tries again
                    delay = exc.retry_after if isinstance(exc, RetryLaterError) and exc.retry_after is not None \
                        else self._backoff.next_delay()
                    if isinstance(exc, ProtocolError) or failures >= REPING_AFTER_FAILURES:
                        channel = None  # the server may have changed (limits, receipt key): ping again
                    report(SyncProgress("wait", 0, total, _("Mất kết nối; thử lại sau {s} giây.", s=round(delay))))
                    self._wait(delay, cancel)
        summary = SyncSummary(
            delivered=counts["delivered"], stale=counts["stale"], conflict=counts["conflict"],
            rejected=counts["rejected"], waiting=counts["waiting"], inbox_applied=counts["inbox"],
            remaining=len(outbox.pending_items(self.db)), clock_skew_seconds=state["skew"],
            error=state["error"], auth_failed=state["auth"], cancelled=cancel.is_set(),
            peer_refused=state["limit"])
        record_run(self.db, summary)
        return summary

    def _wait(self, seconds: float, cancel: threading.Event) -> None:
        if self._sleep is not None:
            self._sleep(seconds)
        else:
            cancel.wait(seconds)

    def _check_clock(self, info: ServerInfo) -> float | None:
        try:
            server = datetime.strptime(info.server_time[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)
        except ValueError:
            return None
        skew = (self._clock() - server).total_seconds()
        if abs(skew) > CLOCK_SKEW_LIMIT_S:
            log.warning("local clock differs from the server by %.0f s", skew)
        return skew

    # --- inbox -------------------------------------------------------------------------------
    def _pull_inbox(self, client: CentralClient, school_code: str, counts: dict[str, int]) -> None:
        cursor = inbox_repo.get_cursor(self.db)
        while True:
            page = client.inbox(school_code, after=cursor)
            if not page.items:
                return
            for item in page.items:
                if inbox_repo.apply_message(self.db, cursor=item.cursor, type_=item.type, body=item.body):
                    counts["inbox"] += 1
                cursor = item.cursor
