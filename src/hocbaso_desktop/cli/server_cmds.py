"""`hocbaso server …`: run the reference central server, or post a message to a school's inbox.

    hocbaso server --data DIR [--host 127.0.0.1] --port N --api-token T [--trust-dir D]
    hocbaso server post-inbox --data DIR --school C --type transfer_in|revocation|notice --body JSON_FILE
    hocbaso server receipt-key --data DIR      the receipt key and the fingerprint to hand to schools
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from hocbaso_desktop.errors import InvalidInputError
from hocbaso_desktop.i18n import _


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `server` command group (it needs no school database)."""
    p = subparsers.add_parser("server", help=_("chạy máy chủ trung tâm tham chiếu (thử nghiệm, trình diễn)"))
    p.add_argument("--data", type=Path, default=None, help=_("thư mục dữ liệu của máy chủ"))
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--api-token", default=None, help=_("mã truy cập mà máy chủ chấp nhận (hoặc HOCBASO_API_TOKEN)"))
    p.add_argument("--trust-dir", type=Path, default=None, help=_("thư mục chứng thư gốc tin cậy (tuỳ chọn)"))
    p.add_argument("--no-verify-pdf", action="store_true", help=_("không kiểm tra chữ ký PDF (chỉ để đo hiệu năng)"))
    p.set_defaults(handler=_serve)
    sub = p.add_subparsers(dest="server_command")
    q = sub.add_parser("post-inbox", help=_("gửi một tin vào hộp thư của trường"))
    q.add_argument("--data", type=Path, required=True)
    q.add_argument("--school", required=True)
    q.add_argument("--type", required=True, choices=("transfer_in", "revocation", "notice"))
    q.add_argument("--body", type=Path, required=True)
    q.set_defaults(handler=_post_inbox)
    k = sub.add_parser("receipt-key", help=_("in khoá ký biên nhận và dấu vân tay của máy chủ (để trao cho trường)"))
    k.add_argument("--data", type=Path, required=True)
    k.set_defaults(handler=_receipt_key)


def _serve(args: argparse.Namespace) -> int:
    serve = _server_module().serve

    if args.data is None:
        raise InvalidInputError(_("Cần thư mục dữ liệu của máy chủ: --data THƯ_MỤC."), field="data")
    token = args.api_token or os.environ.get("HOCBASO_API_TOKEN")
    if not token:
        raise InvalidInputError(_("Cần mã truy cập: dùng --api-token hoặc biến HOCBASO_API_TOKEN."), field="api_token")
    serve(args.data, host=args.host, port=args.port, api_token=token, verify_pdf=not args.no_verify_pdf,
          trust_dir=args.trust_dir)
    return 0


def _post_inbox(args: argparse.Namespace) -> int:
    post_inbox = _server_module().post_inbox

    try:
        body = json.loads(args.body.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInputError(_("Không đọc được tệp JSON “{f}”.", f=str(args.body)), field="body") from exc
    print(post_inbox(args.data, school_code=args.school, type_=args.type, body=body))
    return 0


def _receipt_key(args: argparse.Namespace) -> int:
    runner = _server_module()
    signer = runner.receipt_signer(args.data)
    print(_("Khoá ký biên nhận: {k}", k=signer.public_key_b64))
    print(_("Dấu vân tay: {f}", f=signer.fingerprint))
    return 0


def _server_module():
    """The reference server, which the installed program (the bundle) leaves out on purpose."""
    try:
        from hocbaso_server import runner
    except ImportError as exc:
        raise InvalidInputError(_("Bản cài đặt này không kèm máy chủ trung tâm tham chiếu; hãy chạy lệnh từ mã nguồn "
                                  "(make run) để dùng máy chủ thử nghiệm.")) from exc
    return runner
