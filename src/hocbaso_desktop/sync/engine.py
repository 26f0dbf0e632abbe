"""The sync engine: drains the outbox to the central system and applies its inbox.

One `run()` pings the server (clock check, receipt-key pin), then sends queued items oldest first
(by outbox seq, never by clock) in batches within the server's limits: blobs by hash first (HEAD,
then PUT only what is missing), then the envelopes; each batch's results are committed in one
transaction before the next batch, so a kill at any instant leaves only items that are safe to
re-send. Transient failures back off with full jitter (injectable sleep); 401/403 stop the run.
Runs on the caller's thread (the database connection's owner); `cancel` stops it between requests.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from hocbaso_desktop.errors import NotFoundError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.storage import blobs_repo, inbox_repo, outbox, school_repo, settings_repo
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.sync import pinning
from hocbaso_desktop.sync.backoff import Backoff
from hocbaso_desktop.sync.client import CentralClient, ItemResult, ServerInfo
from hocbaso_desktop.sync.errors import (
    AuthError,
    BadRequestError,
    BlobRejectedError,
    NotConfiguredError,
    OfflineError,
    ProtocolError,
    ReceiptKeyChangedError,
    RetryLaterError,
    SyncError,
    TooLargeError,
)
from hocbaso_desktop.sync.protocol import CLOCK_SKEW_LIMIT_S, verify_receipt
from hocbaso_desktop.sync.status import SyncSummary, record_run

log = logging.getLogger(__name__)
MAX_MISSING_BLOB_RETRIES = 2
_ENVELOPE_OVERHEAD = 256  # bytes of the request body around the items


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
        url = server_url or settings_repo.get_setting(db, "sync.server_url")
        token = api_token or settings_repo.get_setting(db, "sync.api_token") or env_token
        if not url or not token:
            raise NotConfiguredError()
        return cls(str(url), str(token))


class SyncEngine:
    """Drains one school database's outbox to one server. Use from the database's owner thread."""

    def __init__(self, db: SchoolDatabase, settings: SyncSettings, *, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] | None = None, backoff: Backoff | None = None,
                 clock: Callable[[], datetime] | None = None, max_failures: int = 8,
                 timeout: httpx.Timeout | None = None) -> None:
        self.db = db
        self.settings = settings
        self._transport = transport
        self._sleep = sleep
        self._backoff = backoff or Backoff()
        self._clock = clock or (lambda: datetime.now(UTC))
        self._max_failures = max_failures
        self._timeout = timeout
        self._known_blobs: set[str] = set()
        self._missing_blob_tries: dict[int, int] = {}
        self._progress = 0  # blobs confirmed + batches applied; any progress resets the backoff

    # --- the run ------------------------------------------------------------------------------
    def run(self, progress: Callable[[SyncProgress], None] | None = None,
            cancel: threading.Event | None = None) -> SyncSummary:
        """Send everything that can be sent, pull the inbox, and summarise. Never raises SyncError."""
        cancel = cancel or threading.Event()
        report = progress or (lambda _p: None)
        counts = dict.fromkeys(("delivered", "stale", "conflict", "rejected", "waiting", "inbox"), 0)
        state = {"error": None, "auth": False, "skew": None}
        school_code = school_repo.get_school(self.db).code
        device_id = settings_repo.get_meta(self.db, "device_id") or ""
        outbox.reset_sending(self.db)
        total = len(outbox.pending_items(self.db))
        kwargs = {"transport": self._transport}
        if self._timeout is not None:
            kwargs["timeout"] = self._timeout
        with CentralClient(self.settings.server_url, self.settings.api_token, device_id, **kwargs) as client:
            info: ServerInfo | None = None
            failures = 0
            progress_at_failure = self._progress
            phase = "send"
            while not cancel.is_set():
                try:
                    if info is None:
                        report(SyncProgress("ping", 0, total, _("Đang kiểm tra kết nối…")))
                        info = client.ping()
                        state["skew"] = self._check_clock(info)
                        pinning.check_and_pin(self.db, self.settings.server_url, info.receipt_key)
                    if phase == "send":
                        if not self._send_one_batch(client, info, school_code, device_id, counts):
                            phase = "inbox"
                        report(SyncProgress("send", sum(counts[k] for k in counts if k != "inbox"), total,
                                            _("Đang gửi học bạ lên hệ thống trung tâm…")))
                    else:
                        self._pull_inbox(client, school_code, counts)
                        report(SyncProgress("inbox", counts["inbox"], counts["inbox"], _("Đã nhận tin từ trung tâm.")))
                        break
                    failures = 0
                    self._backoff.reset()
                    state["error"] = None
                except (AuthError, ReceiptKeyChangedError) as exc:
                    state["error"], state["auth"] = exc.message, isinstance(exc, AuthError)
                    break
                except SyncError as exc:  # offline, protocol breach, or a stranger's odd answer: retry later
                    state["error"] = exc.message
                    if self._progress != progress_at_failure:
                        # a flaky link that still moves data is not "no progress": start the backoff again
                        failures, progress_at_failure = 0, self._progress
                        self._backoff.reset()
                    failures += 1
                    if failures > self._max_failures:
                        break
                    delay = exc.retry_after if isinstance(exc, RetryLaterError) and exc.retry_after is not None \
                        else self._backoff.next_delay()
                    if not isinstance(exc, RetryLaterError):
                        info = None  # ping again: the server may have restarted or the network changed
                    report(SyncProgress("wait", 0, total, _("Mất kết nối; thử lại sau {s} giây.", s=round(delay))))
                    self._wait(delay, cancel)
        summary = SyncSummary(
            delivered=counts["delivered"], stale=counts["stale"], conflict=counts["conflict"],
            rejected=counts["rejected"], waiting=counts["waiting"], inbox_applied=counts["inbox"],
            remaining=len(outbox.pending_items(self.db)), clock_skew_seconds=state["skew"],
            error=state["error"], auth_failed=state["auth"], cancelled=cancel.is_set())
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

    # --- sending ------------------------------------------------------------------------------
    def _send_one_batch(self, client: CentralClient, info: ServerInfo, school_code: str, device_id: str,
                        counts: dict[str, int]) -> bool:
        """Send the oldest queued items (one batch); False when nothing is queued."""
        items = outbox.queued_items(self.db, limit=info.max_batch_items)
        if not items:
            return False
        batch, size = [], _ENVELOPE_OVERHEAD
        for item in items:
            if batch and size + len(item.envelope) + 1 > info.max_body_bytes:
                break
            batch.append(item)
            size += len(item.envelope) + 1
        batch = self._upload_blobs(client, info, batch, counts)
        if batch:
            self._submit(client, school_code, device_id, batch, info, counts)
        return True

    def _upload_blobs(self, client: CentralClient, info: ServerInfo, batch: list[outbox.OutboxItem],
                      counts: dict[str, int]) -> list[outbox.OutboxItem]:
        """Make sure the server holds every blob the batch names; drop items whose blob cannot go."""
        ready = []
        for item in batch:
            try:
                for sha in item.blob_hashes:
                    if sha in self._known_blobs:
                        continue
                    if not client.has_blob(sha):
                        client.put_blob(sha, blobs_repo.get_blob(self.db, sha),
                                        blobs_repo.blob_media_type(self.db, sha) or "application/octet-stream")
                    self._known_blobs.add(sha)
                    self._progress += 1
            except TooLargeError as exc:
                if not self._too_large_for(info, self._blob_size(item)):
                    raise OfflineError() from exc  # smaller than the advertised limit: something in the path lied
                self._hold(item, exc.message, counts)
                continue
            except (BlobRejectedError, NotFoundError) as exc:
                # this item cannot go as it is: a person must look at it; the rest of the batch goes on
                self._hold(item, exc.message, counts)
                continue
            ready.append(item)
        return ready

    def _hold(self, item: outbox.OutboxItem, message: str, counts: dict[str, int]) -> None:
        """Keep an item out of the queue until a person looks at it."""
        with self.db.transaction():
            outbox.mark_outcome(self.db, item.seq, "waiting", last_error=message)
        counts["waiting"] += 1

    def _blob_size(self, item: outbox.OutboxItem) -> int:
        return max((len(blobs_repo.get_blob(self.db, sha)) for sha in item.blob_hashes), default=0)

    @staticmethod
    def _too_large_for(info: ServerInfo, size: int) -> bool:
        return size + _ENVELOPE_OVERHEAD > info.max_body_bytes

    def _submit(self, client: CentralClient, school_code: str, device_id: str, batch: list[outbox.OutboxItem],
                info: ServerInfo, counts: dict[str, int]) -> None:
        seqs = [i.seq for i in batch]
        outbox.mark_sending(self.db, seqs)
        try:
            results = client.submit(school_code, device_id, [i.envelope_dict() for i in batch])
        except TooLargeError as exc:
            self._requeue(seqs, exc.message)
            if len(batch) == 1:
                if not self._too_large_for(info, len(batch[0].envelope)):
                    raise OfflineError() from exc  # within the advertised limit: not really too large
                self._hold(batch[0], exc.message, counts)
                return
            half = len(batch) // 2
            self._submit(client, school_code, device_id, batch[:half], info, counts)
            self._submit(client, school_code, device_id, batch[half:], info, counts)
            return
        except BadRequestError as exc:
            log.error("central server answered 400: %s", exc.detail)
            with self.db.transaction():
                for seq in seqs:
                    outbox.mark_outcome(self.db, seq, "waiting", last_error=exc.message)
            counts["waiting"] += len(seqs)
            return
        except SyncError as exc:
            self._requeue(seqs, exc.message)
            raise
        self._apply_results(batch, results, info, counts)

    def _requeue(self, seqs: list[int], message: str) -> None:
        with self.db.transaction():
            for seq in seqs:
                outbox.requeue(self.db, seq, last_error=message)

    def _apply_results(self, batch: list[outbox.OutboxItem], results: list[ItemResult], info: ServerInfo,
                       counts: dict[str, int]) -> None:
        bad_receipt = False
        with self.db.transaction():
            for item, result in zip(batch, results, strict=True):
                if result.status in ("stored", "duplicate"):
                    if verify_receipt(info.receipt_key, record_id=result.record_id, version=result.version,
                                      sha256=result.sha256, received_at=result.received_at or "",
                                      receipt_b64=result.receipt or ""):
                        outbox.mark_delivered(self.db, item.seq, receipt=result.receipt or "",
                                              received_at=result.received_at or "")
                        counts["delivered"] += 1
                    else:
                        bad_receipt = True
                        outbox.requeue(self.db, item.seq, last_error=_("Biên nhận của máy chủ không hợp lệ."))
                elif result.status == "stale":
                    outbox.mark_outcome(self.db, item.seq, "stale")
                    counts["stale"] += 1
                elif result.status == "conflict":
                    outbox.mark_outcome(self.db, item.seq, "conflict", errors=list(result.errors),
                                        last_error=_("Trung tâm đã có phiên bản này với nội dung khác."))
                    counts["conflict"] += 1
                elif result.missing_blob and self._missing_blob_tries.get(item.seq, 0) < MAX_MISSING_BLOB_RETRIES:
                    self._missing_blob_tries[item.seq] = self._missing_blob_tries.get(item.seq, 0) + 1
                    self._known_blobs.difference_update(item.blob_hashes)  # upload them again
                    outbox.requeue(self.db, item.seq, last_error=_("Trung tâm chưa có tệp đính kèm; gửi lại."))
                else:
                    outbox.mark_outcome(self.db, item.seq, "rejected", errors=list(result.errors),
                                        last_error=_("Trung tâm từ chối học bạ này."))
                    counts["rejected"] += 1
        self._progress += 1
        if bad_receipt:
            raise ProtocolError("receipt signature")

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
