"""`hocbaso server …`: run the reference central server and the province's tasks around it.

    hocbaso server (--data DIR | --database postgresql://… --blobs DIR) [--workers N] [--port N]
                   [--trust-dir D] [--api-token T (demo only)]
    hocbaso server school add --code C --name N  (--data DIR | --database URL)   prints the token once
    hocbaso server school list | revoke --code C | token --code C               (same store options)
    hocbaso server stats [--json]                                                (same store options)
    hocbaso server export --school C --out DIR  (--data DIR | --database URL [--blobs DIR])
    hocbaso server post-inbox --school C --type transfer_in|revocation|notice --body JSON_FILE
    hocbaso server receipt-key (--data DIR | --database URL)   the receipt key and fingerprint to hand to schools
    hocbaso server bundle-key (--data DIR | --database URL)    the USB-bundle key and fingerprint, likewise
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from hocbaso_desktop.cli._common import print_json
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _


def _store_options(p: argparse.ArgumentParser, *, blobs: bool = False) -> None:
    p.add_argument("--data", type=Path, default=None, help=_("thư mục dữ liệu của máy chủ (SQLite)"))
    p.add_argument("--database", default=None, help=_("địa chỉ cơ sở dữ liệu PostgreSQL (postgresql://…)"))
    if blobs:
        p.add_argument("--blobs", type=Path, default=None,
                       help=_("thư mục chứa tệp PDF đã ký (bắt buộc với --database)"))


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `server` command group (it needs no school database)."""
    p = subparsers.add_parser("server", help=_("chạy máy chủ trung tâm tham chiếu (thử nghiệm, trình diễn, thí điểm)"))
    _store_options(p, blobs=True)
    p.add_argument("--host", default="127.0.0.1", help=_("địa chỉ lắng nghe"))
    p.add_argument("--port", type=int, default=8765, help=_("cổng lắng nghe"))
    p.add_argument("--workers", type=int, default=1, help=_("số tiến trình phục vụ (dùng chung một cơ sở dữ liệu)"))
    p.add_argument("--api-token", default=None,
                   help=_("mã truy cập dùng chung cho mọi trường, chỉ để trình diễn (hoặc HOCBASO_API_TOKEN)"))
    p.add_argument("--trust-dir", type=Path, default=None,
                   help=_("thư mục chứng thư tin cậy của Sở (gốc và trung gian)"))
    p.add_argument("--no-verify-pdf", action="store_true", help=_("không kiểm tra chữ ký PDF (chỉ để đo hiệu năng)"))
    p.set_defaults(handler=_serve)
    sub = p.add_subparsers(dest="server_command")

    school = sub.add_parser("school", help=_("quản lý các trường và mã truy cập của từng trường"))
    school_sub = school.add_subparsers(dest="school_command", required=True)
    q = school_sub.add_parser("add", help=_("thêm một trường và in mã truy cập của trường (một lần duy nhất)"))
    _store_options(q)
    q.add_argument("--code", required=True, help=_("mã trường (8 chữ số)"))
    q.add_argument("--name", required=True, help=_("tên trường"))
    q.set_defaults(handler=_school_add)
    q = school_sub.add_parser("list", help=_("liệt kê các trường"))
    _store_options(q)
    q.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    q.set_defaults(handler=_school_list)
    q = school_sub.add_parser("revoke", help=_("thu hồi mã truy cập của một trường"))
    _store_options(q)
    q.add_argument("--code", required=True, help=_("mã trường"))
    q.set_defaults(handler=_school_revoke)
    q = school_sub.add_parser("token", help=_("cấp mã truy cập mới cho một trường (mã cũ hết hiệu lực)"))
    _store_options(q)
    q.add_argument("--code", required=True, help=_("mã trường"))
    q.set_defaults(handler=_school_token)

    q = sub.add_parser("stats", help=_("số học bạ, phiên bản, tệp và lần liên lạc cuối của từng trường"))
    _store_options(q)
    q.add_argument("--json", action="store_true", help=_("in dạng JSON"))
    q.set_defaults(handler=_stats)

    q = sub.add_parser("export", help=_("xuất những gì một trường đã gửi (bản ghi kèm biên nhận, tệp PDF)"))
    _store_options(q, blobs=True)
    q.add_argument("--school", required=True, help=_("mã trường"))
    q.add_argument("--out", type=Path, required=True, help=_("thư mục đích"))
    q.set_defaults(handler=_export)

    q = sub.add_parser("post-inbox", help=_("gửi một tin vào hộp thư của trường"))
    _store_options(q)
    q.add_argument("--school", required=True, help=_("mã trường"))
    q.add_argument("--type", required=True, choices=("transfer_in", "revocation", "notice"), help=_("loại tin"))
    q.add_argument("--body", type=Path, required=True, help=_("tệp JSON nội dung tin"))
    q.set_defaults(handler=_post_inbox)

    q = sub.add_parser("receipt-key", help=_("in khoá ký biên nhận và dấu vân tay của máy chủ (để trao cho trường)"))
    _store_options(q)
    q.set_defaults(handler=_receipt_key)
    q = sub.add_parser("bundle-key", help=_("in khoá mã hoá gói USB và dấu vân tay của máy chủ (để trao cho trường)"))
    _store_options(q)
    q.set_defaults(handler=_bundle_key)


