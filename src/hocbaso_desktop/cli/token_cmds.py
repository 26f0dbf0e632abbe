"""`hocbaso token …`: inspect PKCS#11 modules, tokens and certificates (no database needed)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from hocbaso_desktop.domain.i18n import N_, _, format_date

if TYPE_CHECKING:
    from hocbaso_desktop.services import token_devices

_KEY_USAGE_VI = {"digital_signature": N_("ký số"), "content_commitment": N_("chống chối bỏ"),
                 "key_encipherment": N_("mã hóa khóa"), "data_encipherment": N_("mã hóa dữ liệu"),
                 "key_agreement": N_("thỏa thuận khóa"), "key_cert_sign": N_("ký chứng thư"), "crl_sign": N_("ký CRL")}


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the `token` command group (it needs none of the shared database options)."""
    p = subparsers.add_parser("token", help=_("Thiết bị ký số (USB token)"))
    sub = p.add_subparsers(dest="token_command", required=True)
    lst = sub.add_parser("list", help=_("Liệt kê thư viện PKCS#11, thiết bị ký và chứng thư số"))
    lst.add_argument("--module", metavar="PATH", help=_("đường dẫn thư viện PKCS#11 (DLL/.so)"))
    lst.add_argument("--json", action="store_true", help=_("in kết quả dạng JSON"))
    lst.set_defaults(handler=_list)


def _token_dict(view: token_devices.TokenView) -> dict[str, Any]:
    """JSON form of one token and its certificates."""
    token, problem = view.token, view.problem
    return {
        "slot": token.slot, "label": token.label, "serial": token.serial, "manufacturer": token.manufacturer,
        "model": token.model, "flags": token.flags, "pin_count_low": token.pin_count_low,
        "pin_final_try": token.pin_final_try, "pin_locked": token.pin_locked,
        "protected_auth_path": token.protected_auth_path, "error": problem,
        "certificates": [{
            "subject_cn": c.subject_cn, "subject": c.subject, "issuer": c.issuer,
            "not_before": c.not_before.isoformat(), "not_after": c.not_after.isoformat(),
            "key_usage": list(c.key_usage), "key_id": c.key_id.hex(), "has_private_key": c.has_private_key,
        } for c in view.certificates or []],
    }


def _list(args: argparse.Namespace) -> int:
    """List modules, then for each usable module its tokens with their certificates."""
    from hocbaso_desktop.services import token_devices

    modules = token_devices.modules(args.module)
    # With --module only that module is asked; otherwise every loadable module found on this machine.
    targets = [args.module] if args.module else [m.path for m in modules if m.loadable]
    scans = {path: token_devices.scan(path) for path in targets}  # a load failure comes back as the module's error
    failed = any(found.problem for found in scans.values())
    if args.json:
        json.dump({"modules": [m.__dict__ for m in modules],
                   "scans": [{"module": path, "error": found.problem, "tokens": [_token_dict(t) for t in found.tokens]}
                             for path, found in scans.items()]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 3 if failed else 0
    print(_("Thư viện PKCS#11:"))
    for m in modules:
        state = _("dùng được") if m.loadable else (m.problem or _("không dùng được"))
        print(f"  [{m.source}] {m.vendor or '?'}: {m.path} — {state}")
    if not targets:
        print(_("Không tìm thấy thư viện PKCS#11 nào dùng được; hãy chỉ ra bằng --module."), file=sys.stderr)
        return 3
    for path, found in scans.items():
        if found.problem:
            print(found.problem, file=sys.stderr)
        elif not found.tokens:
            print(_("Không có thiết bị ký nào được cắm vào máy (thư viện {path}).", path=path))
        for view in found.tokens:
            _print_token(view, path)
    return 3 if failed else 0


def _print_token(view: token_devices.TokenView, module: str) -> None:
    """Print one token, its PIN state and its certificates."""
    token, certs, problem = view.token, view.certificates, view.problem
    print(_("Thiết bị ký \"{label}\" — số sê-ri {serial} — {maker} {model} (khe {slot}, thư viện {module})",
            label=token.label, serial=token.serial, maker=token.manufacturer, model=token.model, slot=token.slot,
            module=module))
    flags = [text for on, text in ((token.pin_locked, _("PIN bị khóa")),
                                    (token.pin_final_try, _("còn 1 lần thử PIN")),
                                    (token.pin_count_low, _("đã nhập sai PIN")),
                                    (token.protected_auth_path, _("nhập PIN trên thiết bị"))) if on]
    if flags:
        print("    " + ", ".join(flags))
    if problem:
        print("    " + problem)
    for c in certs or []:
        usage = ", ".join(_(_KEY_USAGE_VI.get(u, u)) for u in c.key_usage) or "—"  # i18n: table
        print(_("    • {cn} — cấp bởi {issuer} — hiệu lực {start} đến {end} — {usage} — mã khóa {kid}{nokey}",
                cn=c.subject_cn, issuer=c.issuer_cn, start=format_date(c.not_before),
                end=format_date(c.not_after), usage=usage, kid=c.key_id.hex() or "—",
                nokey="" if c.has_private_key else _(" (không có khóa bí mật)")))
