"""The sender and the engine's retry policy, end to end through the fault proxy to the real server.

A recording transport (a real httpx.HTTPTransport that also notes what it sends) shows how many
envelopes each POST carried and how often the client pinged.
"""

from __future__ import annotations

import gzip
import json
import threading

import httpx
import pytest

from tests.sync.helpers import issue_records
from tests.sync.test_engine import assert_exactly_once


class RecordingTransport(httpx.HTTPTransport):
    """Sends for real; records (method, last path segment, number of items posted)."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Note the request, then send it."""
        items = 0
        if request.method == "POST":
            body = request.read()
            if request.headers.get("Content-Encoding") == "gzip":
                body = gzip.decompress(body)
            items = len(json.loads(body)["items"])
        with self._lock:
            self.sent.append((request.method, request.url.path.rsplit("/", 1)[-1], items))
        return super().handle_request(request)

    def posts(self) -> list[int]:
        """How many envelopes each POST carried, in order."""
        return [n for method, _path, n in self.sent if method == "POST"]

    def pings(self) -> int:
        """How many pings were sent."""
        return sum(1 for _m, path, _n in self.sent if path == "ping")


def test_a_lost_answer_shrinks_the_next_batch_then_it_grows_back(school_db, central_server, fault_proxy, make_engine):
    ids = issue_records(school_db, 8)
    # ping, 8 HEAD + 8 PUT pass; the first POST is processed but its answer is lost
    fault_proxy.script(*["pass"] * 17, "drop_after")
    transport = RecordingTransport()
    summary = make_engine(fault_proxy.url, transport=transport, timeout=None).run()
    assert summary.drained and summary.error is None
    # the replay re-sends half the batch, not all of it; a success doubles the limit again
    assert transport.posts() == [8, 4, 4]
    assert transport.pings() == 1, "one dropped answer is no reason to ping again"
    assert_exactly_once(school_db, central_server, ids)


def test_batches_grow_back_to_the_server_limit(school_db, central_server, fault_proxy, make_engine):
    ids = issue_records(school_db, 40)
    fault_proxy.script(*["pass"] * 81, "500")  # the first POST (40 items) fails
    transport = RecordingTransport()
    # the product's own timeouts: nothing here stalls, and a loaded machine must not turn a slow POST into a fault
    summary = make_engine(fault_proxy.url, transport=transport, timeout=None).run()
    assert summary.drained
    assert transport.posts() == [40, 20, 20]
    assert_exactly_once(school_db, central_server, ids)


@pytest.mark.parametrize(("failures", "pings"), [(1, 1), (2, 1), (3, 2)])
def test_pings_again_only_after_several_failures_in_a_row(school_db, central_server, fault_proxy, make_engine,
                                                          failures, pings):
    ids = issue_records(school_db, 1)
    fault_proxy.script("pass", *["drop_before"] * failures)  # the ping passes, then the HEAD fails n times
    transport = RecordingTransport()
    sleeps: list[float] = []
    summary = make_engine(fault_proxy.url, transport=transport, sleeps=sleeps, timeout=None).run()
    assert summary.drained
    assert len(sleeps) == failures, "every failure still backs off"
    assert transport.pings() == pings
    assert_exactly_once(school_db, central_server, ids)


def test_a_receipt_that_does_not_verify_makes_the_client_ping_again(school_db, central_server, make_engine,
                                                                     monkeypatch):
    from hocbaso_desktop.sync import sender

    ids = issue_records(school_db, 2)
    real, calls = sender.verify_receipt, []

    def first_fails(*args, **kwargs) -> bool:
        calls.append(1)
        return len(calls) > 1 and real(*args, **kwargs)
    monkeypatch.setattr(sender, "verify_receipt", first_fails)
    transport = RecordingTransport()
    summary = make_engine(central_server.url, transport=transport, timeout=None).run()
    assert summary.drained
    assert transport.pings() == 2  # an answer that breaks the contract may mean another server: check again
    assert_exactly_once(school_db, central_server, ids)
