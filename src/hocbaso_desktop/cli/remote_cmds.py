"""Remote signing from the command line: `remote add|list|queue`, and the `--remote` paths of `certs bind` and `sign`."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import signal
import sys
import threading
from pathlib import Path

from hocbaso_desktop.cli._common import session_from_args
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.services import remote_signing, students

MAX_SECRET_FILE = 4096


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `remote add`, `remote list` and `remote queue`."""
    re_ = subparsers.add_parser("remote", help=_("dịch vụ ký số từ xa (CSC)")).add_subparsers(
        dest="remote_cmd", required=True)
    p = re_.add_parser("add", parents=parents, help=_("đăng ký dịch vụ ký số từ xa của trường"))
    p.add_argument("--name", required=True, help=_("tên đặt cho dịch vụ ký số từ xa (1–60 ký tự)"))
    p.add_argument("--url", required=True, help=_("địa chỉ gốc CSC, ví dụ https://…/csc/v2"))
    p.add_argument("--client-id", required=True, help=_("client id của tài khoản trường tại dịch vụ"))
    p.add_argument("--client-secret-file", type=Path, required=True,
                   help=_("tệp chứa khóa bí mật (dòng đầu); khóa không bao giờ được in ra"))
    p.add_argument("--api-version", choices=("v2", "v1"), default="v2", help=_("phiên bản giao thức CSC (mặc định v2)"))
    p.set_defaults(handler=_add)
    p = re_.add_parser("list", parents=parents, help=_("liệt kê dịch vụ ký số từ xa"))
    p.set_defaults(handler=_list)
    p = re_.add_parser("queue", parents=parents, help=_("các lô ký đang chờ gửi tới dịch vụ ký từ xa"))
    p.add_argument("--class", dest="class_name", required=True)
    p.add_argument("--year", required=True)
    p.add_argument("--as", dest="role", choices=("gvcn", "principal", "seal"), required=True)
    p.set_defaults(handler=_queue)


def read_secret_file(path: Path) -> str:
    """The first line of a small secret file (client secret, PIN, OTP); never echoed."""
    try:
        data = path.read_bytes()[:MAX_SECRET_FILE + 1]
    except OSError as exc:
        raise InvalidInputError(_("Không đọc được tệp {f}.", f=path.name)) from exc
    if len(data) > MAX_SECRET_FILE:
        raise InvalidInputError(_("Tệp {f} quá lớn để là một khóa bí mật.", f=path.name))
    lines = data.decode("utf-8", errors="replace").splitlines()
    value = lines[0].strip() if lines else ""
    if not value:
        raise InvalidInputError(_("Tệp {f} trống.", f=path.name))
    return value


def _add(args: argparse.Namespace) -> int:
    with session_from_args(args) as session:
        service = remote_signing.add_service(session, name=args.name, url=args.url, client_id=args.client_id,
                                             client_secret=read_secret_file(args.client_secret_file),
                                             api_version=args.api_version).value
        print(_("Đã đăng ký dịch vụ ký số từ xa “{n}” ({u}).", n=service.name, u=service.base_url))
        return 0


def _list(args: argparse.Namespace) -> int:
    with session_from_args(args) as session:
        for s in remote_signing.services(session):
            print(f"{s.name}  {s.base_url}  CSC {s.api_version}  client {s.client_id}  ({s.added_by}, {s.added_at[:10]})")
        return 0


def _queue(args: argparse.Namespace) -> int:
    with session_from_args(args) as session:
        school_class = students.resolve_class(session, args.class_name, args.year)
        for b in remote_signing.open_batches(session, school_class.id, args.role):
            print(f"{b.id[:8]}  {b.state}  {b.created_at[:16]}  {b.message}")
        return 0


def status(args: argparse.Namespace) -> int:
    """`sign --class X --year Y --as R --status`: pages waiting, remote batches not finished and why."""
    with session_from_args(args) as session:
        school_class = students.resolve_class(session, args.class_name, args.year)
        state = remote_signing.signing_status(session, school_class.id, args.role)
        print(_("Lớp {c}, chữ ký {r}: {n} học bạ chờ ký; {w} học bạ chờ người ký trước.", c=state.class_name,
                r=args.role, n=state.to_sign, w=state.waiting_earlier))
        if not state.batches:
            print(_("Không có lô ký từ xa nào đang chờ."))
        for b in state.batches:
            print(_("Lô {b} ({n} học bạ, chuẩn bị {t}): {s}", b=b.batch_id[:8], n=b.pages, t=b.prepared_at,
                    s=b.state) + (f" — {b.message}" if b.message else ""))
        return 0


