"""Start the graphical program: `hocbaso` with no sub-command (or `python -m hocbaso_desktop.cli.gui_launch`).

Options come from the lead's parser (`--db`, `--user`) and, when present, `--demo PATH` (create the demo
school there if missing and sign in as its principal). Qt is imported only here and in `ui/`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from hocbaso_desktop.app import default_data_dir


def _configure_logging() -> Path:
    folder = default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "hocbaso.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    return path


def run_gui(args: argparse.Namespace) -> int:
    """Run the interface until its last window closes; return the exit code."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from hocbaso_desktop.ui.errors import set_log_path
    from hocbaso_desktop.ui.shell import Shell

    set_log_path(_configure_logging())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Học bạ số")
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    translator = QTranslator(app)
    # Qt's own dialogs (buttons "OK", "Cancel") in Vietnamese when Qt ships that catalogue.
    if translator.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(translator)
    app.setFont(QFont("Noto Sans", 10))
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


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point accepting --db, --user and --demo."""
    parser = argparse.ArgumentParser(prog="hocbaso-gui")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--user", default=None)
    parser.add_argument("--demo", type=Path, default=None, help="tạo/mở trường mẫu tại đường dẫn này")
    return run_gui(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
