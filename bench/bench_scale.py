"""Scale: a school of 1,500 and of 3,000 students (`hocbaso demo --students N`: five years of history).

For each size, every step runs in its own process (so the figure includes start and unlock, and the peak
memory is that process's max RSS):
- create: `hocbaso demo --students N`;
- unlock: open the school as a user (Argon2id unwrap + SQLCipher open + first read);
- grid: open one class's grade sheet (the query and the live results the grid shows);
- results: compute every class's results of the year (the evaluator on every student);
- report: `hocbaso report --out report.xlsx` (the whole-school report), against the **baseline** of a bare
  process that unlocks the same database and reads every class's entries of the year once;
- backup: `hocbaso backup --out FILE`;
- sync: 5,000 issued records (small signed PDFs) drained by `hocbaso sync` to `hocbaso server`.

    .venv/bin/python bench/bench_scale.py [--sizes 1500,3000] [--sync-records 5000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
PASSWORD = "bench-scale-password"
REPORT_RUNS = 3

SNIPPETS = {
    "unlock": """
from hocbaso_desktop.storage.session import open_session
s = open_session(DB, "hieutruong", PW); s.db.query("SELECT count(*) FROM students"); s.close()
""",
    "grid": """
from hocbaso_desktop.services import grade_sheets
from hocbaso_desktop.storage.session import open_session
s = open_session(DB, "hieutruong", PW)
cls = grade_sheets.my_classes(s)[0].school_class
sheet = grade_sheets.load_sheet(s, cls.id, "_competency", "cn")
s.close()
""",
    "results": """
from hocbaso_desktop.services import results
from hocbaso_desktop.storage import school_repo
from hocbaso_desktop.storage.session import open_session
s = open_session(DB, "hieutruong", PW)
year = school_repo.latest_year(s.db)
classes = [results.class_results(s, c) for c in school_repo.list_classes(s.db, year)]
s.close()
""",
    "report_in_process": """
import json, time
from hocbaso_desktop.services.reports import school_report
from hocbaso_desktop.storage import assessments_repo, school_repo
from hocbaso_desktop.storage.session import open_session
s = open_session(DB, "hieutruong", PW)
year = school_repo.latest_year(s.db)
t = time.perf_counter()
n = sum(len(assessments_repo.entries_for_class(s.db, c.id, year)) for c in school_repo.list_classes(s.db, year))
read = time.perf_counter() - t
t = time.perf_counter()
school_report(s)
report = time.perf_counter() - t
s.close()
print(json.dumps({"read": read, "report": report}))
""",
    "read_entries_once": """
from hocbaso_desktop.storage import assessments_repo, school_repo
from hocbaso_desktop.storage.session import open_session
s = open_session(DB, "hieutruong", PW)
year = school_repo.latest_year(s.db)
n = sum(len(assessments_repo.entries_for_class(s.db, c.id, year)) for c in school_repo.list_classes(s.db, year))
s.close()
""",
}


def _run(argv: list[str], env: dict, out: list | None = None) -> tuple[float, float]:
    """(seconds, peak MiB) of one process; its standard output is appended to `out` if given."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE if out is not None else subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    if out is not None:
        out.append(proc.stdout.read().decode())
    _pid, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv[1:4]} failed: {proc.stderr.read().decode()[-1500:]}")
    return elapsed, usage.ru_maxrss / 1024


def _snippet(name: str, db: Path, env: dict) -> tuple[float, float]:
    code = f"DB, PW = {str(db)!r}, {PASSWORD!r}\n" + SNIPPETS[name]
    return _run([sys.executable, "-c", code], env)


def _sync(db: Path, n: int, env: dict, folder: Path, hocbaso: str) -> tuple[float, float]:
    from bench.bench_sync import Server
    from tests.fixtures.central_server import API_TOKEN
    from tests.sync.helpers import issue_records, open_school

    school = open_school(db, PASSWORD)
    try:
        issue_records(school, n)
    finally:
        school.close()
    server = Server(folder / "central")
    try:
        subprocess.run([hocbaso, "sync", "configure", "--db", str(db), "--server", server.url, "--api-token",
                        API_TOKEN], env={**env, "HOCBASO_USER": "quantri"}, check=True, capture_output=True)
        return _run([hocbaso, "sync", "--db", str(db), "--user", "quantri"], env)
    finally:
        server.stop()


def measure(students: int, folder: Path, sync_records: int) -> dict:
    """Every step for one school size."""
    hocbaso = str(Path(sys.executable).with_name("hocbaso"))
    env = {**os.environ, "HOCBASO_PASSWORD": PASSWORD, "HOME": str(folder)}
    db = folder / "truong.hocbaso"
    figures = {"students": students}
    figures["create"] = _run([hocbaso, "demo", "--db", str(db), "--students", str(students)], env)
    for step in ("unlock", "grid", "results"):
        figures[step] = _snippet(step, db, env)
    printed: list[str] = []
    _run([sys.executable, "-c", f"DB, PW = {str(db)!r}, {PASSWORD!r}\n" + SNIPPETS["report_in_process"]], env,
         printed)
    figures["in_process"] = json.loads(printed[0].strip().splitlines()[-1])
    # The report's ratio is the figure with a goal: alternate it with its baseline and take medians of three.
    pairs = [(_snippet("read_entries_once", db, env),
              _run([hocbaso, "report", "--db", str(db), "--user", "hieutruong", "--out", str(folder / "report.xlsx")],
                   env)) for _ in range(REPORT_RUNS)]
    for key, runs in (("read_entries_once", [a for a, _b in pairs]), ("report", [b for _a, b in pairs])):
        figures[key] = (statistics.median(t for t, _m in runs), max(m for _t, m in runs))
    figures["backup"] = _run([hocbaso, "backup", "--db", str(db), "--user", "quantri", "--out",
                              str(folder / "backup.hocbaso")], env)
    if sync_records:
        figures[f"sync_{sync_records}"] = _sync(db, sync_records, env, folder, hocbaso)
    return figures


def main() -> int:
    """Print a table per size, the report's ratio to its baseline, and how each step grows."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1500,3000")
    parser.add_argument("--sync-records", type=int, default=5000)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            results.append(measure(n, Path(tmp), args.sync_records if n == max(sizes) else 0))
        print(json.dumps(results[-1]))
    steps = [k for k in results[-1] if k not in ("students", "in_process")]
    print("\n| step | " + " | ".join(f"{r['students']} students: s (MiB)" for r in results) + " |")
    print("|---|" + "---|" * len(results))
    for step in steps:
        cells = [f"{r[step][0]:.2f} ({r[step][1]:.0f})" if step in r else "—" for r in results]
        print(f"| {step} | " + " | ".join(cells) + " |")
    for r in results:
        ratio = r["report"][0] / r["read_entries_once"][0]
        print(f"`hocbaso report --out report.xlsx` for {r['students']} students: {r['report'][0]:.2f} s vs a process "
              f"that unlocks and reads its entries once {r['read_entries_once'][0]:.2f} s -> {ratio:.2f}x")
        ip = r["in_process"]
        print(f"  in one process after unlock: school_report {ip['report']:.2f} s vs reading the entries once "
              f"{ip['read']:.2f} s -> {ip['report'] / ip['read']:.2f}x (goal <= 1.5)")
    if len(results) > 1:
        a, b = results[0], results[-1]
        growth = {s: round(b[s][0] / a[s][0], 2) for s in steps if s in a}
        print(f"growth {a['students']} -> {b['students']} students (time ratio): {json.dumps(growth)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
