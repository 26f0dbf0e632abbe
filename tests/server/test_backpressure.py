"""Saturation: the server answers 503 with Retry-After at once instead of queueing without bound."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from tests.fixtures.central_server import API_TOKEN, CentralServer
from tests.server import envelopes

HEADERS = {"Authorization": f"Bearer {API_TOKEN}", "Content-Type": "application/json"}
BAD = [{"record_id": "x"}]  # rejected on its shape, at once, when let through


def _wait_for(condition, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.01)


def _post(server: CentralServer) -> httpx.Response:
    return httpx.post(server.url + "/api/v1/submissions", content=envelopes.body("79000701", BAD), headers=HEADERS,
                      timeout=60)


@contextmanager
def held_server(tmp_path, **options) -> Iterator[tuple[CentralServer, list[int], callable]]:
    """A server whose submissions wait until released; `start()` sends one in a thread."""
    server = CentralServer(tmp_path / "c", **options).start()
    release, real = threading.Event(), server.app.state.submitter
    answers: list[int] = []
    threads: list[threading.Thread] = []

    class Held:
        def submit(self, *args, **kwargs):
            release.wait(30)
            return real.submit(*args, **kwargs)

    def start() -> None:
        t = threading.Thread(target=lambda: answers.append(_post(server).status_code))
        t.start()
        threads.append(t)

    server.app.state.submitter = Held()
    try:
        yield server, answers, start
    finally:
        release.set()
        for t in threads:
            t.join(30)
        server.stop()


def test_a_full_verification_queue_answers_503(tmp_path):
    with held_server(tmp_path, verify_slots=1, max_queue=1) as (server, answers, start):
        load = server.app.state.load
        start()
        _wait_for(lambda: load["in_flight"] == 1 and load["waiting"] == 0)   # holds the one slot
        start()
        _wait_for(lambda: load["waiting"] == 1)                              # waits for it
        third = _post(server)
        assert third.status_code == 503 and third.headers["Retry-After"] == "1"
        assert third.json()["protocol"] == "hocbaso-sync/1"
    assert sorted(answers) == [201, 201]


def test_too_many_requests_in_flight_shed_even_a_ping(tmp_path):
    with held_server(tmp_path, verify_slots=1, max_queue=5, max_in_flight=2) as (server, answers, start):
        load = server.app.state.load
        start()
        start()
        _wait_for(lambda: load["in_flight"] == 2)
        ping = httpx.get(server.url + "/api/v1/ping", headers=HEADERS, timeout=10)
        assert ping.status_code == 503 and ping.headers["Retry-After"] == "1"
        metrics = httpx.get(server.url + "/metrics", timeout=10).text
        assert "hocbaso_requests_shed_total" in metrics
    assert sorted(answers) == [201, 201]
