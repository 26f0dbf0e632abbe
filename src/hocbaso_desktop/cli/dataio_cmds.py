"""Commands for data in and out: Excel templates, import (dry run first), JSON/Excel exports, school report."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from hocbaso_desktop.cli._common import print_json, session_from_args
from hocbaso_desktop.domain.i18n import _


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add template, import, export-data, import-data, transfer out/in and report."""
    p = subparsers.add_parser("template", parents=parents, help=_("tạo mẫu Excel của một lớp (danh sách, điểm)"))
    p.add_argument("--kind", choices=("students", "scores"), required=True)
    p.add_argument("--class", dest="class_name", required=True, help=_("tên lớp, ví dụ 4A"))
    p.add_argument("--year", default=None, help=_("năm học, ví dụ 2025-2026 (mặc định: năm mới nhất)"))
    p.add_argument("--subject", action="append", default=[], help=_("chỉ môn này (lặp lại được)"))
    p.add_argument("--period", action="append", default=[], help=_("chỉ kì này: gk1, ck1, gk2, cn, hk1, hk2"))
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_template)

    p = subparsers.add_parser("import", parents=parents, help=_(
        "nhập dữ liệu từ tệp bảng tính .xlsx, .xlsm, .xls hoặc .ods (nên chạy thử trước)"))
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=_("chỉ kiểm tra và báo cáo, không ghi gì"))
    p.add_argument("--year", default=None)
    p.add_argument("--json", action="store_true", help=_("in báo cáo dạng JSON"))
    p.add_argument("--map", action="append", default=[], metavar=_("“CỘT TRONG TỆP=CỘT CỦA CHƯƠNG TRÌNH”"),
                   help=_("ghép một cột không nhận ra (ví dụ --map \"Tên HS=Họ và tên\" hoặc --map \"Ghi chú=bỏ qua\"); "
                          "nhập thật thì cách ghép được nhớ cho tệp cùng dạng"))
    p.set_defaults(handler=_import)

    p = subparsers.add_parser("export-data", parents=parents, help=_("xuất dữ liệu của trường (JSON mở hoặc Excel)"))
    p.add_argument("--format", choices=("json", "xlsx"), required=True)
    p.add_argument("--dictionary-names", action="store_true", help=_(
        "xlsx: tên cột theo từ điển dữ liệu quốc gia (hovaten, ngaythangnamsinh, phamchatyeunuoc…)"))
    p.add_argument("--class", dest="class_name", action="append", default=[], help=_("chỉ lớp này (Excel)"))
    p.add_argument("--year", default=None)
    p.add_argument("--out", type=Path, required=True)
    p.set_defaults(handler=_export)

    p = subparsers.add_parser("import-data", parents=parents, help=_("nhập tệp JSON xuất từ một máy khác"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_import_json)

    transfer = subparsers.add_parser("transfer", help=_("chuyển trường: đóng gói học sinh chuyển đi, nhận học sinh chuyển đến"))
    commands = transfer.add_subparsers(dest="transfer_cmd", required=True)
    p = commands.add_parser("out", parents=parents, help=_("đóng gói hồ sơ và học bạ đã phát hành của học sinh"))
    p.add_argument("--student", required=True, help=_("mã hệ thống hoặc họ và tên học sinh"))
    p.add_argument("--to", default="", help=_("trường chuyển đến"))
    p.add_argument("--date", type=date.fromisoformat, default=None, help=_("ngày chuyển, yyyy-mm-dd (mặc định: hôm nay)"))
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--to-cert", type=Path, default=None,
                   help=_("chứng thư con dấu của trường nhận (PEM/DER): khi văn thư niêm phong, gói được mã hoá cho nó"))
    p.set_defaults(handler=_transfer_out)
    p = commands.add_parser("in", parents=parents, help=_("xác thực gói chuyển trường và nhận học sinh vào lớp"))
    p.add_argument("file", type=Path)
    p.add_argument("--class", dest="class_name", required=True)
    p.add_argument("--date", type=date.fromisoformat, default=None)
    p.add_argument("--nhap-tay", dest="manual_entry", action="store_true",
                   help=_("gói chưa niêm phong: nhận các giá trị đánh giá như trường tự nhập (đợt nhập phải đang mở)"))
    p.set_defaults(handler=_transfer_in)
    p = commands.add_parser("seal", parents=parents, help=_("niêm phong gói chuyển trường bằng con dấu số (văn thư)"))
    p.add_argument("file", type=Path)
    p.add_argument("--module", default=None)
    p.add_argument("--token-serial", default=None)
    p.add_argument("--pin-file", type=Path, default=None)
    p.add_argument("--to-cert", type=Path, default=None,
                   help=_("chứng thư con dấu của trường nhận: niêm phong rồi mã hoá gói cho nó"))
    p.set_defaults(handler=_transfer_seal)
    p = commands.add_parser("open", parents=parents,
                            help=_("mở gói đã mã hoá cho trường bằng thiết bị ký của con dấu (văn thư)"))
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, required=True, help=_("tệp gói đã mở (rồi dùng với transfer in)"))
    p.add_argument("--module", default=None)
    p.add_argument("--token-serial", default=None)
    p.add_argument("--pin-file", type=Path, default=None)
    p.set_defaults(handler=_transfer_open)

    p = subparsers.add_parser("report", parents=parents, help=_("báo cáo kết quả của trường cho hiệu trưởng và Sở"))
    p.add_argument("--year", default=None)
    p.add_argument("--out", type=Path, default=None, help=_("ghi ra tệp Excel (.xlsx) hoặc PDF (.pdf); mặc định in JSON"))
    p.set_defaults(handler=_report)


