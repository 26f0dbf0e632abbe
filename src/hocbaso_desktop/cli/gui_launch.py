"""Start the graphical program: `hocbaso` with no sub-command (or `python -m hocbaso_desktop.cli.gui_launch`).

Options: `--db`, `--user` and `--demo PATH` (create the demo school there if missing and sign in as its
principal). Qt itself is imported only in `ui/` (see ui/launch.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from hocbaso_desktop.app import default_data_dir
from hocbaso_desktop.domain import i18n
from hocbaso_desktop.domain.i18n import _


def _configure_logging() -> Path:
    from hocbaso_desktop.logsetup import configure_logging

    return configure_logging(default_data_dir())


def run_gui(args: argparse.Namespace) -> int:
    """Run the interface (Qt is imported only inside ui/)."""
    from hocbaso_desktop.ui.launch import run_gui as run_qt

    return run_qt(args, _configure_logging())


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point accepting --db, --user and --demo."""
    parser = argparse.ArgumentParser(prog="hocbaso-gui")
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--user", default=None)
    parser.add_argument("--demo", type=Path, default=None, help=_("tạo (nếu chưa có) và mở trường mẫu tại đường dẫn này"))
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default=None, help=_("ngôn ngữ: vi hoặc en"))
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
