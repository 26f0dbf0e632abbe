"""Options and helpers shared by the commands: the database, the user and the password."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _

if TYPE_CHECKING:
    from hocbaso_desktop.services import Session


def db_parent() -> argparse.ArgumentParser:
    """A parent parser giving --db alone (for commands whose --user means something else)."""
    parent = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: an absent --db leaves the one given before the sub-command (or none) in place
    parent.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help=_("tệp cơ sở dữ liệu của trường (mặc định: thư mục dữ liệu của người dùng)"))
    return parent


def common_parents() -> list[argparse.ArgumentParser]:
    """Parent parsers giving --db and --user to every command that opens the database."""
    user = argparse.ArgumentParser(add_help=False)
    user.add_argument("--user", default=argparse.SUPPRESS, help=_("tên đăng nhập (hoặc biến môi trường HOCBASO_USER)"))
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
    """Open the database named by the options as the named user (printing, once, what opening changed)."""
    from hocbaso_desktop.services import open_session, sessions

    session = open_session(db_path_from_args(args), username_from_args(args), read_password())
    for notice in sessions.opening_notices(session):
        print(_("Lưu ý: {n}", n=notice), file=sys.stderr)
    return session


def print_json(value: Any) -> None:
    """Write JSON for scripts (UTF-8, not ASCII-escaped)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def _standard_help() -> dict[str, str]:
    """Help for the options many commands share, by option (or positional name); built after the language is set."""
    return {
        "--json": _("in kết quả dạng JSON (cho các chương trình khác đọc)"),
        "--class": _("tên lớp, ví dụ 4A"),
        "--year": _("năm học, ví dụ 2025-2026"),
        "--out": _("tệp (hoặc thư mục) ghi ra"),
        "--module": _("thư viện PKCS#11 của thiết bị ký (mặc định: theo cài đặt của trường)"),
        "--token-serial": _("số sê-ri của thiết bị ký (USB token)"),
        "--pin-file": _("đọc mã PIN từ tệp này thay vì hỏi (cho chạy tự động; giữ tệp kín)"),
        "--api-token": _("mã truy cập máy chủ trung tâm (mặc định: mã đã lưu trong cài đặt)"),
        "--server": _("địa chỉ máy chủ trung tâm, ví dụ https://hocba.example.vn"),
        "--record": _("mã học bạ (madinhdanhhocba)"),
        "--reason": _("lý do thu hồi (được lưu lại và ghi vào nhật ký)"),
        "--role": _("vai trò người ký: gvcn (giáo viên chủ nhiệm), principal (hiệu trưởng), seal (con dấu)"),
        "--as": _("ký với vai trò: gvcn (giáo viên chủ nhiệm), principal (hiệu trưởng), seal (con dấu)"),
        "--trust": _("chứng thư gốc tin cậy (tệp PEM/DER hoặc thư mục); lặp lại được"),
        "--date": _("ngày, dạng yyyy-mm-dd (mặc định: hôm nay)"),
        "--level": _("cấp học (tieuhoc: tiểu học, thcs: trung học cơ sở, thpt: trung học phổ thông)"),
        "--period": _("kỳ đánh giá"),
        "--kind": _("loại mẫu hoặc tài liệu"),
        "--format": _("định dạng: json hoặc xlsx"),
        "--sex": _("giới tính: nam hoặc nu"),
        "--grade": _("khối lớp, ví dụ 4"),
        "--student": _("mã hệ thống hoặc họ và tên học sinh"),
        "--regulation": _("văn bản quy định áp dụng cho năm học đó"),
        "--absences": _("số buổi nghỉ cả năm"),
        "--promoted": _("được lên lớp: yes hoặc no"),
        "--school-code": _("mã trường (theo Bộ GD&ĐT)"),
        "--school-name": _("tên trường, ví dụ Trường Tiểu học Kim Đồng"),
        "--so-name": _("tên Sở GD&ĐT, ví dụ SỞ GD&ĐT TP. HỒ CHÍ MINH"),
        "--province": _("tỉnh hoặc thành phố"),
        "--commune": _("xã, phường (in trên dòng ngày tháng của học bạ)"),
        "--seed": _("số khởi tạo dữ liệu mẫu (cùng số, cùng dữ liệu)"),
        "--host": _("địa chỉ lắng nghe của máy chủ thử nghiệm"),
        "--port": _("cổng lắng nghe của máy chủ thử nghiệm"),
        "--data": _("thư mục dữ liệu của máy chủ thử nghiệm"),
        "--school": _("mã trường nhận"),
        "--type": _("loại thông báo gửi cho trường"),
        "--body": _("tệp JSON nội dung thông báo"),
        "file": _("đường dẫn tệp"),
        "username": _("tên đăng nhập của tài khoản"),
        "cert": _("tệp chứng thư (PEM hoặc DER)"),
        "action": _("open (mở) hoặc close (đóng)"),
    }


def fill_standard_help(parser: argparse.ArgumentParser) -> None:
    """Give every option without its own help the shared one (a command's own help always wins)."""
    table = _standard_help()
    latest = _("năm học, ví dụ 2025-2026 (mặc định: năm học mới nhất)")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                fill_standard_help(sub)
            continue
        if (action.help or "").strip():
            continue
        key = action.option_strings[0] if action.option_strings else action.dest
        if key == "--year" and not action.required:
            action.help = latest
        elif key in table:
            action.help = table[key]


def read_input_file(path: Path, limit: int) -> bytes:
    """The bytes of a file named on the command line, refused (not read) when larger than `limit`."""
    size = path.stat().st_size
    if size > limit:
        raise InvalidInputError(_("Tệp {f} quá lớn ({n} MB; tối đa {m} MB).", f=path.name, n=size // 2 ** 20,
                                  m=limit // 2 ** 20))
    return path.read_bytes()
