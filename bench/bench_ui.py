"""Interface benchmarks: cold start through the real `hocbaso` entry point vs the Shell started directly,
and loading a 40 × 12 grade sheet.

    xvfb-run -a .venv/bin/python bench/bench_ui.py [--runs 5]     (needs xdotool; `make bench` runs it so)

Cold start, measured from outside as a person meets it, on a virtual X screen at 1366×768: launch the
process, wait for the sign-in window to be mapped, type the password and Enter (xdotool), wait for the
main window to be mapped. Program: `hocbaso --db DB --user gvcn.4a`. Baseline: a bare Python process that
builds the same QApplication (same font, locale, translators) and `Shell(db, user)` and runs it — the Shell started
directly, without the command line. Both are timed to the same event the same way; each run is a new
process; the figure is the median, with peak memory (max RSS of the process).

Grid = a class of 40 students, the 12-column competency sheet: database query, model (with the live
result of every student) and the first full paint of the table (in this process).
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

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bench-password"
SHELL_DIRECTLY = """
import sys
from pathlib import Path
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from hocbaso_desktop.ui.shell import Shell
from hocbaso_desktop.ui.translator import install_translators
app = QApplication(sys.argv[:1])
app.setApplicationName("Học bạ số")
QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
install_translators(app)  # Qt's own texts in Vietnamese, as the program sets them up
app.setFont(QFont("Noto Sans", 10))
shell = Shell(Path(sys.argv[1]), "gvcn.4a")
shell.show()
try:
    sys.exit(app.exec())
finally:
    shell.shutdown()
"""


def _xdo(*args: str, timeout: float = 60) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=timeout, check=True).stdout


def _wait_window(name: str, proc: subprocess.Popen, errors, timeout: float = 120) -> str:
    """The id of the first visible window whose title contains `name` (polled every 10 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], capture_output=True,
                               text=True).stdout.split()
        if found:
            return found[0]
        if proc.poll() is not None:
            errors.seek(0)
            said = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"the program exited ({proc.returncode}) before showing “{name}”: {said}")
        time.sleep(0.01)
    raise RuntimeError(f"no window “{name}” within {timeout} s")


def _cold(argv: list[str], env: dict) -> tuple[float, int]:
    """Seconds from launch to a mapped main window (signed in by typing), and the process's max RSS (KiB)."""
    with tempfile.TemporaryFile() as errors:  # what a process that dies says, for the error message
        started = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        try:
            window = _wait_window("Đăng nhập", proc, errors)
            _xdo("windowfocus", "--sync", window)  # no window manager on the virtual screen: focus, not activate
            _xdo("type", "--delay", "0", PASSWORD)
            _xdo("key", "Return")
            _wait_window("Trường Tiểu học", proc, errors)
            elapsed = time.perf_counter() - started
        finally:
            proc.terminate()
        _pid, _status, usage = os.wait4(proc.pid, 0)
    return elapsed, usage.ru_maxrss


def _grid(db: Path) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from hocbaso_desktop.services import grade_sheets
    from hocbaso_desktop.storage.session import open_session
    from hocbaso_desktop.ui.grade_model import GradeTableModel
    from hocbaso_desktop.ui.grade_table import GradeTableView

    app = QApplication.instance() or QApplication([])
    session = open_session(db, "gvcn.4a", PASSWORD)
    class_id = grade_sheets.my_classes(session)[0].school_class.id
    t = time.perf_counter()
    sheet = grade_sheets.load_sheet(session, class_id, "_competency", "cn")
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
    return {"query": t_query, "model": t_model, "paint": t_paint}


def main() -> None:
    """Print the cold-start figures (program, baseline, ratio) and the grid figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("bench_ui needs an X display: run it under xvfb-run (make bench does)")
    sys.path[:0] = [str(ROOT / "src")]
    from hocbaso_desktop.demo import create_demo_school

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "truong.hocbaso"
        create_demo_school(db, password=PASSWORD, students_per_class=40, classes_per_grade=1)
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env["HOME"] = tmp  # a fresh profile: the program's log and settings go here, not to the developer's
        hocbaso = str(Path(sys.executable).with_name("hocbaso"))
        program, baseline = [], []
        for _ in range(args.runs):  # alternate, so that load on the machine falls on both alike
            program.append(_cold([hocbaso, "--db", str(db), "--user", "gvcn.4a"], env))
            baseline.append(_cold([sys.executable, "-c", SHELL_DIRECTLY, str(db)], env))
        p, b = statistics.median(t for t, _ in program), statistics.median(t for t, _ in baseline)
        p_mem, b_mem = max(m for _, m in program) / 1024, max(m for _, m in baseline) / 1024
        print(f"cold start to the signed-in main window, median of {args.runs}: `hocbaso` {p:.2f} s ({p_mem:.0f} MiB)"
              f" vs Shell started directly {b:.2f} s ({b_mem:.0f} MiB) -> {p / b:.2f}x (goal <= 1.15)")
        grid = _grid(db)
    print(f"grade grid 40 x 12: query {1000 * grid['query']:.0f} ms, model {1000 * grid['model']:.0f} ms, "
          f"first paint {1000 * grid['paint']:.0f} ms, total {1000 * sum(grid.values()):.0f} ms")


if __name__ == "__main__":
    main()