def bind(args: argparse.Namespace) -> int:
    """`certs bind --remote NAME --remote-user LOGIN [--credential-id ID]`."""
    args.user = args.admin
    if not args.remote_user:
        raise InvalidInputError(_("Cần --remote-user (tên đăng nhập của giáo viên tại dịch vụ ký)."))
    with session_from_args(args) as session:
        try:
            binding, info = remote_signing.bind(session, username=args.for_user, role=args.role,
                                                service_name=args.remote, remote_user=args.remote_user,
                                                credential_id=args.credential_id,
                                                accept_name_mismatch=args.accept_name_mismatch).value
        except remote_signing.NameMismatchError as exc:   # as for a token: say how to accept it
            raise InvalidInputError(exc.message + " " + _("Nếu đúng là người này (hoặc trường này), chạy lại với "
                                                          "--accept-name-mismatch (sẽ được ghi nhật ký).")) from None
        print(_("Đã đăng ký chứng thư ký số từ xa {c} (dịch vụ {s}, người dùng {u}) cho tài khoản {a}; xác thực: {m}, "
                "tối đa {n} chữ ký mỗi lần ủy quyền.", c=binding.credential_id, s=binding.remote_service,
                u=binding.remote_user, a=args.for_user, m=info.auth_mode, n=info.multisign))
        print(f"binding {binding.id}")
        return 0


def _secrets(args: argparse.Namespace) -> remote_signing.Secrets:
    pin = read_secret_file(args.pin_file) if args.pin_file else None
    otp = read_secret_file(args.otp_file) if getattr(args, "otp_file", None) else None
    if pin is None and sys.stdin.isatty():
        pin = getpass.getpass(_("Mã PIN ký số từ xa (bỏ trống nếu xác nhận trên điện thoại): ")) or None
    return remote_signing.Secrets(pin=pin, otp=otp)


@contextlib.contextmanager
def _ctrl_c_cancels():
    """Ctrl+C while waiting for the phone cancels cleanly (the batch kept, nothing signed, exit 3) instead of
    breaking off in the middle; outside the main thread (tests in-process) nothing is installed."""
    cancelled = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancelled
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: cancelled.set())
    try:
        yield cancelled
    finally:
        signal.signal(signal.SIGINT, previous)


def _observer(state: remote_signing.ApprovalState, code: str) -> None:
    if state is remote_signing.ApprovalState.WAITING_PHONE:
        print(_("Hãy xác nhận trên điện thoại. Mã giao dịch: {c}", c=code), file=sys.stderr, flush=True)
    elif state is remote_signing.ApprovalState.AUTHORIZING:
        print(_("Đang gửi yêu cầu ủy quyền ký tới dịch vụ…"), file=sys.stderr, flush=True)
    elif state is remote_signing.ApprovalState.OPEN_PAGE:   # the URL carries hashes only, never a secret
        print(_("Trang xác nhận của dịch vụ ký đang mở trong trình duyệt; nếu không thấy, hãy mở: {u}", u=code),
              file=sys.stderr, flush=True)


def sign(args: argparse.Namespace, session, plan, timestamper) -> int:
    """`sign --remote`: queue the plan's pages (a planned batch), then send every open batch of this class and role."""
    binding = remote_signing.remote_binding(session, plan.role)
    print(_("Ký số từ xa bằng chứng thư {c} của dịch vụ {s} (người dùng {u}).", c=binding.credential_id,
            s=binding.remote_service, u=binding.remote_user))
    secrets = _secrets(args)
    with _ctrl_c_cancels() as cancelled:
        result = remote_signing.sign_plan(session, plan, secrets, observer=_observer, timestamper=timestamper,
                                          cancel=cancelled.is_set).value
    print(_("Đã ký {s} học bạ; phát hành {p}.", s=result.signed, p=result.issued))
    if result.stopped_by:
        print(_("Dừng lại: {m}\n{r} học bạ vẫn ở trạng thái chờ ký; lô ký được giữ lại và sẽ được gửi khi chạy lại "
                "lệnh (khi có mạng).", m=result.stopped_by, r=result.remaining), file=sys.stderr)
        return 3
    return 0