def _target(args: argparse.Namespace):
    if bool(args.data) == bool(args.database):
        raise InvalidInputError(_("Cần đúng một trong hai: --data THƯ_MỤC hoặc --database postgresql://…"),
                                field="data")
    if args.database and not args.database.startswith(("postgresql://", "postgres://")):
        raise InvalidInputError(_("--database phải là địa chỉ PostgreSQL (postgresql://…)."), field="database")
    return args.database or args.data


def _open(args: argparse.Namespace):
    server = _server_module()
    try:
        return server.open_store(_target(args))
    except InvalidInputError:
        raise
    except Exception as exc:  # the database is unreachable, refuses us, or is newer than this program
        raise InvalidInputError(_("Không mở được cơ sở dữ liệu của máy chủ: {e}",
                                  e=type(exc).__name__)) from exc


def _serve(args: argparse.Namespace) -> int:
    runner = _server_module().runner
    token = args.api_token or os.environ.get("HOCBASO_API_TOKEN")
    if args.database and not args.blobs:
        raise InvalidInputError(_("Với --database cần thêm --blobs THƯ_MỤC (nơi lưu tệp PDF đã ký)."), field="blobs")
    if args.workers < 1:
        raise InvalidInputError(_("--workers phải từ 1 trở lên."), field="workers")
    _open(args).close()  # fail early with a clear message (and migrate) before uvicorn starts
    runner.serve(args.data, host=args.host, port=args.port, api_token=token, database=args.database,
                 blobs_dir=args.blobs, workers=args.workers, verify_pdf=not args.no_verify_pdf,
                 trust_dir=args.trust_dir)
    return 0


def _school_add(args: argparse.Namespace) -> int:
    server = _server_module()
    code, name = args.code.strip(), args.name.strip()
    if not (code.isdigit() and 4 <= len(code) <= 12) or not name:
        raise InvalidInputError(_("Mã trường phải là chữ số (4–12 chữ số) và tên trường không được trống."),
                                field="code")
    store = _open(args)
    try:
        token = server.admin.add_school(store, code, name)
    except server.DuplicateSchoolError as exc:
        raise InvalidInputError(_("Trường {c} đã có; dùng “school token” để cấp mã mới.", c=code),
                                field="code") from exc
    finally:
        store.close()
    print(_("Đã thêm trường {c}. Mã truy cập (chỉ hiện một lần, hãy gửi cho trường qua kênh an toàn):", c=code))
    print(token)
    return 0


