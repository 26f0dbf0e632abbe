"""Benchmark: import a 1,500-student primary school with a full year of scores from one Excel file.

Run: .venv/bin/python bench/bench_import.py [--students 1500]. Prints the time of the dry run and of
the real import (target: real import ≤ 10 s). The school is a one-student demo; the file adds 50
classes (grades 1–5) with their students and every level and test score of the four checkpoints.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from hocbaso_desktop.dataio.column_mapping import assessment_header
from hocbaso_desktop.dataio.xlsx_import import import_workbook
from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD, create_demo_school
from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import PRIMARY_PERIODS
from hocbaso_desktop.domain.model import Sex
from hocbaso_desktop.domain.personal_id import century_sex_digit
from hocbaso_desktop.storage.session import open_session


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
        roll.append([f"Học Sinh Thứ {n}", sex.label, f"{1 + n % 28:02d}/{1 + n % 12:02d}/{born}", pid, class_name])
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
        session = open_session(demo.path, "hocvu", DEFAULT_DEMO_PASSWORD)
        try:
            started = time.perf_counter()
            dry = import_workbook(session, path, dry_run=True)
            dry_s = time.perf_counter() - started
            started = time.perf_counter()
            report = import_workbook(session, path, dry_run=False)
            real_s = time.perf_counter() - started
        finally:
            session.close()
    print(f"{args.students} students, {values} values")
    print(f"dry run: {dry_s:.2f} s ({len(dry.problems)} problems)")
    print(f"import:  {real_s:.2f} s ({report.new_students} students, {report.new_entries} entries)")
    return 0 if real_s <= 10 else 1


if __name__ == "__main__":
    sys.exit(main())
