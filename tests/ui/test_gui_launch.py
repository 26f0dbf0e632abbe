"""`hocbaso --demo PATH` / `run_gui`: the program starts, signs in to the demo school and shows the main window."""

from __future__ import annotations

import argparse
import time

from PySide6.QtWidgets import QApplication

from hocbaso_desktop.cli import gui_launch
from hocbaso_desktop.ui.main_window import MainWindow


def test_run_gui_with_demo_opens_the_principals_main_window(qtbot, demo_school, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOCBASO_PASSWORD", demo_school.password)
    shown: list[MainWindow] = []

    def fake_exec() -> int:
        deadline = time.monotonic() + 30
        while not shown and time.monotonic() < deadline:
            QApplication.processEvents()
            shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            time.sleep(0.01)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    code = gui_launch.run_gui(argparse.Namespace(db=None, user=None, demo=demo_school.path))
    assert code == 0
    assert shown and shown[0].who.account.username == "hieutruong"
    # the bug-report dialog points at the rotated log in the user data folder (created at the first record)
    from hocbaso_desktop.ui.errors import log_path

    assert log_path() == tmp_path / "data" / "hocbaso" / "hocbaso.log"
    for window in shown:
        window.close()
