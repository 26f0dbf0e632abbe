"""`hocbaso sync …`: run a sync, show its status, configure it, and USB-stick bundles.

    hocbaso sync [--server URL] [--api-token T]       drain the outbox; exit 0 only when nothing is left
    hocbaso sync status [--json]
    hocbaso sync configure --server URL --api-token T [--forget-receipt-key]   (administrator)
    hocbaso sync export-bundle --out FILE
    hocbaso sync upload-bundle FILE --server URL [--api-token T] [--receipts FILE]   (no database needed)
    hocbaso sync import-receipts FILE
    hocbaso sync trust-receipt-key --key B64 --fingerprint HEX   (administrator, key and fingerprint from the Sở)
    hocbaso sync trust-bundle-key --key B64 --fingerprint HEX    (the same for the key USB bundles are encrypted for)
The API token comes from --api-token, else the school's settings, else HOCBASO_API_TOKEN; it is never printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from hocbaso_desktop.cli._common import print_json, session_from_args
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _

EXIT_PENDING = 4  # the run ended with items still waiting to be sent


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `sync` command group."""
    p = subparsers.add_parser("sync", parents=parents, help=_("đồng bộ học bạ với hệ thống trung tâm"))
    p.add_argument("--server", default=None, help=_("địa chỉ máy chủ trung tâm (mặc định: theo cài đặt)"))
    p.add_argument("--api-token", default=None, help=_("mã truy cập của trường (mặc định: theo cài đặt)"))
    p.set_defaults(handler=_run)
    sub = p.add_subparsers(dest="sync_command")
    s = sub.add_parser("status", parents=parents, help=_("tình trạng hàng đợi gửi"))
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=_status)
    c = sub.add_parser("configure", parents=parents, help=_("lưu địa chỉ máy chủ và mã truy cập (quản trị)"))
    c.add_argument("--server", required=True)
    c.add_argument("--api-token", required=True)
    c.add_argument("--forget-receipt-key", action="store_true",
                   help=_("bỏ khoá biên nhận đã ghim của máy chủ này (sau khi đã xác minh với Sở)"))
    c.set_defaults(handler=_configure)
    t = sub.add_parser("trust-receipt-key", parents=parents,
                       help=_("nhập khoá ký biên nhận của trung tâm kèm dấu vân tay do Sở cung cấp (quản trị)"))
    t.add_argument("--key", required=True, help=_("khoá công khai Ed25519, dạng base64"))
    t.add_argument("--fingerprint", required=True, help=_("dấu vân tay in trong văn bản của Sở (64 ký tự hex)"))
    t.set_defaults(handler=_trust_key)
    b = sub.add_parser("trust-bundle-key", parents=parents,
                       help=_("nhập khoá mã hoá gói USB của trung tâm kèm dấu vân tay do Sở cung cấp (quản trị)"))
    b.add_argument("--key", required=True, help=_("khoá công khai X25519, dạng base64"))
    b.add_argument("--fingerprint", required=True, help=_("dấu vân tay in trong văn bản của Sở (64 ký tự hex)"))
    b.set_defaults(handler=_trust_bundle_key)
    e = sub.add_parser("export-bundle", parents=parents,
                       help=_("ghi các mục chờ gửi ra tệp (USB), mã hoá cho khoá của trung tâm"))
    e.add_argument("--out", type=Path, required=True)
    e.set_defaults(handler=_export)
    u = sub.add_parser("upload-bundle", help=_("gửi tệp gói từ máy có mạng (không cần cơ sở dữ liệu)"))
    u.add_argument("file", type=Path)
    u.add_argument("--server", required=True)
    u.add_argument("--api-token", default=None)
    u.add_argument("--receipts", type=Path, default=None, help=_("tệp biên nhận (mặc định: cạnh tệp gói, đuôi .hocbaso-receipts)"))
    u.add_argument("--accept-old-bundle", action="store_true", help=_(
        "đồng ý gửi gói kiểu cũ (mã hoá bằng mã truy cập), chỉ đến hết ngày 30/06/2027; được ghi vào tệp biên nhận"))
    u.set_defaults(handler=_upload)
    i = sub.add_parser("import-receipts", parents=parents, help=_("ghi nhận biên nhận mang về từ USB"))
    i.add_argument("file", type=Path)
    i.set_defaults(handler=_import)


def _env_token() -> str | None:
    return os.environ.get("HOCBASO_API_TOKEN") or None


