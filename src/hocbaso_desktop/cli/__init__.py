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

from hocbaso_desktop import __version__
from hocbaso_desktop.cli import argparse_text
from hocbaso_desktop.cli._common import common_parents, fill_standard_help
from hocbaso_desktop.domain import i18n
from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.domain.i18n import _

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
    "hocbaso_desktop.cli.trust_cmds",
    "hocbaso_desktop.cli.remote_cmds",
    "hocbaso_desktop.cli.dataio_cmds",
    "hocbaso_desktop.cli.trichluc_cmds",
    "hocbaso_desktop.cli.selftest_cmds",
    "hocbaso_desktop.cli.config_cmds",
)


def command_table() -> dict[str, tuple[str, str]]:
    """Every sub-command: the module (of COMMAND_MODULES) that registers it, and its one-line help.

    Only the module of the command being run is imported (`--version` and `--help` import none): the
    command modules bring pyHanko, reportlab, openpyxl and fontTools, which cost a second or more at every
    start. The modules' own parsers repeat these helps; tests/cli/test_command_table.py keeps them equal.
    """
    return {
        "sync": ("sync_cmds", _("đồng bộ học bạ với hệ thống trung tâm")),
        "server": ("server_cmds", _("chạy máy chủ trung tâm tham chiếu (thử nghiệm, trình diễn, thí điểm)")),
        "init": ("school_cmds", _("tạo cơ sở dữ liệu cho một trường mới")),
        "demo": ("school_cmds", _("tạo trường mẫu có dữ liệu đầy đủ")),
        "users": ("school_cmds", _("quản lý tài khoản")),
        "students": ("school_cmds", _("học sinh")),
        "backup": ("school_cmds", _("sao lưu cơ sở dữ liệu (vẫn được mã hoá)")),
        "restore": ("school_cmds", _("khôi phục từ bản sao lưu")),
        "audit": ("school_cmds", _("nhật ký thay đổi")),
        "results": ("results_cmds", _("kết quả đánh giá của một lớp, kèm lý do")),
        "entry-window": ("results_cmds", _("mở hoặc đóng đợt nhập đánh giá")),
        "token": ("token_cmds", _("Thiết bị ký số (USB token)")),
        "evaluate": ("rules_cmds", _("đánh giá kết quả một năm học của một học sinh từ tệp JSON (TT27/TT22)")),
        "print": ("print_cmds", _("in học bạ, bảng tổng hợp, bản chuyển đổi ra PDF")),
        "trust": ("trust_cmds", _("danh sách tin cậy: chứng thư gốc và CA trung gian")),
        "certs": ("signing_cmds", _("đăng ký chứng thư số cho người ký")),
        "sign": ("signing_cmds", _("ký số học bạ của một lớp (một lần nhập PIN)")),
        "export": ("signing_cmds", _("xuất tệp PDF học bạ đã phát hành")),
        "verify": ("signing_cmds", _("kiểm tra chữ ký số của tệp học bạ PDF và/hoặc XML (ngoại tuyến)")),
        "verify-qr": ("signing_cmds", _("kiểm tra mã QR trên bản in (ngoại tuyến)")),
        "timestamp-upgrade": ("signing_cmds", _("nâng cấp học bạ đã phát hành lên PAdES B-LTA và gia hạn dấu thời "
                                                "gian lưu trữ")),
        "revoke": ("signing_cmds", _("thu hồi học bạ đã phát hành, tạo phiên bản mới")),
        "remote": ("remote_cmds", _("dịch vụ ký số từ xa (CSC)")),
        "template": ("dataio_cmds", _("tạo mẫu Excel của một lớp (danh sách, điểm)")),
        "import": ("dataio_cmds", _("nhập dữ liệu từ tệp bảng tính .xlsx, .xlsm, .xls hoặc .ods (nên chạy thử trước)")),
        "export-data": ("dataio_cmds", _("xuất dữ liệu của trường (JSON mở hoặc Excel)")),
        "import-data": ("dataio_cmds", _("nhập tệp JSON xuất từ một máy khác")),
        "transfer": ("dataio_cmds", _("chuyển trường: đóng gói học sinh chuyển đi, nhận học sinh chuyển đến")),
        "report": ("dataio_cmds", _("báo cáo kết quả của trường cho hiệu trưởng và Sở")),
        "trichluc": ("trichluc_cmds", _("số hoá học bạ giấy của các năm học trước (trích lục)")),
        "self-test": ("selftest_cmds", _("kiểm tra cài đặt của chương trình trên máy này")),
        "config": ("config_cmds", _("cài đặt của trường (quản trị viên)")),
    }


# Options of the main parser that take a value (so the value is not taken for the sub-command's name).
_VALUE_OPTIONS = frozenset({"--lang", "--db", "--user", "--open", "--demo"})


def requested_command(argv: Sequence[str]) -> str | None:
    """The sub-command named in `argv` (the first word that is not a main option or its value), or None."""
    tokens = list(argv)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "--":
            return tokens[i + 1] if i + 1 < len(tokens) else None
        if token.startswith("-"):
            i += 2 if token in _VALUE_OPTIONS else 1
            continue
        return token
    return None

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors exit 2 with a Vietnamese hint."""

    def error(self, message: str) -> None:
        self.print_usage(sys.stderr)
        print(_("Lỗi cú pháp lệnh: {m}", m=message), file=sys.stderr)
        raise SystemExit(2)


def build_parser(commands: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """Build the `hocbaso` argument parser: every command module's options, or only those of `commands`.

    With `commands`, the other sub-commands are listed by name and help only (their modules not imported).
    """
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
    table = command_table()
    if commands is None:
        modules = list(COMMAND_MODULES)
    else:
        modules = [f"{__name__}.{table[c][0]}" for c in commands if c in table]
    for name in dict.fromkeys(modules):
        importlib.import_module(name).register(subparsers, parents)
    for name, (_module, help_text) in table.items():
        if name not in subparsers.choices:
            subparsers.add_parser(name, help=help_text)  # listed in --help; its module is loaded when it runs
    fill_standard_help(parser)
    return parser


def _own_records(record: logging.LogRecord) -> bool:
    """The terminal shows the program's own log lines, not the libraries' (they reach the log file)."""
    return record.name.startswith("hocbaso")


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
        from hocbaso_desktop.app import default_data_dir, saved_language

        chosen = saved_language(default_data_dir())
    if chosen not in i18n.LANGUAGES:
        chosen = i18n.DEFAULT_LANGUAGE  # the full parser reports a wrong --lang, in Vietnamese
    i18n.set_language(chosen)
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; with no sub-command, start the graphical program."""
    choose_language(argv)
    command = requested_command(sys.argv[1:] if argv is None else argv)
    parser = build_parser([command] if command else [])
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for console in logging.getLogger().handlers:  # a library's English warning (pyHanko's) goes to the log file only
        if type(console) is logging.StreamHandler:  # the terminal's, from basicConfig (not a test's capture)
            console.addFilter(_own_records)
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