def _template(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import data_exchange

    with session_from_args(args) as session:
        path = data_exchange.write_template(session, args.kind, args.class_name, args.out, year=args.year,
                                            subjects=args.subject, periods=args.period).value
    print(_("Đã tạo mẫu {p}.", p=str(path)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import data_exchange

    mapping = data_exchange.parse_map_options(args.map)
    with session_from_args(args) as session:
        try:
            report = data_exchange.import_workbook(session, args.file, dry_run=args.dry_run, year=args.year,
                                                   mapping=mapping).value
        except data_exchange.ImportRejectedError as exc:
            report = exc.report
    if args.json:
        print_json(report.to_dict())
    else:
        for problem in report.problems:
            print(_("LỖI {p}", p=str(problem)))
        for warning in report.warnings:
            print(_("Cảnh báo {p}", p=str(warning)))
        if report.unmapped:
            print(_("Cột chưa nhận ra (bị bỏ qua nếu không ghép): {c}", c="; ".join(
                f"[{u.sheet}!{u.cell}] “{u.reason}”" for u in report.unmapped)))
            print(_("  Ghép bằng --map \"{h}=<cột của chương trình>\" hoặc --map \"{h}={i}\". Cột của chương trình: {t}; "
                    "hoặc một cột điểm “Toán | học kì I | ĐĐGtx1”.", h=report.unmapped[0].reason, i=data_exchange.IGNORE,
                    t=", ".join(data_exchange.column_targets())))
        for line in report.changes[:200]:
            print("  " + line)
        if len(report.changes) > 200:
            print(_("  … và {n} thay đổi khác.", n=len(report.changes) - 200))
        print(report.summary())
        if report.applied:
            print(_("Đã nhập xong."))
        elif report.ok:
            print(_("Chạy thử: không có lỗi. Chạy lại không có --dry-run để nhập."))
        else:
            print(_("Không có gì được ghi."), file=sys.stderr)
    return 0 if report.ok else 3


def _export(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import data_exchange

    with session_from_args(args) as session:
        if args.format == "json":
            path = data_exchange.export_json(session, args.out).value
        else:
            path = data_exchange.export_classes_workbook(session, args.out, year=args.year,
                                                         class_names=args.class_name,
                                                         dictionary_names=args.dictionary_names).value
    print(_("Đã xuất {p}.", p=str(path)))
    return 0


def _import_json(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import data_exchange

    with session_from_args(args) as session:
        summary = data_exchange.import_json(session, args.file).value
    print_json(summary.__dict__)
    return 0


def _transfer_out(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import PlainWork, transfers

    with session_from_args(args) as session:
        # the receiving school's certificate is checked before anything is written or recorded
        written = transfers.send(PlainWork(session), args.student, args.out, args.date or session.today(),
                                 args.to, recipient_cert=args.to_cert)
    print(_("Đã đóng gói hồ sơ chuyển trường: {p}.", p=str(written.path)))
    if args.to_cert:
        print(_("Khi văn thư niêm phong, gói sẽ được mã hoá cho {n}.", n=written.recipient))
    return 0


def _transfer_in(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import PlainWork, transfers

    with session_from_args(args) as session:
        result = transfers.receive(PlainWork(session), args.file, args.class_name, args.date or session.today(),
                                   manual_entry=args.manual_entry).value
    print(_("Đã nhận học sinh {n}: {r} học bạ đã xác thực, {e} giá trị của năm học đang học.", n=result.full_name,
            r=result.records, e=result.entries))
    return 0


def _transfer_seal(args: argparse.Namespace) -> int:
    from hocbaso_desktop.cli.pin_prompt import ConsolePinPrompt
    from hocbaso_desktop.services import PlainWork, transfers

    with session_from_args(args) as session:
        sealed = transfers.seal(PlainWork(session), args.file, ConsolePinPrompt(args.pin_file), module_path=args.module,
                                token_serial=args.token_serial, recipient_cert=args.to_cert).value
    print(_("Đã niêm phong gói {p} (ký bởi {s}).", p=str(args.file), s=sealed.signer))
    if sealed.encrypted_for is not None:
        print(_("Gói đã được mã hoá cho {n}: chỉ con dấu của trường nhận mở được.", n=sealed.encrypted_for))
    else:
        print(_("Gói chỉ được niêm phong, không mã hoá (chưa có chứng thư của trường nhận: --to-cert)."))
    return 0


def _transfer_open(args: argparse.Namespace) -> int:
    from hocbaso_desktop.cli.pin_prompt import ConsolePinPrompt
    from hocbaso_desktop.services import PlainWork, transfers

    with session_from_args(args) as session:
        out = transfers.open_sealed(PlainWork(session), args.file, args.out, ConsolePinPrompt(args.pin_file),
                                    module_path=args.module, token_serial=args.token_serial).value
    print(_("Đã mở gói: {p}. Nhận học sinh bằng: hocbaso transfer in {p} --class LỚP", p=str(out)))
    return 0


def _report(args: argparse.Namespace) -> int:
    from hocbaso_desktop.cli.preload import BackgroundImports

    # openpyxl (≈ 50 ms) loads while Argon2 unlocks the database (issue 18); it shares no module with the unlock
    loading = BackgroundImports(("openpyxl",) if args.out else ())
    with session_from_args(args) as session:
        loading.wait(0)
        from hocbaso_desktop.services import export_report, school_report

        report = school_report(session, year=args.year)
        if args.out:
            print(_("Đã ghi báo cáo {p}.", p=str(export_report(session, report, args.out).value)))
        else:
            print_json(report.to_dict())
    return 0
