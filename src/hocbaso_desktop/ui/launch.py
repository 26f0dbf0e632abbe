"""Start the Qt application: translator, fonts, the shell window (called by `hocbaso` with no sub-command)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from hocbaso_desktop.ui.errors import set_log_path
from hocbaso_desktop.ui.shell import Shell
from hocbaso_desktop.ui.translator import install_translators

__all__ = ["install_translators", "run_gui"]


def run_gui(args: argparse.Namespace, log_path: Path) -> int:
    """Run the interface until its last window closes; return the exit code."""
    set_log_path(log_path)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Học bạ số")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    install_translators(app)
    app.setFont(QFont("Noto Sans", 10))
    opened = getattr(args, "open", None)
    if opened is not None and Path(opened).suffix == ".hocbaso-bundle":
        # A double-clicked USB bundle on a connected PC: deliver it, no school database needed.
        from hocbaso_desktop.ui.bundle_upload import BundleUploadDialog

        BundleUploadDialog(Path(opened)).exec()
        return 0
    db = getattr(args, "db", None)
    demo = getattr(args, "demo", None)
    shell = Shell(Path(demo or db) if (demo or db) else None, getattr(args, "user", None))
    shell.show()
    if demo:
        shell.open_demo(Path(demo))
    try:
        return int(app.exec())
    finally:
        shell.shutdown()
