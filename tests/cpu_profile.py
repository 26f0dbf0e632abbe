"""A pytest plugin for measuring the suite: each test's wall and CPU time (its process and the children it
waited for), setup and teardown included, appended as tab-separated lines to $HOCBASO_TEST_CPU_LOG.

Not loaded by default: `HOCBASO_TEST_CPU_LOG=/tmp/cpu.tsv pytest -p tests.cpu_profile …`, then
`sort -t$'\\t' -k3 -gr /tmp/cpu.tsv | head -40`. Columns: nodeid, wall, cpu (self + children),
self user+sys, children user+sys, worker. The first test to use a session fixture pays for building it;
"#fixture" lines say what each session fixture cost its worker (a fixture it depends on counted in both).
"""

from __future__ import annotations

import os
import resource
import time
from collections.abc import Iterator

import pytest


def _cpu() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def _write(name: str, wall: str, me: float, kids: float) -> None:
    """One line of the log: name, wall, cpu (self + children), self, children, worker."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(os.environ["HOCBASO_TEST_CPU_LOG"], "a", encoding="utf-8") as out:
        out.write(f"{name}\t{wall}\t{me + kids:.3f}\t{me:.3f}\t{kids:.3f}\t{worker}\n")


def _measured(name: str) -> Iterator[None]:
    """The body of a hook wrapper that logs the wall and CPU time of what it wraps under `name`."""
    wall0, (me0, kids0) = time.monotonic(), _cpu()
    yield
    wall, (me, kids) = time.monotonic() - wall0, _cpu()
    _write(name, f"{wall:.3f}", me - me0, kids - kids0)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Time one test's setup, call and teardown."""
    if os.environ.get("HOCBASO_TEST_CPU_LOG"):
        yield from _measured(item.nodeid)
    else:
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Time each session-scoped fixture's setup (built once per worker: the run pays it once a worker)."""
    if os.environ.get("HOCBASO_TEST_CPU_LOG") and fixturedef.scope == "session":
        yield from _measured(f"#fixture {fixturedef.argname}")
    else:
        yield


def pytest_sessionfinish(session):
    """One line for the whole process (imports, collection and every test), named by its worker."""
    if os.environ.get("HOCBASO_TEST_CPU_LOG"):
        _write(f"#process {os.environ.get('PYTEST_XDIST_WORKER', 'main')}", "-", *_cpu())
