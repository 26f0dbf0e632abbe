"""The `hocbaso` command: argument parsing and the mapping of expected failures to exit codes.

Each command group lives in its own module under `cli/` and exposes
``register(subparsers, parents)``, where `parents` are the shared option parsers (database, user).
A command's handler takes the parsed `argparse.Namespace` and returns an exit code.
Exit codes: 0 success, 2 usage error, 3 an expected failure (message on stderr, no traceback).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from hocbaso_desktop import __version__, i18n
from hocbaso_desktop.cli import argparse_text
from hocbaso_desktop.cli._common import common_parents, fill_standard_help
from hocbaso_desktop.errors import as_expected
from hocbaso_desktop.i18n import _

# One line per command group; each module exposes register(subparsers, parents).
COMMAND_MODULES = (
    "hocbaso_desktop.cli.sync_cmds",
    "hocbaso_desktop.cli.server_cmds",
    "hocbaso_desktop.cli.school_cmds",
    "hocbaso_desktop.cli.results_cmds",
    "hocbaso_desktop.cli.token_cmds",
    "hocbaso_desktop.cli.rules_cmds",
    "hocbaso_desktop.cli.print_cmds",
    "hocbaso_desktop.cli.signing_cmds",
    "hocbaso_desktop.cli.remote_cmds",
    "hocbaso_desktop.cli.dataio_cmds",
    "hocbaso_desktop.cli.trichluc_cmds",
    "hocbaso_desktop.cli.selftest_cmds",
    "hocbaso_desktop.cli.config_cmds",
)

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit 2 with a Vietnamese hint."""

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        print(_("Lỗi cú pháp lệnh: {m}", m=message), file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """Build the full `hocbaso` argument parser."""
    argparse_text.install()
    parser = _Parser(prog="hocbaso", description=_("Học bạ số: sổ học bạ điện tử của nhà trường."))
    parser.add_argument("--version", action="version", version=f"hocbaso {__version__}",
                        help=_("in số phiên bản rồi thoát"))
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), default=None,
                        help=_("ngôn ngữ của lần chạy này: vi hoặc en (mặc định: lựa chọn đã lưu trên máy, không có thì vi)"))
    # Given before the sub-command, --db and --user count for it too (the sub-command's own, when
    # given, win: their default is SUPPRESS so an absent one does not overwrite these).
    parser.add_argument("--db", type=Path, default=None,
                        help=_("cơ sở dữ liệu của trường (cho giao diện và mọi lệnh con)"))
    parser.add_argument("--user", default=None, help=_("tên đăng nhập (cho giao diện và mọi lệnh con)"))
    parser.add_argument("--open", type=Path, default=None, help=_("mở một tệp gói đồng bộ (.hocbaso-bundle) để tải lên"))
    parser.add_argument("--demo", type=Path, default=None, help=_("tạo (nếu chưa có) và mở trường mẫu tại đường dẫn này"))
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    parents = common_parents()
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers, parents)
    fill_standard_help(parser)
    return parser


def _log_to_file() -> None:
    """Keep a rotated log in the user data folder (personal numbers and secrets masked); never fail for it."""
    from hocbaso_desktop.app import default_data_dir
    from hocbaso_desktop.logsetup import configure_logging

    try:
        configure_logging(default_data_dir())
    except OSError as exc:  # a read-only profile must not stop the program
        log.warning("no log file: %s", exc)


def choose_language(argv: Sequence[str] | None) -> str:
    """Set the language from --lang, else HOCBASO_LANG, else this computer's saved choice (default vi).

    Done before the parser is built, since the parser's help texts are translated as it is built.
    --lang counts for this run; the choice kept for the next starts is made in the window.
    """
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", default=None)
    given = pre.parse_known_args(list(sys.argv[1:] if argv is None else argv))[0].lang
    chosen = given or os.environ.get("HOCBASO_LANG")
    if not chosen:
        from hocbaso_desktop.app import default_data_dir

        chosen = i18n.saved_language(default_data_dir())
    if chosen not in i18n.LANGUAGES:
        chosen = i18n.DEFAULT_LANGUAGE  # the full parser reports a wrong --lang, in Vietnamese
    i18n.set_language(chosen)
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no sub-command, start the graphical program."""
    choose_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _log_to_file()
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from hocbaso_desktop.cli.gui_launch import run_gui

            return run_gui(args)
        return int(handler(args) or 0)
    except Exception as exc:
        expected = as_expected(exc)
        if expected is None:
            log.exception("unexpected error")  # a bug: the traceback goes to the log file and to the terminal
            raise
        print(expected.message, file=sys.stderr)
        return expected.exit_code
    except KeyboardInterrupt:
        print(_("Đã dừng theo yêu cầu."), file=sys.stderr)
        return 130