def _school_list(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        schools = store.schools()
    finally:
        store.close()
    if args.json:
        print_json([{"code": s.code, "name": s.name, "created_at": s.created_at, "revoked_at": s.revoked_at,
                     "last_contact": s.last_contact} for s in schools])
        return 0
    for s in schools:
        state = _("đã thu hồi") if s.revoked_at else _("đang dùng")
        print(f"{s.code}\t{s.name}\t{state}")
    return 0


def _school_revoke(args: argparse.Namespace) -> int:
    server = _server_module()
    store = _open(args)
    try:
        if not server.admin.revoke_school(store, args.code):
            raise InvalidInputError(_("Không có trường {c}.", c=args.code), field="code")
    finally:
        store.close()
    print(_("Đã thu hồi mã truy cập của trường {c}.", c=args.code))
    return 0


def _school_token(args: argparse.Namespace) -> int:
    server = _server_module()
    store = _open(args)
    try:
        token = server.admin.new_token(store, args.code)
    finally:
        store.close()
    if token is None:
        raise InvalidInputError(_("Không có trường {c}.", c=args.code), field="code")
    print(_("Mã truy cập mới của trường {c} (chỉ hiện một lần):", c=args.code))
    print(token)
    return 0


def _stats(args: argparse.Namespace) -> int:
    server = _server_module()
    store = _open(args)
    try:
        figures = server.admin.stats(store)
    finally:
        store.close()
    if args.json:
        print_json(figures)
        return 0
    for s in figures["schools"]:
        print(_("{c}: {r} học bạ, {v} phiên bản, {x} thu hồi, {b} tệp; liên lạc cuối {t}", c=s["code"],
                r=s["records"], v=s["versions"], x=s["revocations"], b=s["blobs"], t=s["last_contact"] or "—"))
    return 0


def _export(args: argparse.Namespace) -> int:
    server = _server_module()
    if args.database and not args.blobs:
        raise InvalidInputError(_("Với --database cần thêm --blobs THƯ_MỤC."), field="blobs")
    store = _open(args)
    try:
        blobs = server.FileBlobStore(args.blobs or Path(args.data) / "blobs")
        done = server.admin.export_school(store, blobs, args.school, args.out)
    finally:
        store.close()
    print(_("Đã xuất {n} bản ghi và {b} tệp của trường {c} vào {f}.", n=done["submissions"], b=done["blobs"],
            c=args.school, f=done["folder"]))
    return 0


def _post_inbox(args: argparse.Namespace) -> int:
    server = _server_module()
    try:
        body = json.loads(args.body.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        raise InvalidInputError(_("Không đọc được tệp JSON “{f}”.", f=str(args.body)), field="body") from exc
    print(server.runner.post_inbox(_target(args), school_code=args.school, type_=args.type, body=body))
    return 0


def _receipt_key(args: argparse.Namespace) -> int:
    store = _open(args)  # first: a clear message where the reference server is not installed
    try:
        from hocbaso_server.receipts import ReceiptSigner

        signer = ReceiptSigner(store)
    finally:
        store.close()
    print(_("Khoá ký biên nhận: {k}", k=signer.public_key_b64))
    print(_("Dấu vân tay: {f}", f=signer.fingerprint))
    return 0


def _bundle_key(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        from hocbaso_server.bundles import BundleKey

        key = BundleKey(store)
    finally:
        store.close()
    print(_("Khoá mã hoá gói USB: {k}", k=key.public_key_b64))
    print(_("Dấu vân tay: {f}", f=key.fingerprint))
    return 0


class _ServerFace:
    """The reference server's modules, imported only when a `server` command runs."""

    def __init__(self) -> None:
        from hocbaso_server import admin, runner
        from hocbaso_server.blobs import FileBlobStore
        from hocbaso_server.store import DuplicateSchoolError
        from hocbaso_server.stores import open_store

        self.admin, self.runner, self.FileBlobStore = admin, runner, FileBlobStore
        self.DuplicateSchoolError, self.open_store = DuplicateSchoolError, open_store


def _server_module() -> _ServerFace:
    """The reference server, which the installed program (the bundle) leaves out on purpose."""
    try:
        return _ServerFace()
    except ImportError as exc:
        raise InvalidInputError(_("Bản cài đặt này không kèm máy chủ trung tâm tham chiếu; hãy chạy lệnh từ mã nguồn "
                                  "(make run) để dùng máy chủ thử nghiệm.")) from exc
