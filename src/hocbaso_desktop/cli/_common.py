"""Options and helpers shared by the commands: the database, the user and the password."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.errors import InvalidInputError
from hocbaso_desktop.i18n import _

if TYPE_CHECKING:
    from hocbaso_desktop.storage import Session


def db_parent() -> argparse.ArgumentParser:
    """A parent parser giving --db alone (for commands whose --user means something else)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", type=Path, default=None,
                        help=_("tệp cơ sở dữ liệu của trường (mặc định: thư mục dữ liệu của người dùng)"))
    return parent


def common_parents() -> list[argparse.ArgumentParser]:
    """Parent parsers giving --db and --user to every command that opens the database."""
    user = argparse.ArgumentParser(add_help=False)
    user.add_argument("--user", default=None, help=_("tên đăng nhập (hoặc biến môi trường HOCBASO_USER)"))
    return [db_parent(), user]


def db_path_from_args(args: argparse.Namespace) -> Path:
    """The database named by --db, or the default one."""
    from hocbaso_desktop.app import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def read_password(prompt: str | None = None, *, confirm: bool = False) -> str:
    """The password from HOCBASO_PASSWORD, else from a prompt (never echoed, never logged)."""
    env = os.environ.get("HOCBASO_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise InvalidInputError(_("Cần mật khẩu: nhập khi được hỏi hoặc đặt biến môi trường HOCBASO_PASSWORD."))
    password = getpass.getpass(prompt or _("Mật khẩu: "))
    if confirm and getpass.getpass(_("Nhập lại mật khẩu: ")) != password:
        raise InvalidInputError(_("Hai lần nhập mật khẩu không giống nhau."))
    return password


def username_from_args(args: argparse.Namespace) -> str:
    """The user from --user or HOCBASO_USER."""
    user = getattr(args, "user", None) or os.environ.get("HOCBASO_USER")
    if not user:
        raise InvalidInputError(_("Cần tên đăng nhập: dùng --user hoặc biến môi trường HOCBASO_USER."))
    return user


def session_from_args(args: argparse.Namespace) -> Session:
    """Open the database named by the options as the named user."""
    from hocbaso_desktop.storage import open_session

    return open_session(db_path_from_args(args), username_from_args(args), read_password())


def print_json(value: Any) -> None:
    """Write JSON for scripts (UTF-8, not ASCII-escaped)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")
