"""`hocbaso config set|get|list`: the school's settings (administrator), with their explanations."""

from __future__ import annotations

import argparse

from hocbaso_desktop.cli._common import print_json, session_from_args
from hocbaso_desktop.domain.i18n import _


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add `config set`, `config get` and `config list`."""
    cfg = subparsers.add_parser("config", help=_("cài đặt của trường (quản trị viên)")).add_subparsers(
        dest="config_cmd", required=True)
    p = cfg.add_parser("set", parents=parents, help=_("đặt một cài đặt (giá trị rỗng: trở về mặc định)"))
    p.add_argument("key", help=_("tên cài đặt, ví dụ signing.tsa_url (xem: hocbaso config list)"))
    p.add_argument("value", help=_("giá trị mới (rỗng: trở về mặc định)"))
    p.set_defaults(handler=_set)
    p = cfg.add_parser("get", parents=parents, help=_("xem một cài đặt"))
    p.add_argument("key", help=_("tên cài đặt, ví dụ signing.tsa_url (xem: hocbaso config list)"))
    p.set_defaults(handler=_get)
    p = cfg.add_parser("list", parents=parents, help=_("xem mọi cài đặt kèm giải thích"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_list)


def _set(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import school_settings

    with session_from_args(args) as session:
        spec = school_settings.spec(args.key)
        stored = school_settings.set_value(session, args.key, args.value).value
    shown = _(school_settings.SECRET_SHOWN) if spec.secret and stored else stored  # i18n: table
    print(_("Đã đặt {k} = {v}.", k=args.key, v=shown) if stored is not None
          else _("Đã xoá {k} (dùng giá trị mặc định).", k=args.key))
    return 0


def _get(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import school_settings

    with session_from_args(args) as session:
        value = school_settings.shown_value(session, args.key)
    print("" if value is None else value)
    return 0


def _list(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import school_settings

    with session_from_args(args) as session:
        rows = school_settings.list_settings(session)
    if args.json:
        print_json([{"key": s.key, "value": v, "label": _(s.label),  # i18n: table
                     "explanation": _(s.explanation)} for s, v in rows])  # i18n: table
        return 0
    for s, value in rows:
        print(f"{s.key} = {'' if value is None else value}")
        print(f"    {_(s.label)}: {_(s.explanation)}")  # i18n: table
    return 0
