"""A pytest plugin for measuring the suite: each test's wall and CPU time (its process and the children it
waited for), setup and teardown included, appended as tab-separated lines to $HOCBASO_TEST_CPU_LOG.

Not loaded by default: `HOCBASO_TEST_CPU_LOG=/tmp/cpu.tsv pytest -p tests.cpu_profile …`, then
`sort -t$'\\t' -k3 -gr /tmp/cpu.tsv | head -40`. Columns: nodeid, wall, cpu (self + children),
self user+sys, children user+sys, worker. The first test to use a session fixture pays for building it.
"""

from __future__ import annotations

import os
import resource
import time

import pytest


def _cpu() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """Time one test's setup, call and teardown."""
    log = os.environ.get("HOCBASO_TEST_CPU_LOG")
    wall0, (me0, kids0) = time.monotonic(), _cpu()
    yield
    if not log:
        return
    wall, (me, kids) = time.monotonic() - wall0, _cpu()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"{item.nodeid}\t{wall:.3f}\t{me - me0 + kids - kids0:.3f}\t{me - me0:.3f}\t{kids - kids0:.3f}"
                  f"\t{worker}\n")


def pytest_sessionfinish(session):
    """One line for the whole process (imports, collection and every test), named by its worker."""
    log = os.environ.get("HOCBASO_TEST_CPU_LOG")
    if not log:
        return
    me, kids = _cpu()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"#process {worker}\t-\t{me + kids:.3f}\t{me:.3f}\t{kids:.3f}\t{worker}\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_fixture_setup(fixturedef, request):
    """Time each session-scoped fixture's setup (built once per worker: the run pays it once a worker)."""
    log = os.environ.get("HOCBASO_TEST_CPU_LOG")
    if not log or fixturedef.scope != "session":
        yield
        return
    wall0, (me0, kids0) = time.monotonic(), _cpu()
    yield
    wall, (me, kids) = time.monotonic() - wall0, _cpu()
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"#fixture {fixturedef.argname}\t{wall:.3f}\t{me - me0 + kids - kids0:.3f}\t{me - me0:.3f}"
                  f"\t{kids - kids0:.3f}\t{worker}\n")
