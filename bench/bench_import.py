"""Benchmark: import a 1,500-student primary school with a full year of scores from one Excel file.

Run: .venv/bin/python bench/bench_import.py [--students 1500]. Prints the time of `hocbaso import --dry-run`
and `hocbaso import` (the real command, each its own process: start, unlock, read, check, write), beside a bare
process that reads every cell of the same workbook with openpyxl (target: real import ≤ 10 s). The school is a one-student demo; the file adds 50
classes (grades 1–5) with their students and every level and test score of the four checkpoints.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from hocbaso_desktop.dataio.column_mapping import assessment_header
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD, create_demo_school
from hocbaso_desktop.demo_names import FAMILY, GIVEN_F, GIVEN_M, MIDDLE_F, MIDDLE_M
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import PRIMARY_PERIODS
from hocbaso_desktop.domain.model import Sex
from hocbaso_desktop.domain.personal_id import century_sex_digit


def _name(n: int, sex: Sex) -> str:
    """A distinct real-shaped Vietnamese name for student n (names take letters only: no "Học Sinh 12")."""
    given = GIVEN_M if sex is Sex.MALE else GIVEN_F
    middle = MIDDLE_M if sex is Sex.MALE else MIDDLE_F
    family, rest = FAMILY[n % len(FAMILY)], n // len(FAMILY)
    return f"{family} {middle[rest % len(middle)]} {given[rest // len(middle) % len(given)]}"


def build_file(path: Path, students: int, start_year: int) -> int:
    """Write the workbook: one class-list sheet and one score sheet per grade; return the number of values."""
    book = Workbook(write_only=True)
    roll = book.create_sheet("Danh sách")
    roll.append(["Họ và tên", "Giới tính", "Ngày sinh", "Số định danh cá nhân", "Lớp"])
    per_grade: dict[int, list[tuple[str, str]]] = {g: [] for g in range(1, 6)}
    for n in range(students):
        grade, sex = 1 + n % 5, (Sex.MALE, Sex.FEMALE)[n % 2]
        born = start_year - grade - 5
        pid = f"079{century_sex_digit(sex, born)}{born % 100:02d}{n:06d}"
        class_name = f"{grade}{'CDEFGHIJKL'[n // 5 % 10]}"
        roll.append([_name(n, sex), sex.label, f"{1 + n % 28:02d}/{1 + n % 12:02d}/{born}", pid, class_name])
        per_grade[grade].append((pid, class_name))
    values = 0
    for grade, rows in per_grade.items():
        specs = [s for s in catalogue.subjects_for("tieuhoc", grade) if not s.optional]
        columns = [(s, p, c) for p in PRIMARY_PERIODS for s in specs
                   for c in (("level", "test") if p in s.tested_periods else ("level",))]
        sheet = book.create_sheet(f"Điểm khối {grade}")
        sheet.append(["Số định danh cá nhân", "Lớp", *(assessment_header(s.name, p, c) for s, p, c in columns)])
        for i, (pid, class_name) in enumerate(rows):
            sheet.append([pid, class_name, *(("THC"[(i + k) % 3] if c == "level" else 5 + (i + k) % 6)
                                             for k, (_s, _p, c) in enumerate(columns))])
            values += len(columns)
    book.save(path)
    return values


BARE_READ = """
import sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True, data_only=True)
cells = sum(1 for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)
print(cells)
"""


def _timed(argv: list[str], env: dict) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise RuntimeError(f"{argv[1:3]} failed ({done.returncode}): {done.stderr[-800:]}")
    return elapsed, done.stdout


def main() -> int:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--students", type=int, default=1500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        demo = create_demo_school(folder / "bench.hocbaso", students_per_class=1, classes_per_grade=1)
        path = folder / "truong.xlsx"
        values = build_file(path, args.students, int(demo.year[:4]))
        env = {**os.environ, "HOCBASO_PASSWORD": DEFAULT_DEMO_PASSWORD, "HOME": tmp}
        hocbaso = str(Path(sys.executable).with_name("hocbaso"))
        common = ["--db", str(demo.path), "--user", "hocvu"]
        bare_s, cells = _timed([sys.executable, "-c", BARE_READ, str(path)], env)
        dry_s, _out = _timed([hocbaso, "import", str(path), "--dry-run", *common], env)
        real_s, _out = _timed([hocbaso, "import", str(path), *common], env)
    print(f"{args.students} students, {values} values, {cells.strip()} cells")
    print(f"bare openpyxl read of the same workbook (its own process): {bare_s:.2f} s")
    print(f"`hocbaso import --dry-run`: {dry_s:.2f} s -> {dry_s / bare_s:.2f}x the bare read")
    print(f"`hocbaso import`:           {real_s:.2f} s -> {real_s / bare_s:.2f}x the bare read (goal: <= 10 s)")
    return 0 if real_s <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
