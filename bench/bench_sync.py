"""Bench: drain 2,000 issued records (with their PDFs) to the local reference server, fault-free and
with 20 % injected faults through the fault proxy; report both times, the ratio, lost and duplicated.

The PDFs are synthetic "signed-looking" files and the server's PDF signature check is switched off
(`verify_pdf=False`, bench only): this measures the sync path, not pyHanko. Backoff waits are recorded,
not slept (injectable sleep), and reported separately as the time a real run would also have waited.

    .venv/bin/python bench/bench_sync.py [--records 2000] [--fault-rate 0.2]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

import httpx  # noqa: E402
from tests.fixtures.central_server import API_TOKEN, CentralServer  # noqa: E402
from tests.fixtures.fault_proxy import FaultProxy  # noqa: E402
from tests.sync.helpers import copy_school, fake_pdf, issue_records, open_school  # noqa: E402

from hocbaso_desktop.demo import create_demo_school  # noqa: E402
from hocbaso_desktop.storage import outbox  # noqa: E402
from hocbaso_desktop.sync.engine import SyncEngine, SyncSettings  # noqa: E402


def drain(template: Path, folder: Path, n: int, fault_rate: float, password: str) -> dict:
    """One timed drain of `n` records; returns the figures."""
    folder.mkdir(parents=True)
    school = copy_school(template, folder / "school.hocbaso")
    db = open_school(school, password)
    ids = issue_records(db, n, pdf_maker=fake_pdf)
    server = CentralServer(folder / "central", verify_pdf=False).start()
    proxy = FaultProxy(server.port, rate=fault_rate, seed=7, slow_seconds=0.2).start()
    waits: list[float] = []
    engine = SyncEngine(db, SyncSettings(proxy.url, API_TOKEN), sleep=waits.append, max_failures=1000, unreached_attempts=1000,
                        timeout=httpx.Timeout(2.0))
    start = time.perf_counter()
    summary = engine.run()
    elapsed = time.perf_counter() - start
    stored = {s.record_id for s in server.store.all_submissions()}
    result = {"records": n, "seconds": round(elapsed, 2), "drained": summary.drained,
              "lost": len(set(ids) - stored), "duplicated": server.store.stored_events() - len(stored),
              "delivered_with_receipt": outbox.state_counts(db)["delivered"],
              "faults_injected": sum(1 for *_r, f in proxy.log if f != "pass"), "requests": len(proxy.log),
              "requests_per_record": round(len(proxy.log) / n, 2),
              "pings": sum(1 for _m, path, _f in proxy.log if path.endswith("/ping")),
              "posts": sum(1 for method, *_r in proxy.log if method == "POST"),
              "backoff_requested_s": round(sum(waits), 1)}
    proxy.stop()
    server.stop()
    db.close()
    return result


def main() -> int:
    """Run both drains and print the comparison."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = create_demo_school(folder / "template.hocbaso", students_per_class=10, classes_per_grade=1)
        clean = drain(demo.path, folder / "clean", args.records, 0.0, demo.password)
        faulty = drain(demo.path, folder / "faulty", args.records, args.fault_rate, demo.password)
    print("fault-free:", clean)
    print(f"{args.fault_rate:.0%} faults:", faulty)
    print(f"ratio (faulty / fault-free, without backoff waits): {faulty['seconds'] / clean['seconds']:.2f}")
    ok = all(r["lost"] == 0 and r["duplicated"] == 0 and r["drained"] for r in (clean, faulty))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
