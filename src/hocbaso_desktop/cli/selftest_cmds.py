"""`hocbaso self-test [--json]`: check that this installation works (see `hocbaso_desktop.selftest`).

Without --db the checks that need the school's settings (trust list, central server) report
"chưa cấu hình"; with --db/--user the database is opened as that user to read them.
Exit code 0 when every required check passes, 3 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hocbaso_desktop.cli._common import print_json, session_from_args
from hocbaso_desktop.domain.i18n import _


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `self-test` command."""
    p = subparsers.add_parser("self-test", parents=parents, help=_("kiểm tra cài đặt của chương trình trên máy này"))
    p.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    p.add_argument("--module", metavar="PATH", default=None,
                   help=_("thư viện PKCS#11 cần kiểm tra (mặc định: theo cấu hình hoặc tự tìm)"))
    p.add_argument("--data-dir", type=Path, default=None,
                   help=_("thư mục dữ liệu cần kiểm tra (mặc định: thư mục dữ liệu của người dùng)"))
    p.set_defaults(handler=_self_test)


def _self_test(args: argparse.Namespace) -> int:
    """Run the checks, print the report, and exit 0 only when every required check passed."""
    from hocbaso_desktop.selftest import run_self_test

    session = session_from_args(args) if args.db is not None else None

    def progress(done: int, total: int, title: str) -> None:
        if not args.json and done < total:
            print(_("({i}/{n}) Đang kiểm tra: {t}…", i=done + 1, n=total, t=title), file=sys.stderr, flush=True)

    try:
        report = run_self_test(progress, db=session.db if session else None, data_dir=args.data_dir,
                               token_module=args.module)
    finally:
        if session is not None:
            session.close()
    if args.json:
        print_json(report.as_dict())
    else:
        print(report.as_text())
    return 0 if report.ok else 3
