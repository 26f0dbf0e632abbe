"""Interface benchmarks: cold start to a usable main window, and loading a 40 × 12 grade sheet.

    .venv/bin/python bench/bench_ui.py [--runs 5]

Cold start = a new Python process: import Qt and the program, show the start screen, sign in (Argon2id
key unwrap + SQLCipher open on the db lane), show the main window and load its first screen's data.
Grid = a class of 40 students, the 12-column competency sheet: database query, model (with the live
result of every student) and the first full paint of the table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

T0 = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-password"


def _cold_child(db: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from hocbaso_desktop.ui.shell import Shell

    app = QApplication([])
    shell = Shell(db, "gvcn.4a")
    shell.show()
    shell.start.password_edit.setText(PASSWORD)
    shell.start.submit()
    while shell.main is None or getattr(shell.main.page("grades"), "model", None) is None:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    print(f"{time.perf_counter() - T0:.3f}")
    shell.shutdown()


def _grid(db: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from hocbaso_desktop.services import ui_queries
    from hocbaso_desktop.storage.session import open_session
    from hocbaso_desktop.ui.grade_model import GradeTableModel
    from hocbaso_desktop.ui.grade_table import GradeTableView

    app = QApplication.instance() or QApplication([])
    session = open_session(db, "gvcn.4a", PASSWORD)
    class_id = ui_queries.my_classes(session)[0].school_class.id
    t = time.perf_counter()
    sheet = ui_queries.load_sheet(session, class_id, "_competency", "cn")
    t_query = time.perf_counter() - t
    assert len(sheet.students) == 40 and len(sheet.columns) == 12
    t = time.perf_counter()
    model = GradeTableModel(sheet)
    t_model = time.perf_counter() - t
    view = GradeTableView()
    view.resize(1366, 700)
    t = time.perf_counter()
    view.setModel(model)
    view.show()
    view.grab()
    app.processEvents()
    t_paint = time.perf_counter() - t
    session.close()
    view.close()
    return {"query": t_query, "model": t_model, "paint": t_paint}


def main() -> int:
    """Run both benchmarks and print median figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-child", type=Path)
    args = parser.parse_args()
    if args.cold_child:
        _cold_child(args.cold_child)
        return 0
    sys.path.insert(0, str(ROOT / "src"))
    from hocbaso_desktop.demo import create_demo_school

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.hocbaso"
        create_demo_school(db, password=PASSWORD, students_per_class=40, classes_per_grade=1)
        env = {**os.environ, "XDG_DATA_HOME": folder}
        cold = []
        for _ in range(args.runs):
            start = time.perf_counter()
            out = subprocess.run([sys.executable, __file__, "--cold-child", str(db)], env=env, check=True,
                                 capture_output=True, text=True).stdout.split()[-1]
            cold.append((float(out), time.perf_counter() - start))
        grids = [_grid(db) for _ in range(args.runs)]
    print(f"cold start to usable main window (in-process, median of {args.runs}): "
          f"{statistics.median(c[0] for c in cold):.2f} s; wall incl. interpreter: "
          f"{statistics.median(c[1] for c in cold):.2f} s (goal ≤ 2 s)")
    for key in ("query", "model", "paint"):
        print(f"grid 40 × 12 {key}: {statistics.median(g[key] for g in grids) * 1000:.0f} ms")
    total = statistics.median(sum(g.values()) for g in grids)
    print(f"grid 40 × 12 total: {total * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
