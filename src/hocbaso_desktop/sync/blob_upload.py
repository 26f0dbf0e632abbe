"""Blob uploads over a small pool of threads: HEAD, then PUT only what is missing (central-api.md).

On a slow link most of a request's time is waiting for the answer, so a few uploads in flight hide
slow answers and round trips. The database connection belongs to the engine's thread, so the engine
reads each blob's bytes (through `read`) and hands them to a worker; at most `workers` blobs are in
memory at once. Workers share the engine's one `CentralClient` (httpx.Client "can be shared between
threads"). Each blob hash is handled once per call, so a blob named twice is never sent twice.

A transient failure (offline, busy, odd answer, refused token) stops new uploads; those in flight
finish and their success is kept, then the failure is handed back for the engine's backoff.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from hocbaso_desktop.errors import HocbasoError, NotFoundError
from hocbaso_desktop.sync.client import CentralClient
from hocbaso_desktop.sync.errors import AuthError, BlobRejectedError, SyncError, TooLargeError

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

    def close(self) -> None:
        """Wait for the workers and stop them."""
        self._pool.shutdown(wait=True)

    def __enter__(self) -> BlobUploader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def upload(self, hashes: Iterable[str], read: Callable[[str], tuple[bytes, str]],
               cancel: threading.Event | None = None,
               on_held: Callable[[str], None] | None = None) -> UploadReport:
        """Make the server hold each blob; `read(sha)` gives (bytes, media type) on the caller's thread."""
        report = UploadReport()
        in_flight: dict[Future[None], str] = {}
        seen: set[str] = set()

        def settle(done: set[Future[None]]) -> None:
            for future in done:
                sha = in_flight.pop(future)
                exc = future.exception()
                if exc is None:
                    report.held.append(sha)
                    if on_held is not None:
                        on_held(sha)
                elif isinstance(exc, _BLOB_ERRORS):
                    report.blob_errors[sha] = exc
                elif isinstance(exc, SyncError):
                    # a refused token outranks any other failure: it stops the whole run
                    if report.failure is None or (isinstance(exc, AuthError)
                                                  and not isinstance(report.failure, AuthError)):
                        report.failure = exc
                else:
                    raise exc

        for sha in hashes:
            if sha in seen:
                continue
            seen.add(sha)
            while len(in_flight) >= self._workers and report.failure is None:
                settle(wait(in_flight, return_when=FIRST_COMPLETED).done)
            if report.failure is not None or (cancel is not None and cancel.is_set()):
                break
            try:
                data, media_type = read(sha)
            except NotFoundError as exc:
                report.blob_errors[sha] = exc
                continue
            in_flight[self._pool.submit(self._ensure_held, sha, data, media_type)] = sha
        while in_flight:
            settle(wait(in_flight, return_when=FIRST_COMPLETED).done)
        return report

    def _ensure_held(self, sha: str, data: bytes, media_type: str) -> None:
        if not self._client.has_blob(sha):
            self._client.put_blob(sha, data, media_type)
