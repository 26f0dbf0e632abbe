"""Commands for digitising past paper pages (trích lục): import from Excel, add one page, issue with the seal."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hocbaso_desktop.cli._common import print_json, session_from_args
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import N_, _


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `trichluc import`, `trichluc add` and `trichluc issue`."""
    group = subparsers.add_parser("trichluc", help=_("số hoá học bạ giấy của các năm học trước (trích lục)"))
    commands = group.add_subparsers(dest="trichluc_cmd", required=True)
    p = commands.add_parser("import", parents=parents, help=_("nhập kết quả các năm cũ từ Excel kèm bản scan"))
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help=_("chỉ kiểm tra, không ghi gì"))
    p.add_argument("--scans", type=Path, default=None, help=_("thư mục chứa bản scan (mặc định: thư mục của tệp)"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_import)

    p = commands.add_parser("add", parents=parents, help=_("nhập tay kết quả một năm học cũ của một học sinh"))
    p.add_argument("--student", required=True, help=_("mã hệ thống của học sinh"))
    p.add_argument("--year", required=True)
    p.add_argument("--regulation", required=True, choices=("58/2011", "22/2021", "27/2020"))
    p.add_argument("--scan", type=Path, required=True, help=_("bản scan trang học bạ (PDF, PNG, JPEG)"))
    p.add_argument("--results", type=Path, default=None, help=_("tệp JSON kết quả (grade, class_name, subjects, ...)"))
    p.add_argument("--grade", type=int, default=None)
    p.add_argument("--class", dest="class_name", default=None)
    p.add_argument("--subject", action="append", default=[], help=_("MÔN=GIÁ TRỊ, ví dụ Toán=8.5 (lặp lại được)"))
    for name, text in (("learning", N_("học lực / kết quả học tập")), ("conduct", N_("hạnh kiểm / rèn luyện")),
                       ("average", N_("điểm trung bình các môn")), ("title", N_("danh hiệu")),
                       ("comment", N_("nhận xét"))):
        p.add_argument(f"--{name}", default="", help=_(text))  # i18n: table
    p.add_argument("--absences", type=int, default=None)
    p.add_argument("--promoted", choices=("yes", "no"), default=None)
    p.set_defaults(handler=_add)

    p = commands.add_parser("issue", parents=parents, help=_("ký số con dấu và phát hành bản chuyển đổi"))
    p.add_argument("--year", required=True)
    p.add_argument("--student", default=None)
    p.add_argument("--module", default=None)
    p.add_argument("--token-serial", default=None)
    p.add_argument("--pin-file", type=Path, default=None)
    p.set_defaults(handler=_issue)


def _import(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import PlainWork, legacy_pages

    with session_from_args(args) as session:
        try:
            report = legacy_pages.import_file(PlainWork(session), args.file, args.scans, args.dry_run).value
        except legacy_pages.TrichlucRejectedError as exc:
            report = exc.report
    if args.json:
        print_json(report.to_dict())
        return 0 if report.ok else 3
    for problem in report.problems:
        print(_("LỖI {p}", p=str(problem)))
    for line in report.pages:
        print("  " + line)
    if report.applied:
        print(_("Đã lưu {n} bản chuyển đổi; chờ văn thư ký số con dấu (hocbaso trichluc issue).", n=len(report.pages)))
    elif report.ok:
        print(_("Chạy thử: không có lỗi. Chạy lại không có --dry-run để lưu."))
    else:
        print(_("Không có gì được ghi."), file=sys.stderr)
    return 0 if report.ok else 3


def _legacy_result(args: argparse.Namespace):
    from hocbaso_desktop.domain import catalogue, legacy

    data = json.loads(args.results.read_text(encoding="utf-8")) if args.results else {}
    subjects = [(s["name"], str(s["value"]), str(s.get("test", ""))) for s in data.get("subjects", [])]
    for item in args.subject:
        name, sep, value = item.partition("=")
        if not sep:
            raise InvalidInputError(_("--subject cần dạng MÔN=GIÁ TRỊ: “{s}”.", s=item), field="subject")
        subjects.append((name.strip(), value.strip(), ""))
    grade = args.grade or int(data.get("grade", 0))
    rows = []
    for name, value, test in subjects:
        found = legacy.legacy_subject_code(name) if args.regulation == legacy.TT58 else None
        if found is None and grade:
            level = Level.TIEU_HOC if grade <= 5 else Level.THCS if grade <= 9 else Level.THPT
            spec = (catalogue.find_subject(catalogue.subjects_for(level, grade), name)
                    or catalogue.find_subject(catalogue.subjects_for(level, grade, combined_art=True), name))
            found = (spec.code, spec.name) if spec else None
        if found is None:
            raise InvalidInputError(_("Môn “{m}” không có trong danh sách môn.", m=name), field="subject")
        rows.append(legacy.LegacySubject(found[0], found[1], value, test))
    promoted = {"yes": True, "no": False}.get(args.promoted or "", data.get("promoted"))
    absences = args.absences if args.absences is not None else data.get("absences")
    return legacy.LegacyYearResult(
        regulation=args.regulation, year=args.year, grade=grade, class_name=args.class_name or data.get("class_name", ""),
        subjects=tuple(rows), learning=args.learning or data.get("learning", ""),
        conduct=args.conduct or data.get("conduct", ""), average=str(args.average or data.get("average", "")),
        absences=absences, promoted=promoted, title=args.title or data.get("title", ""),
        comment=args.comment or data.get("comment", ""))


def _add(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import PlainWork, legacy_pages

    result = _legacy_result(args)
    with session_from_args(args) as session:
        page = legacy_pages.TrichlucPage(args.student, result, args.scan.read_bytes(), args.scan.name)
        record_id = legacy_pages.add_page(PlainWork(session), page).value
    print(_("Đã lưu bản chuyển đổi {id}; chờ văn thư ký số con dấu.", id=record_id))
    return 0


def _issue(args: argparse.Namespace) -> int:
    from hocbaso_desktop.cli.pin_prompt import ConsolePinPrompt
    from hocbaso_desktop.services import PlainWork, legacy_pages

    with session_from_args(args) as session:
        work = PlainWork(session)
        items = legacy_pages.pending_seal(work, args.year, args.student)
        if not items:
            print(_("Không có bản chuyển đổi nào chờ ký số con dấu."))
            return 0
        print(_("Sẽ ký số con dấu {n} bản chuyển đổi:", n=len(items)))
        for item in items:
            print(f"  {item.student_name}  ({item.record_id[:8]} v{item.version}, {item.payload_sha256[:12]})")
        result = legacy_pages.seal_pages(work, items, ConsolePinPrompt(args.pin_file), module_path=args.module,
                                         token_serial=args.token_serial, on_issued=lambda i, n, it: print(
                _("  [{i}/{n}] đã phát hành {name}", i=i, n=n, name=it.student_name), file=sys.stderr))
    print(_("Đã phát hành {n} bản chuyển đổi.", n=result.issued))
    if result.stopped_by:
        print(_("Dừng lại: {m}\nChạy lại lệnh để ký tiếp {r} bản còn lại.", m=result.stopped_by, r=result.remaining),
              file=sys.stderr)
        return 3
    return 0
