"""kill -9 of the client at random points during a sync loses and duplicates nothing."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hocbaso_desktop.storage import settings_repo
from tests.fixtures.central_server import API_TOKEN
from tests.sync.helpers import issue_records, open_school
from tests.sync.test_engine import assert_exactly_once

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
from hocbaso_desktop.storage.database import SchoolDatabase
db = SchoolDatabase.open(sys.argv[1], "quantri", sys.argv[2])
print("open", flush=True)
SyncEngine(db, SyncSettings(sys.argv[3], sys.argv[4]), sleep=lambda s: None).run()
"""


def kill_points(demo_school, central_server, fault_proxy, points: int, seed: int) -> None:
    rng = random.Random(seed)
    db = open_school(demo_school.path, demo_school.password)
    ids = issue_records(db, 30)
    with db.transaction():  # the school's centre (the runs killed below reach it through the proxy)
        settings_repo.set_setting(db, "sync.server_url", central_server.url)
    db.close()
    fault_proxy.slow_seconds = 0.05
    fault_proxy.rate, fault_proxy.faults = 1.0, ("slow",)  # widen the window between request and commit
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    for _ in range(points):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(demo_school.path), demo_school.password,
                                  fault_proxy.url, API_TOKEN], stdout=subprocess.PIPE, env=env)
        assert child.stdout.readline().strip() == b"open"
        time.sleep(rng.uniform(0.0, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
    fault_proxy.rate = 0.0
    db = open_school(demo_school.path, demo_school.password)
    try:
        from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings
        summary = SyncEngine(db, SyncSettings(central_server.url, API_TOKEN), sleep=lambda s: None).run()
        assert summary.drained and summary.error is None
        assert_exactly_once(db, central_server, ids)
    finally:
        db.close()


def test_kill9_few_points(demo_school, central_server, fault_proxy):
    kill_points(demo_school, central_server, fault_proxy, points=5, seed=1)


@pytest.mark.slow
def test_kill9_many_points(demo_school, central_server, fault_proxy):
    kill_points(demo_school, central_server, fault_proxy, points=50, seed=2)
