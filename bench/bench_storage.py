"""Bench: unlock time, and a grade-entry query workload on SQLCipher against plain SQLite (issue 2).

Unlock = Argon2id unwrap of the data key + SQLCipher open with the raw key + first read (median of 7).
Workload = the demo school's schema with 1,500 students × ~130 entries inserted in one transaction,
then 200 "load a class's entries" queries, on the encrypted database and on a plain SQLite file
with the same schema and rows.

    .venv/bin/python bench/bench_storage.py
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from hocbaso_desktop.domain.model import Level, School  # noqa: E402
from hocbaso_desktop.storage.database import SchoolDatabase  # noqa: E402
from hocbaso_desktop.storage.migrations import available, split_statements  # noqa: E402

PASSWORD = "mat-khau-bench-123"
STUDENTS, CLASSES = 1500, 50
ROWS_PER_STUDENT = 130


def _rows():
    for s in range(STUDENTS):
        for n in range(ROWS_PER_STUDENT):
            yield (f"s{s:05d}", "2026-2027", f"M{n % 12:02d}", ("gk1", "ck1", "gk2", "cn")[n % 4], f"c{n}",
                   str(n % 10 + 1), "bench", "2026-11-23T00:00:00Z")


def _workload(execute, executemany, commit) -> dict[str, float]:
    execute("CREATE TABLE IF NOT EXISTS bench_members (student_id TEXT, class_id TEXT)")
    executemany("INSERT INTO bench_members VALUES (?, ?)", [(f"s{s:05d}", f"k{s % CLASSES}") for s in range(STUDENTS)])
    commit()
    t = time.perf_counter()
    executemany("INSERT INTO assessments(student_id, year, subject, period, component, value, updated_by, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", list(_rows()))
    commit()
    insert = time.perf_counter() - t
    t = time.perf_counter()
    for q in range(200):
        execute("SELECT a.student_id, a.subject, a.period, a.component, a.value FROM assessments a JOIN bench_members m "
                "ON m.student_id = a.student_id WHERE m.class_id = ? AND a.year = ?", (f"k{q % CLASSES}", "2026-2027"))
    query = time.perf_counter() - t
    return {"insert_s": insert, "query_200_s": query}


def main() -> int:
    """Run the bench and print the figures."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "b.hocbaso"
        db, _ = SchoolDatabase.create(path, school=School("1", "Bench", Level.THCS), admin_username="admin",
                                      admin_full_name="Admin", admin_password=PASSWORD)
        db.close()
        unlock = []
        for _ in range(7):
            t = time.perf_counter()
            db = SchoolDatabase.open(path, "admin", PASSWORD)
            unlock.append(time.perf_counter() - t)
            db.close()
        db = SchoolDatabase.open(path, "admin", PASSWORD)
        db.execute("PRAGMA foreign_keys = OFF")  # bench rows have no student records behind them
        db.execute("BEGIN")

        def commit_enc() -> None:
            db.execute("COMMIT")
            db.execute("BEGIN")

        enc = _workload(lambda s, p=(): db.query(s, p), db.executemany, commit_enc)
        db.execute("COMMIT")
        db.close()
        plain_con = sqlite3.connect(Path(tmp) / "plain.db", isolation_level=None)
        for statement in split_statements(available()[0][2]):
            plain_con.execute(statement)
        plain_con.execute("PRAGMA journal_mode = WAL")
        plain_con.execute("PRAGMA synchronous = FULL")
        plain_con.execute("BEGIN")

        def commit() -> None:
            plain_con.execute("COMMIT")
            plain_con.execute("BEGIN")

        plain = _workload(lambda s, p=(): plain_con.execute(s, p).fetchall(), plain_con.executemany, commit)
        plain_con.execute("COMMIT")
        plain_con.close()
    print(f"unlock (Argon2id unwrap + SQLCipher open + first read): median {statistics.median(unlock) * 1000:.0f} ms "
          f"(min {min(unlock) * 1000:.0f}, max {max(unlock) * 1000:.0f}; target ≤ 500 ms)")
    rows = STUDENTS * ROWS_PER_STUDENT
    for key, label in (("insert_s", f"insert {rows:,} entries"), ("query_200_s", "200 class-entry queries")):
        ratio = enc[key] / plain[key] if plain[key] else float("nan")
        print(f"{label}: SQLCipher {enc[key]:.2f} s, plain SQLite {plain[key]:.2f} s, ratio {ratio:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
