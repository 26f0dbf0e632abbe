"""Commands for trust, certificate registration, signing, export, verification and revocation."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path

from hocbaso_desktop.cli._common import (
    db_parent,
    db_path_from_args,
    print_json,
    read_input_file,
    session_from_args,
)
from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import _

ROLES = (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL)
MAX_PDF_BYTES = 64 * 1024 * 1024  # an issued page is ~100 kB; a file this large is not one


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add certs, sign, export, verify, verify-qr, timestamp-upgrade and revoke."""
    ce = subparsers.add_parser("certs", help=_("đăng ký chứng thư số cho người ký")).add_subparsers(
        dest="certs_cmd", required=True)
    # Here --user names the signer being bound (as in the issue); the administrator running it is --admin
    # or HOCBASO_USER.
    p = ce.add_parser("bind", parents=[db_parent()], help=_("gắn chứng thư trên thiết bị ký với một tài khoản"))
    p.add_argument("--user", "--for-user", dest="for_user", required=True, help=_("tài khoản người ký được gắn"))
    p.add_argument("--admin", default=None, help=_("quản trị viên thực hiện (hoặc biến môi trường HOCBASO_USER)"))
    p.add_argument("--role", choices=ROLES, required=True)
    p.add_argument("--module", default=None, help=_("thư viện PKCS#11"))
    p.add_argument("--token-serial", default=None)
    p.add_argument("--key-id", default=None, help=_("CKA_ID (hex) khi thiết bị có nhiều chứng thư"))
    p.add_argument("--chain", type=Path, default=None,
                   help=_("tệp chứng thư CA trung gian (PEM/DER/.p7b); thường không cần: danh sách tin cậy và "
                          "chứng thư CA trên thiết bị ký được dùng"))
    p.add_argument("--accept-name-mismatch", action="store_true",
                   help=_("vẫn đăng ký khi tên trên chứng thư khác tên tài khoản (được ghi nhật ký)"))
    p.add_argument("--remote", default=None, help=_("tên dịch vụ ký số từ xa (thay cho thiết bị ký)"))
    p.add_argument("--remote-user", default=None, help=_("tên đăng nhập của người ký tại dịch vụ ký số từ xa"))
    p.add_argument("--credential-id", default=None, help=_("mã chứng thư tại dịch vụ khi người ký có nhiều chứng thư"))
    p.set_defaults(handler=_certs_bind)

    p = subparsers.add_parser("sign", parents=parents, help=_("ký số học bạ của một lớp (một lần nhập PIN)"))
    p.add_argument("--class", dest="class_name", required=True)
    p.add_argument("--year", required=True)
    p.add_argument("--as", dest="role", choices=ROLES, required=True)
    p.add_argument("--module", default=None)
    p.add_argument("--token-serial", default=None)
    p.add_argument("--pin-file", type=Path, default=None)
    p.add_argument("--remote", action="store_true", help=_("ký bằng dịch vụ ký số từ xa đã đăng ký"))
    p.add_argument("--otp-file", type=Path, default=None, help=_("tệp chứa mã OTP (ký số từ xa)"))
    p.add_argument("--status", action="store_true",
                   help=_("chỉ xem trạng thái: học bạ chờ ký, các lô ký từ xa chưa xong (không ký gì)"))
    p.set_defaults(handler=_sign)

    p = subparsers.add_parser("export", parents=parents, help=_("xuất tệp PDF học bạ đã phát hành"))
    p.add_argument("--class", dest="class_name")
    p.add_argument("--year")
    p.add_argument("--record")
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_export)

    p = subparsers.add_parser("verify", parents=parents,
                              help=_("kiểm tra chữ ký số của tệp học bạ PDF và/hoặc XML (ngoại tuyến)"))
    p.add_argument("file", type=Path, nargs="+",
                   help=_("TỆP.pdf, TỆP.xml, hoặc cả hai (khi đó kiểm tra thêm hai dạng có cùng dữ liệu)"))
    p.add_argument("--trust", type=Path, action="append", default=[],
                   help=_("chứng thư gốc và CA trung gian (tệp hoặc thư mục); không có: danh sách tin cậy của "
                          "trường (--db hoặc cơ sở dữ liệu mặc định)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_verify)

    p = subparsers.add_parser("verify-qr", parents=parents, help=_("kiểm tra mã QR trên bản in (ngoại tuyến)"))
    p.add_argument("qr", help=_("nội dung mã QR (HB1:...), tệp .txt, hoặc ảnh (cần zbarimg)"))
    p.add_argument("--cert", type=Path, action="append", default=[],
                   help=_("chứng thư của đơn vị ký và CA trung gian (tệp hoặc thư mục)"))
    p.add_argument("--trust", type=Path, action="append", default=[])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_verify_qr)

    p = subparsers.add_parser("timestamp-upgrade", parents=parents,
                              help=_("nâng cấp học bạ đã phát hành lên PAdES B-LTA và gia hạn dấu thời gian lưu trữ"))
    p.set_defaults(handler=_timestamp_upgrade)

    p = subparsers.add_parser("revoke", parents=parents, help=_("thu hồi học bạ đã phát hành, tạo phiên bản mới"))
    p.add_argument("--record", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=_revoke)


def _quiet_pyhanko() -> None:
    """pyHanko logs every failed path build with a traceback; the report says it in Vietnamese instead."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _certs_bind(args: argparse.Namespace) -> int:
    if args.remote:
        from hocbaso_desktop.cli import remote_cmds  # remote signing's modules load only when used

        return remote_cmds.bind(args)
    if not args.token_serial:
        raise InvalidInputError(_("Cần --token-serial (thiết bị ký) hoặc --remote (dịch vụ ký số từ xa)."))
    from hocbaso_desktop.services import certificate_binding

    args.user = args.admin  # the administrator running the command; None falls back to HOCBASO_USER
    with session_from_args(args) as session:
        chain = read_input_file(args.chain, certificate_binding.MAX_CHAIN_FILE_BYTES) if args.chain else None
        try:
            bound = certificate_binding.bind_from_token(
                session, username=args.for_user, role=args.role, module_path=args.module,
                token_serial=args.token_serial, key_id=args.key_id, chain_file=chain,
                accept_name_mismatch=args.accept_name_mismatch).value
        except certificate_binding.NameMismatchError as exc:
            raise InvalidInputError(exc.message + " " + _("Nếu đúng là người này (hoặc trường này), chạy lại với "
                                                          "--accept-name-mismatch (sẽ được ghi nhật ký).")) from None
        binding, cert = bound.binding, bound.certificate
        print(_("Đã đăng ký chứng thư “{cn}” (hết hạn {d}) cho tài khoản {u}.", cn=cert.subject_cn,
                d=cert.not_after.strftime("%d/%m/%Y"), u=args.for_user))
        if args.accept_name_mismatch:
            print(_("Lưu ý: đã chấp nhận tên khác nhau theo yêu cầu của quản trị viên (đã ghi nhật ký)."))
        print(f"binding {binding.id}")
        return 0


def _sign(args: argparse.Namespace) -> int:
    if args.status:
        from hocbaso_desktop.cli import remote_cmds

        return remote_cmds.status(args)
    from hocbaso_desktop.cli.pin_prompt import ConsolePinPrompt
    from hocbaso_desktop.cli.preload import BackgroundImports
    from hocbaso_desktop.services import batch_signing

    # The signing modules load while Argon2 unlocks the database; the token worker starts while the
    # second stage (pyHanko) loads (issue 18).
    loading = BackgroundImports(("hocbaso_desktop.signing.token_signing",),
                                ("hocbaso_desktop.signing.issuance", "hocbaso_desktop.signing.ltv"))
    with session_from_args(args) as session, contextlib.ExitStack() as stack:
        loading.wait(0)
        client = None if args.remote else batch_signing.start_token_worker(session, args.role, args.module)
        if client is not None:
            stack.callback(client.close)
        loading.wait(1)
        plan = batch_signing.plan(session, args.class_name, args.year, args.role).value
        if not plan.items:
            print(_("Không có học bạ nào chờ chữ ký này ở lớp {c}.", c=plan.class_name))
            if plan.waiting:
                print(_("{n} học bạ còn chờ người ký trước.", n=len(plan.waiting)))
            return 0
        print(_("Sẽ ký {n} học bạ của lớp {c}:", n=len(plan.items), c=plan.class_name))
        for item in plan.items:
            print(f"  {item.student_name}  ({item.record_id[:8]} v{item.version}, {item.payload_sha256[:12]})")
        prompt = ConsolePinPrompt(args.pin_file)
        timestamper = batch_signing.reachable_timestamper(session)
        if timestamper is None:
            print(_("Ký ngoại tuyến (PAdES B-B); dấu thời gian sẽ được gắn sau khi có mạng."), file=sys.stderr)
        if args.remote:
            from hocbaso_desktop.cli import remote_cmds

            return remote_cmds.sign(args, session, plan, timestamper)
        result = batch_signing.sign_with_token(
            session, plan, prompt, module_path=args.module, token_serial=args.token_serial, client=client,
            timestamper=timestamper, progress=lambda i, n, item: print(
                _("  [{i}/{n}] đã ký {name}", i=i, n=n, name=item.student_name), file=sys.stderr)).value
        print(_("Đã ký {s} học bạ; phát hành {p}.", s=result.signed, p=result.issued))
        if result.stopped_by:
            print(_("Dừng lại: {m}\nChạy lại lệnh để ký tiếp {r} học bạ còn lại.", m=result.stopped_by,
                    r=result.remaining), file=sys.stderr)
            return 3
        return 0


def _export(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import issued as issued_service
    from hocbaso_desktop.services import students

    with session_from_args(args) as session:
        if args.record:
            print(issued_service.save_signed_pdf(session, args.record, args.out).value)
            return 0
        if not args.class_name:
            raise InvalidInputError(_("Cần --record, hoặc --class (và --year nếu không phải năm học mới nhất)."))
        school_class = students.resolve_class(session, args.class_name, args.year)  # no --year: the latest
        paths = issued_service.export_class(session, school_class.id, args.out).value
        if not paths:
            raise NotFoundError(_("Lớp này chưa có học bạ nào được phát hành."))
        print(_("Đã xuất {n} tệp vào {d}.", n=len(paths), d=args.out))
        return 0


def _verify(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import verification

    _quiet_pyhanko()
    given = verification.material_from_paths(args.trust)
    pdfs = [f for f in args.file if f.suffix.lower() == ".pdf"]
    xmls = [f for f in args.file if f.suffix.lower() == ".xml"]
    if len(pdfs) > 1 or len(xmls) > 1 or len(pdfs) + len(xmls) != len(args.file):
        raise InvalidInputError(_("Cho một tệp .pdf, một tệp .xml, hoặc một tệp mỗi loại."), field="file")
    school = verification.Material()
    # The school's trust store: with --db, or the default database when no --trust is given, it exists and
    # someone is named to open it.
    signed_in = bool(args.user or os.environ.get("HOCBASO_USER"))
    if args.db is not None or (not args.trust and signed_in and db_path_from_args(args).exists()):
        with session_from_args(args) as session:
            school = verification.school_material(session)
    pdf_bytes = read_input_file(pdfs[0], MAX_PDF_BYTES) if pdfs else None
    xml_bytes = read_input_file(xmls[0], MAX_PDF_BYTES) if xmls else None
    verdict = verification.verify_documents(pdf_bytes, xml_bytes, given, school)
    pdf_report, xml_report = verdict.pdf, verdict.xml
    if args.json:
        print_json(pdf_report.to_dict() if xml_report is None and pdf_report is not None else
                   {"pdf": pdf_report.to_dict() if pdf_report else None, "xml": xml_report.to_dict(),
                    "ok": verdict.ok})
    else:
        if not verdict.trusted_roots:
            print(_("Chưa có chứng thư gốc tin cậy: chỉ ra cơ sở dữ liệu của trường (--db) hoặc chứng thư gốc "
                    "(--trust tệp hoặc thư mục); không chữ ký nào được coi là tin cậy."))
        for text in verdict.text():
            print(text)
    return 0 if verdict.ok else 1


def _verify_qr(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import issued as issued_service
    from hocbaso_desktop.services import verification

    text = verification.qr_text(args.qr)
    certs, roots = verification.qr_material_from_paths(args.cert, args.trust)
    chain: list[bytes] = list(certs)  # CA certificates given with --cert complete the chain
    issuers = None
    if args.db is not None or not (certs and roots):
        with session_from_args(args) as session:
            school_certs, school_roots, school_chain, issuers = verification.school_qr_material(session)
        certs, roots, chain = certs + school_certs, roots + school_roots, chain + school_chain
    summary = verification.check_qr(text, certs, roots, chain, issuers)
    if args.json:
        print_json({**asdict(summary), "ok": True})
        return 0
    for line in issued_service.qr_lines(summary):  # subjects and levels in words, not "TV H"
        print(line)
    return 0


def _timestamp_upgrade(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import timestamps

    with session_from_args(args) as session:
        outcome = timestamps.upgrade_and_renew(session)
        print(_("Đã nâng cấp {n} học bạ lên PAdES B-LTA (dữ liệu kiểm tra + dấu thời gian lưu trữ); "
                "gia hạn dấu thời gian lưu trữ của {r} học bạ.", n=outcome.upgraded, r=outcome.renewed))
        if outcome.left:
            print(_("{k} học bạ chưa nâng cấp được (máy chủ dấu thời gian hoặc OCSP/CRL không trả lời); "
                    "sẽ thử lại lần sau.", k=outcome.left), file=sys.stderr)
            return 1
        return 0


def _revoke(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import issued as issued_service

    with session_from_args(args) as session:
        # the short id the screens show (84ce1580) names the record as well as the full id
        version = issued_service.revoke_and_correct(session, args.record, args.reason).value
        print(_("Đã thu hồi; tạo phiên bản {v} (bản nháp) để đính chính và ký lại.", v=version))
        return 0