def _run(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import sync_commands

    with session_from_args(args) as session:
        summary = sync_commands.run_once(
            session, server=args.server, api_token=args.api_token, env_token=_env_token(),
            progress=lambda p: print(p.message, file=sys.stderr) if p.phase == "wait" else None).value
    print(_("Đã gửi: {d}; cũ hơn bản ở trung tâm: {s}; xung đột: {c}; bị từ chối: {r}; chờ xử lý: {w}; "
            "còn chờ gửi: {n}; tin nhận về: {i}.", d=summary.delivered, s=summary.stale, c=summary.conflict,
            r=summary.rejected, w=summary.waiting, n=summary.remaining, i=summary.inbox_applied))
    if summary.clock_wrong:
        print(_("Cảnh báo: đồng hồ máy tính lệch {s} giây so với máy chủ; hãy chỉnh lại giờ.",
                s=round(summary.clock_skew_seconds or 0)), file=sys.stderr)
    if summary.error:
        print(summary.error, file=sys.stderr)
    if summary.auth_failed or summary.peer_refused:
        return 3
    return 0 if summary.drained else EXIT_PENDING


def _status(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import sync_commands

    with session_from_args(args) as session:
        report = sync_commands.status_report(session)
    status = report.status
    if args.json:
        print_json(status.as_dict())
        return 0
    print(_("Máy chủ: {u}", u=status.server_url or _("(chưa cấu hình)")))
    print(_("Khoá ký biên nhận: {f}", f=report.receipt_key or _("(chưa có — đồng bộ trực tuyến hoặc "
                                                                      "sync trust-receipt-key)")))
    print(_("Khoá mã hoá gói USB: {f}", f=report.bundle_key or _("(chưa có — đồng bộ trực tuyến hoặc "
                                                                        "sync trust-bundle-key)")))
    print(_("Chờ gửi: {p}; đã gửi: {d}; cần người xử lý: {n}; thông báo từ trung tâm: {t}.",
            p=status.pending, d=status.counts["delivered"], n=status.needs_person, t=status.notices))
    return 0


def _configure(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import sync_commands

    sync_commands.check_server_url(args.server)  # a wrong address is refused before the password is asked
    with session_from_args(args) as session:
        sync_commands.configure(session, args.server, args.api_token, forget_receipt_key=args.forget_receipt_key)
    print(_("Đã lưu cấu hình đồng bộ."))
    return 0


def _trust_key(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import trust_receipt_key

    with session_from_args(args) as session:
        server, fp = trust_receipt_key(session, args.key, args.fingerprint).value
    print(_("Đã ghi nhận khoá ký biên nhận của {u} (dấu vân tay {f}).", u=server, f=fp))
    return 0


def _trust_bundle_key(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import trust_bundle_key

    with session_from_args(args) as session:
        server, fp = trust_bundle_key(session, args.key, args.fingerprint).value
    print(_("Đã ghi nhận khoá mã hoá gói của {u} (dấu vân tay {f}).", u=server, f=fp))
    return 0


def _export(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import export_usb_bundle

    with session_from_args(args) as session:
        n = export_usb_bundle(session, args.out).value
    print(_("Đã ghi {n} mục vào {f} (mã hoá cho hệ thống trung tâm).", n=n, f=str(args.out)))
    return 0


def _upload(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import sync_commands

    token = args.api_token or _env_token()
    if not token:
        raise InvalidInputError(_("Cần mã truy cập: dùng --api-token hoặc biến HOCBASO_API_TOKEN."), field="api_token")
    receipts = args.receipts or sync_commands.default_receipts_path(args.file)
    if sync_commands.is_old_bundle(args.file):
        sync_commands.check_old_bundle(args.file, accept_old=args.accept_old_bundle)   # refused: nothing is sent
        print(_("Cảnh báo: “{f}” là gói kiểu cũ (mã hoá bằng mã truy cập, không phải khoá của trung tâm); được nhận "
                "đến hết ngày {d} vì đã dùng --accept-old-bundle. Hãy để trường xuất lại gói bằng phiên bản mới.",
                f=args.file.name, d=sync_commands.old_bundle_last_day()), file=sys.stderr)
    counts = sync_commands.upload_bundle(args.file, receipts, server_url=args.server, api_token=token,
                                         accept_old=args.accept_old_bundle)
    print(_("Đã gửi gói; kết quả: {c}. Biên nhận: {f}", c=counts, f=str(receipts)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import sync_commands

    with session_from_args(args) as session:
        counts = sync_commands.import_receipts_file(session, args.file).value
    print(_("Đã ghi nhận biên nhận: {c}", c=counts))
    return 0
