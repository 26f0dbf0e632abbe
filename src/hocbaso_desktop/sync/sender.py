"""Sending the outbox, one batch at a time: blobs by hash first, then the envelopes (central-api.md).

Items go oldest first (by outbox seq, never by clock), within the server's item and byte limits.
Each batch's results are committed in one transaction before the next batch, so a kill at any
instant leaves only items that are safe to re-send (every item is idempotent on the server).

The batch size adapts to the link: a POST that fails (lost answer, timeout, busy server, 413)
halves the next batch, so on a bad link one lost answer does not cost the server's maximum of
envelopes again; every applied batch doubles it back, up to the server's limit.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage import SchoolDatabase, blobs_repo, outbox
from hocbaso_desktop.sync.blob_upload import BlobUploader
from hocbaso_desktop.sync.client import CentralClient, ItemResult, ServerInfo
from hocbaso_desktop.sync.errors import (
    BadRequestError,
    OfflineError,
    ProtocolError,
    SyncError,
    TooLargeError,
)
from hocbaso_desktop.sync.protocol import verify_receipt

log = logging.getLogger(__name__)
MAX_MISSING_BLOB_RETRIES = 2
ENVELOPE_OVERHEAD = 256  # bytes of the request body around the items


@dataclass(frozen=True)
class Channel:
    """Everything one run sends through: the client, its blob uploader, the server's limits, who we are."""

    client: CentralClient
    uploader: BlobUploader
    info: ServerInfo
    school_code: str
    device_id: str


class OutboxSender:
    """Sends a school's outbox batch by batch; keeps what it learnt (blobs held, batch size) across batches."""

    def __init__(self, db: SchoolDatabase) -> None:
        self.db = db
        self.known_blobs: set[str] = set()
        self.batch_limit: int | None = None  # None: the server's max_batch_items
        self.progress = 0  # blobs confirmed + batches applied; any progress resets the engine's backoff
        self._missing_blob_tries: dict[int, int] = {}

    def send_one_batch(self, ch: Channel, counts: dict[str, int], cancel: threading.Event) -> bool:
        """Send the oldest queued items (one batch); False when nothing is queued."""
        limit = min(self.batch_limit or ch.info.max_batch_items, ch.info.max_batch_items)
        items = outbox.queued_items(self.db, limit=limit)
        if not items:
            return False
        batch, size = [], ENVELOPE_OVERHEAD
        for item in items:
            if batch and size + len(item.envelope) + 1 > ch.info.max_body_bytes:
                break
            batch.append(item)
            size += len(item.envelope) + 1
        batch = self._upload_blobs(ch, batch, counts, cancel)
        if batch:
            self._submit(ch, batch, counts)
        return True

    # --- blobs -------------------------------------------------------------------------------
    def _upload_blobs(self, ch: Channel, batch: list[outbox.OutboxItem], counts: dict[str, int],
                      cancel: threading.Event) -> list[outbox.OutboxItem]:
        """Make sure the server holds every blob the batch names; hold items whose blob cannot go."""
        needed = [sha for item in batch for sha in item.blob_hashes if sha not in self.known_blobs]
        report = ch.uploader.upload(needed, self._read_blob, cancel, on_held=self._held)
        failure: SyncError | None = report.failure
        ready = []
        for item in batch:
            errors = [report.blob_errors[sha] for sha in item.blob_hashes if sha in report.blob_errors]
            if errors:
                if isinstance(errors[0], TooLargeError) and not too_large_for(ch.info, self._blob_size(item)):
                    failure = failure or OfflineError()  # within the advertised limit: something in the path lied
                else:
                    self._hold(item, errors[0].message, counts)  # a person must look at it; the rest goes on
            elif all(sha in self.known_blobs for sha in item.blob_hashes):
                ready.append(item)
        if failure is not None:
            raise failure
        return ready

    def _read_blob(self, sha: str) -> tuple[bytes, str]:
        return (blobs_repo.get_blob(self.db, sha),
                blobs_repo.blob_media_type(self.db, sha) or "application/octet-stream")

    def _held(self, sha: str) -> None:
        self.known_blobs.add(sha)
        self.progress += 1

    def _blob_size(self, item: outbox.OutboxItem) -> int:
        return max((len(blobs_repo.get_blob(self.db, sha)) for sha in item.blob_hashes), default=0)

    def _hold(self, item: outbox.OutboxItem, message: str, counts: dict[str, int]) -> None:
        """Keep an item out of the queue until a person looks at it."""
        with self.db.transaction():
            outbox.mark_outcome(self.db, item.seq, "waiting", last_error=message)
        counts["waiting"] += 1

    # --- envelopes ---------------------------------------------------------------------------
    def _submit(self, ch: Channel, batch: list[outbox.OutboxItem], counts: dict[str, int]) -> None:
        seqs = [i.seq for i in batch]
        outbox.mark_sending(self.db, seqs)
        try:
            results = ch.client.submit(ch.school_code, ch.device_id, [i.envelope_dict() for i in batch])
        except TooLargeError as exc:
            self._requeue(seqs, exc.message)
            if len(batch) == 1:
                if not too_large_for(ch.info, len(batch[0].envelope)):
                    raise OfflineError() from exc  # within the advertised limit: not really too large
                self._hold(batch[0], exc.message, counts)
                return
            half = len(batch) // 2
            self._shrink(len(batch))
            self._submit(ch, batch[:half], counts)
            self._submit(ch, batch[half:], counts)
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
            self._shrink(len(batch))  # the answer may have been lost: re-send less next time
            raise
        self._apply_results(ch.info, batch, results, counts)
        self._grow(ch.info)

    def _shrink(self, sent: int) -> None:
        self.batch_limit = max(1, min(self.batch_limit or sent, sent) // 2)

    def _grow(self, info: ServerInfo) -> None:
        if self.batch_limit is not None:
            self.batch_limit = None if self.batch_limit * 2 >= info.max_batch_items else self.batch_limit * 2

    def _requeue(self, seqs: list[int], message: str) -> None:
        with self.db.transaction():
            for seq in seqs:
                outbox.requeue(self.db, seq, last_error=message)

    def _apply_results(self, info: ServerInfo, batch: list[outbox.OutboxItem], results: list[ItemResult],
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
                    self.known_blobs.difference_update(item.blob_hashes)  # upload them again
                    outbox.requeue(self.db, item.seq, last_error=_("Trung tâm chưa có tệp đính kèm; gửi lại."))
                else:
                    outbox.mark_outcome(self.db, item.seq, "rejected", errors=list(result.errors),
                                        last_error=_("Trung tâm từ chối học bạ này."))
                    counts["rejected"] += 1
        self.progress += 1
        if bad_receipt:
            raise ProtocolError("receipt signature")


def too_large_for(info: ServerInfo, size: int) -> bool:
    """Whether a body of `size` bytes (plus the envelope around it) exceeds the server's advertised limit."""
    return size + ENVELOPE_OVERHEAD > info.max_body_bytes

