"""Unit tests of the concurrent blob uploader, over httpx.MockTransport (handlers run on worker threads)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter

import httpx
import pytest

from hocbaso_desktop.domain.errors import NotFoundError
from hocbaso_desktop.sync import protocol
from hocbaso_desktop.sync.blob_upload import BlobUploader
from hocbaso_desktop.sync.client import CentralClient
from hocbaso_desktop.sync.errors import AuthError, BlobRejectedError, OfflineError
from tests.fixtures.processes import wait_until

BLOBS = {hashlib.sha256(b"pdf-%d" % i).hexdigest(): b"pdf-%d" % i for i in range(12)}


class FakeBlobServer:
    """Holds blobs, counts requests per (method, sha) and the most requests ever in flight at once."""

    def __init__(self, held=(), delay: float = 0.02, fail: dict[str, httpx.Response] | None = None,
                 reject_put: frozenset[str] = frozenset(), fail_once: set[str] | None = None,
                 hold: dict[str, threading.Event] | None = None) -> None:
        self.held = set(held)
        self.hold = hold or {}  # blobs whose answer waits until the test sets the event
        self.delay = delay
        self.fail = fail or {}  # answers to any request for these blobs
        self.reject_put = reject_put  # blobs whose PUT gets a 422 (hash mismatch)
        self.fail_once = fail_once or set()  # blobs whose first request gets a 500
        self.calls: Counter[tuple[str, str]] = Counter()
        self.in_flight = self.max_in_flight = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        sha = request.url.path.rsplit("/", 1)[-1]
        with self._lock:
            self.calls[(request.method, sha)] += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            time.sleep(self.delay)  # a slow link: answers take a while
            if sha in self.hold:
                assert self.hold[sha].wait(30), "the test never released the answer"
            if sha in self.fail:
                return self.fail[sha]
            with self._lock:
                if sha in self.fail_once:
                    self.fail_once.discard(sha)
                    return httpx.Response(500, text="oops")
            if request.method == "HEAD":
                return httpx.Response(204 if sha in self.held else 404)
            if sha in self.reject_put:
                return httpx.Response(422, json={"protocol": protocol.PROTOCOL, "error": "hash mismatch"})
            assert hashlib.sha256(request.content).hexdigest() == sha
            with self._lock:
                self.held.add(sha)
            return httpx.Response(201, json={"protocol": protocol.PROTOCOL, "sha256": sha, "size": 1})
        finally:
            with self._lock:
                self.in_flight -= 1


def uploader_for(server: FakeBlobServer, workers: int = 4) -> tuple[CentralClient, BlobUploader]:
    client = CentralClient("http://central.test", "t", "dev", transport=httpx.MockTransport(server))
    return client, BlobUploader(client, workers=workers)


def reader(threads: list[int] | None = None):
    def read(sha: str) -> tuple[bytes, str]:
        if threads is not None:
            threads.append(threading.get_ident())
        if sha not in BLOBS:
            raise NotFoundError("absent")
        return BLOBS[sha], "application/pdf"
    return read


def test_concurrent_uploads_never_send_a_blob_twice():
    shas = list(BLOBS)
    already = set(shas[:3])
    server = FakeBlobServer(held=already)
    client, uploader = uploader_for(server)
    threads: list[int] = []
    with client, uploader:
        # every blob named twice, as when two items of a batch name the same PDF
        report = uploader.upload(shas + shas[::-1], reader(threads))
    assert report.failure is None and not report.blob_errors
    assert sorted(report.held) == sorted(shas)
    assert all(server.calls[("HEAD", sha)] == 1 for sha in shas)
    assert all(server.calls[("PUT", sha)] == (0 if sha in already else 1) for sha in shas)
    assert server.max_in_flight > 1, "uploads should overlap"
    assert server.max_in_flight <= 4
    # the bytes are read on the caller's thread (the SQLCipher connection is bound to it), once per blob
    assert set(threads) == {threading.get_ident()} and len(threads) == len(shas)


def test_a_failure_returns_at_once_and_the_next_call_finishes_the_work():
    shas = list(BLOBS)
    server = FakeBlobServer(fail_once={shas[0]}, delay=0.05)
    client, uploader = uploader_for(server, workers=2)
    held: list[str] = []
    with client, uploader:
        first = uploader.upload(shas, reader(), on_held=held.append)
        assert isinstance(first.failure, OfflineError)
        tried = {sha for _m, sha in server.calls}
        assert len(tried) <= 3 < len(shas)  # no new upload started after the failure
        second = uploader.upload(shas, reader(), on_held=held.append)  # after the engine's backoff
    assert second.failure is None, "uploads left in flight by the first call are not failures of the second"
    assert sorted(held) == sorted(first.held + second.held) == sorted(shas)
    assert server.calls[("HEAD", shas[0])] == 2
    assert all(server.calls[("PUT", sha)] == 1 for sha in shas)
    assert all(server.calls[("HEAD", sha)] == 1 for sha in shas[1:])


def test_a_slow_answer_does_not_hold_up_the_others():
    shas = list(BLOBS)[:6]
    server = FakeBlobServer(delay=0.0)
    slow = shas[0]
    real = server.__call__

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith(slow):
            time.sleep(0.5)
        return real(request)
    client = CentralClient("http://central.test", "t", "dev", transport=httpx.MockTransport(handler))
    order: list[str] = []
    with client, BlobUploader(client, workers=2) as uploader:
        report = uploader.upload(shas, reader(), on_held=order.append)
    assert report.failure is None and sorted(order) == sorted(shas)
    assert order[-1] == slow  # the other five went through the second worker meanwhile


def test_a_refused_token_outranks_other_failures():
    shas = list(BLOBS)[:4]
    release = threading.Event()
    # the 500 (first request only) answers at once; the 401 only once the test lets it: the order is fixed
    server = FakeBlobServer(fail={shas[1]: httpx.Response(401)}, fail_once={shas[0]}, delay=0,
                            hold={shas[1]: release})
    client, uploader = uploader_for(server, workers=4)
    with client, uploader:
        first = uploader.upload(shas, reader())
        assert isinstance(first.failure, OfflineError)  # the 500: the engine backs off; the 401 is still in flight
        release.set()
        second = uploader.upload(shas, reader())
    # the refused token comes back during the episode already backed off from, and is never swallowed there: it is
    # the second call's failure at once, and the refused blob is not sent again
    assert isinstance(second.failure, AuthError)
    assert server.calls[("HEAD", shas[1])] == 1


def test_a_refused_token_outranks_a_server_error_collected_with_it():
    """A 500 and a 401 of an earlier episode come back together: the run stops on the refused token."""
    shas = list(BLOBS)[:4]
    release = threading.Event()
    server = FakeBlobServer(fail={shas[1]: httpx.Response(401)}, fail_once={shas[0], shas[2]}, delay=0,
                            hold={shas[1]: release, shas[2]: release})
    client, uploader = uploader_for(server, workers=4)
    with client, uploader:
        first = uploader.upload(shas[:3], reader())
        assert isinstance(first.failure, OfflineError)  # the first 500; the 401 and the second 500 are held back
        release.set()
        wait_until(lambda: all(f.done() for f in uploader._in_flight), "the held answers came back")
        second = uploader.upload(shas[3:], reader())   # collects both before it sends anything
    assert isinstance(second.failure, AuthError)
    assert server.calls[("HEAD", shas[1])] == 1 and server.calls[("HEAD", shas[3])] == 0


def test_per_blob_errors_do_not_stop_the_others():
    shas = list(BLOBS)[:5]
    server = FakeBlobServer(reject_put=frozenset({shas[1]}))
    client, uploader = uploader_for(server)
    absent = "f" * 64
    with client, uploader:
        report = uploader.upload([*shas, absent], reader())
    assert report.failure is None
    assert isinstance(report.blob_errors[shas[1]], BlobRejectedError)
    assert isinstance(report.blob_errors[absent], NotFoundError)
    assert sorted(report.held) == sorted(set(shas) - {shas[1]})


def test_cancel_stops_new_uploads():
    shas = list(BLOBS)
    server = FakeBlobServer()
    client, uploader = uploader_for(server, workers=1)
    cancel = threading.Event()
    with client, uploader:
        report = uploader.upload(shas, reader(), cancel, on_held=lambda _sha: cancel.set())
    assert report.failure is None and report.held == shas[:1]
    assert server.calls[("HEAD", shas[1])] == 0   # cancelled while waiting for the one worker: nothing more sent


@pytest.mark.parametrize("workers", [1, 3])
def test_every_blob_is_held_afterwards(workers):
    server = FakeBlobServer(delay=0.0)
    client, uploader = uploader_for(server, workers=workers)
    with client, uploader:
        report = uploader.upload(list(BLOBS), reader())
    assert server.held == set(BLOBS) and sorted(report.held) == sorted(BLOBS)


def test_retry_after_holds_back_every_upload_thread():
    """A 503 with Retry-After: 1 on one HEAD: no thread sends anything before that second has passed."""
    times: list[tuple[float, str]] = []
    busy_at: list[float] = []
    lock = threading.Lock()

    def handler(request: httpx.Request) -> httpx.Response:
        now = time.monotonic()
        with lock:
            times.append((now, request.method))
            if not busy_at:
                busy_at.append(now)
                return httpx.Response(503, headers={"Retry-After": "1"},
                                      json={"protocol": protocol.PROTOCOL, "error": "busy"})
        time.sleep(0.01)
        if request.method == "HEAD":
            return httpx.Response(404)
        sha = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(201, json={"protocol": protocol.PROTOCOL, "sha256": sha, "size": 1})

    client = CentralClient("http://central.test", "t", "d", transport=httpx.MockTransport(handler))
    with BlobUploader(client, workers=4) as uploader:
        first = uploader.upload(BLOBS, lambda sha: (BLOBS[sha], "application/pdf"))
        assert first.failure is not None and first.failure.retry_after == 1
        second = uploader.upload(BLOBS, lambda sha: (BLOBS[sha], "application/pdf"))
    assert second.failure is None and set(second.held) | set(first.held) == set(BLOBS)
    # Requests another thread had already sent before the busy answer reached the client are not held back
    # (nothing could hold them); every request sent after that waits out the whole second, on every thread.
    answered = busy_at[0] + 0.5
    later = [t for t, _m in times if t > busy_at[0]]
    assert later and not [t for t in later if answered < t < busy_at[0] + 0.99]
    assert max(later) >= busy_at[0] + 0.99
