"""Blob uploads over a small pool of threads: HEAD, then PUT only what is missing (central-api.md).

On a slow link most of a request's time is waiting for the answer, so a few uploads in flight hide
slow answers and round trips. The database connection belongs to the engine's thread, so the engine
reads each blob's bytes (through `read`) and hands them to a worker; at most `workers` blobs are in
memory at once. Workers share the engine's one `CentralClient` (httpx.Client "can be shared between
threads"). Each blob hash is handled once per call, so a blob named twice is never sent twice.

A transient failure (offline, busy, odd answer, refused token) of a request this call sent stops new
uploads and is handed back at once for the engine's backoff; uploads still in flight go on meanwhile
(a slow answer never holds up the pipeline), and the next call collects them. Their failures belong
to the episode already backed off from and are not counted again (a refused token always is).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from hocbaso_desktop.domain.errors import HocbasoError, NotFoundError
from hocbaso_desktop.sync.client import CentralClient
from hocbaso_desktop.sync.errors import AuthError, BlobRejectedError, SyncError, TooLargeError

log = logging.getLogger(__name__)
DEFAULT_WORKERS = 4
# failures that concern one blob only: the items naming it wait, the rest of the batch goes on
_BLOB_ERRORS = (TooLargeError, BlobRejectedError, NotFoundError)


@dataclass
class UploadReport:
    """What one `upload` call achieved: blobs now held by the server, per-blob errors, a transient failure."""

    held: list[str] = field(default_factory=list)
    blob_errors: dict[str, HocbasoError] = field(default_factory=dict)
    failure: SyncError | None = None


class BlobUploader:
    """Uploads blobs by hash through `client` on up to `workers` threads (use as a context manager)."""

    def __init__(self, client: CentralClient, *, workers: int = DEFAULT_WORKERS) -> None:
        self._client = client
        self._workers = max(1, workers)
        self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="hocbaso-blob")
        self._in_flight: dict[Future[None], tuple[str, int]] = {}  # future -> (sha, call that sent it)
        self._call = 0
        self._again: list[str] = []  # blobs whose upload failed after their call had returned

    def close(self) -> None:
        """Wait for the uploads in flight and stop the workers."""
        self._pool.shutdown(wait=True)

    def __enter__(self) -> BlobUploader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upload(self, hashes: Iterable[str], read: Callable[[str], tuple[bytes, str]],
               cancel: threading.Event | None = None,
               on_held: Callable[[str], None] | None = None) -> UploadReport:
        """Make the server hold each blob; `read(sha)` gives (bytes, media type) on the caller's thread."""
        self._call += 1
        report = UploadReport()
        wanted = list(dict.fromkeys(hashes))
        self._settle({f for f in self._in_flight if f.done()}, report, on_held)
        for sha in wanted:
            if sha in self._sending():
                continue  # sent by an earlier call and still in flight: waited for below
            while len(self._in_flight) >= self._workers and report.failure is None:
                self._settle(wait(self._in_flight, return_when=FIRST_COMPLETED).done, report, on_held)
            if report.failure is not None or (cancel is not None and cancel.is_set()):
                break  # checked right before each send: also a cancel that came while waiting for a free worker
            self._dispatch(sha, read, report)
        wanted_set = set(wanted)
        while report.failure is None:
            for sha in [sha for sha in self._again if sha in wanted_set]:
                self._dispatch(sha, read, report)  # an earlier episode's loss: send it again, now counted
            self._again.clear()
            waiting_for = [f for f, (sha, _c) in self._in_flight.items() if sha in wanted_set]
            if not waiting_for:
                break
            self._settle(wait(waiting_for, return_when=FIRST_COMPLETED).done, report, on_held)
        # collect what has already come back, so the engine sees that progress before it backs off
        self._settle({f for f in self._in_flight if f.done()}, report, on_held)
        return report

    def _dispatch(self, sha: str, read: Callable[[str], tuple[bytes, str]], report: UploadReport) -> None:
        try:
            data, media_type = read(sha)
        except NotFoundError as exc:
            report.blob_errors[sha] = exc
            return
        self._in_flight[self._pool.submit(self._ensure_held, sha, data, media_type)] = (sha, self._call)

    def _sending(self) -> set[str]:
        return {sha for sha, _call in self._in_flight.values()}

    def _settle(self, done: set[Future[None]], report: UploadReport,
                on_held: Callable[[str], None] | None) -> None:
        for future in done:
            sha, call = self._in_flight.pop(future)
            exc = future.exception()
            if exc is None:
                report.held.append(sha)
                if on_held is not None:
                    on_held(sha)
            elif isinstance(exc, _BLOB_ERRORS):
                report.blob_errors[sha] = exc
            elif isinstance(exc, AuthError):
                report.failure = exc  # a refused token outranks any other failure: it stops the whole run
            elif isinstance(exc, SyncError):
                if call == self._call and report.failure is None:
                    report.failure = exc
                else:
                    log.info("blob upload failed in an episode already backed off from: %s", type(exc).__name__)
                    self._again.append(sha)
            else:
                raise exc

    def _ensure_held(self, sha: str, data: bytes, media_type: str) -> None:
        if not self._client.has_blob(sha):
            self._client.put_blob(sha, data, media_type)
