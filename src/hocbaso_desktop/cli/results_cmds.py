"""`hocbaso results` (a class's computed results with reasons) and `hocbaso entry-window` (open/close a checkpoint)."""

from __future__ import annotations

import argparse

from hocbaso_desktop.cli._common import print_json, session_from_args
from hocbaso_desktop.domain.assessment import PERIOD_NAMES
from hocbaso_desktop.domain.evaluator_json import year_result_json
from hocbaso_desktop.domain.i18n import _


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the results and entry-window commands."""
    p = subparsers.add_parser("results", parents=parents, help=_("kết quả đánh giá của một lớp, kèm lý do"))
    p.add_argument("--class", dest="class_name", required=True)
    p.add_argument("--year", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_results)
    p = subparsers.add_parser("entry-window", parents=parents, help=_("mở hoặc đóng đợt nhập đánh giá"))
    p.add_argument("action", choices=["open", "close"])
    p.add_argument("--year", required=True)
    p.add_argument("--period", required=True, choices=sorted(PERIOD_NAMES))
    p.set_defaults(handler=_window)


def _results(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import results, students

    with session_from_args(args) as session:
        cls = students.resolve_class(session, args.class_name, args.year)
        computed = results.class_results(session, cls)
    rows = [{"student_id": r.student.id, "full_name": r.student.full_name, **year_result_json(r.result)}
            for r in computed.rows]
    if args.json:
        print_json({"class": cls.name, "year": cls.year, "level": computed.level.value, "students": rows})
        return 0
    print(_("Kết quả lớp {c} — năm học {y}", c=cls.name, y=cls.year))
    for i, row in enumerate(rows, 1):
        outcome = row.get("result") or (row.get("learning") or {}).get("year") or _("chưa đủ dữ liệu")
        print(f"{i:>3}. {row['full_name']:<32} {outcome}")
        for reason in row["reasons"]:
            print(f"       - {reason}")
    return 0


def _window(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import assessment_entry

    with session_from_args(args) as session:
        assessment_entry.open_entry_window(session, args.year, args.period, args.action == "open")
    state = _("mở") if args.action == "open" else _("đóng")
    print(_("Đã {s} đợt nhập {p} năm học {y}.", s=state, p=_(PERIOD_NAMES[args.period]), y=args.year))  # i18n: table
    return 0
