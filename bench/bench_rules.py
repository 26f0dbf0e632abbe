"""Time the TT22/TT27 evaluators over a whole school: 1,500 students × 12 subjects (target ≤ 1 s, one core).

Run: .venv/bin/python bench/bench_rules.py
Builds synthetic, already-validated entries (not timed), then times evaluate_secondary for 1,500 THCS
students (8 scored + 4 comment subjects, every ĐĐGtx, ĐĐGgk and ĐĐGck of both semesters) and
evaluate_primary for 1,500 grade-4 students (11 subjects, 15 qualities/competencies).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import (
    ABSENCES,
    COMPETENCY,
    CONDUCT,
    QUALITY,
    AssessmentEntry,
    regular_assessment_count,
)
from hocbaso_desktop.domain.tt22 import evaluate_secondary
from hocbaso_desktop.domain.tt27 import evaluate_primary

STUDENTS = 1500


def secondary_school(rng: random.Random) -> tuple[list, list[list[AssessmentEntry]]]:
    specs = [s for s in catalogue.subjects_for("thcs", 6) if not s.optional]
    students = []
    for n in range(STUDENTS):
        sid = f"hs{n}"
        entries = []
        for spec in specs:
            for sem in ("hk1", "hk2"):
                if spec.kind == "comment":
                    names = ("tx1", "tx2", "gk", "ck")
                    entries += [AssessmentEntry(sid, spec.code, sem, c, "Đ" if rng.random() < 0.97 else "CĐ")
                                for c in names]
                    continue
                names = [f"tx{i + 1}" for i in range(regular_assessment_count(spec.periods_per_year or 0))]
                entries += [AssessmentEntry(sid, spec.code, sem, c, str(rng.randint(30, 100) / 10))
                            for c in (*names, "gk", "ck")]
        entries += [AssessmentEntry(sid, CONDUCT, sem, "level", rng.choice("TTTKKĐ")) for sem in ("hk1", "hk2")]
        entries.append(AssessmentEntry(sid, ABSENCES, "cn", "total", str(rng.randint(0, 50))))
        students.append(entries)
    return specs, students


def primary_school(rng: random.Random) -> list[list[AssessmentEntry]]:
    specs = catalogue.subjects_for("tieuhoc", 4)
    students = []
    for n in range(STUDENTS):
        sid = f"hs{n}"
        entries = []
        for period in ("gk1", "ck1", "gk2", "cn"):
            for spec in specs:
                if spec.optional:
                    continue
                entries.append(AssessmentEntry(sid, spec.code, period, "level", rng.choice("TTTH")))
                if period in spec.tested_periods:
                    entries.append(AssessmentEntry(sid, spec.code, period, "test", str(rng.randint(5, 10))))
                entries.append(AssessmentEntry(sid, spec.code, period, "comment", "Em học tốt."))
            for subject, items in ((QUALITY, catalogue.PRIMARY_QUALITIES), (COMPETENCY, catalogue.PRIMARY_COMPETENCIES)):
                entries += [AssessmentEntry(sid, subject, period, code, rng.choice("TTĐ")) for code, _n in items]
        students.append(entries)
    return students


def timed(label: str, run) -> float:  # type: ignore[no-untyped-def]
    """Run once; return the CPU seconds of this process (the figure for "one core"), print wall time too."""
    wall, cpu = time.perf_counter(), time.process_time()
    count = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label}: {count} students in {cpu:.3f} s CPU ({wall:.3f} s wall, {cpu / count * 1000:.3f} ms/student)")
    return cpu


def main() -> None:
    rng = random.Random(20261123)
    specs, secondary = secondary_school(rng)
    primary = primary_school(rng)
    entries = sum(len(s) for s in secondary)
    print(f"THCS: {len(specs)} subjects, {entries} entries; tiểu học: {sum(len(s) for s in primary)} entries")
    # Warm the catalogue cache and imports once, as the running program would be.
    evaluate_secondary("thcs", 6, specs, secondary[0])
    evaluate_primary(4, primary[0])
    best_secondary = min(timed("evaluate_secondary (THCS lớp 6)",
                               lambda: len([evaluate_secondary("thcs", 6, specs, e) for e in secondary]))
                         for _ in range(3))
    best_primary = min(timed("evaluate_primary (lớp 4)", lambda: len([evaluate_primary(4, e) for e in primary]))
                       for _ in range(3))
    print(f"best of 3 (CPU time, one core): secondary {best_secondary:.3f} s, primary {best_primary:.3f} s "
          f"for {STUDENTS} students (target ≤ 1 s each)")


if __name__ == "__main__":
    main()
