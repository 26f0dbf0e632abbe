"""Start-up: what every `hocbaso` command costs before it does anything.

`hocbaso --version` and `hocbaso --help` (the installed command, a new process each run) against the fair
baseline `python -c "import hocbaso_desktop.app"` (the core imported, nothing else). Median wall time of
--runs alternated runs, and each process's peak memory (max RSS).

    .venv/bin/python bench/bench_startup.py [--runs 9]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _once(argv: list[str]) -> tuple[float, float]:
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{argv} failed")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> int:
    """Print each command's median time and memory beside the baseline's, with the ratios."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    hocbaso = str(Path(sys.executable).with_name("hocbaso"))
    cases = {"baseline: import hocbaso_desktop.app": [sys.executable, "-c", "import hocbaso_desktop.app"],
             "hocbaso --version": [hocbaso, "--version"], "hocbaso --help": [hocbaso, "--help"]}
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in cases}
    for _ in range(args.runs):  # alternate, so that load on the machine falls on each alike
        for name, argv in cases.items():
            runs[name].append(_once(argv))
    base = statistics.median(t for t, _ in runs["baseline: import hocbaso_desktop.app"])
    for name, values in runs.items():
        t = statistics.median(v[0] for v in values)
        mem = max(v[1] for v in values)
        print(f"{name:40s} {1000 * t:7.0f} ms  {mem:5.0f} MiB  {t / base:5.2f}x the baseline (goal <= 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
