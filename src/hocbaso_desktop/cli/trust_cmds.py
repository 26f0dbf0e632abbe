"""`hocbaso trust …`: the school's trust list (roots and intermediate CAs), each confirmed by its fingerprint."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hocbaso_desktop.cli._common import read_input_file, session_from_args
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import VIETNAM_TIME, _, format_date

if TYPE_CHECKING:
    from hocbaso_desktop.services import trust_list


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add trust add, trust list and trust known."""
    tr = subparsers.add_parser("trust", help=_("danh sách tin cậy: chứng thư gốc và CA trung gian")).add_subparsers(
        dest="trust_cmd", required=True)
    p = tr.add_parser("add", parents=parents, help=_("thêm chứng thư gốc hoặc CA trung gian (PEM, DER, .p7b/.p7c)"))
    p.add_argument("cert", type=Path)
    p.add_argument("--fingerprint", action="append", default=[], metavar="SHA256",
                   help=_("dấu vân tay SHA-256 đã đối chiếu với trang của tổ chức phát hành (xác nhận không cần "
                          "hỏi; lặp lại cho mỗi chứng thư của tệp)"))
    p.set_defaults(handler=_trust_add)
    p = tr.add_parser("list", parents=parents, help=_("liệt kê danh sách tin cậy, với dấu vân tay SHA-256"))
    p.set_defaults(handler=_trust_list)
    p = tr.add_parser("known", help=_("các chứng thư gốc và CA đã biết của Việt Nam (nơi tải, dấu vân tay công bố)"))
    p.set_defaults(handler=_trust_known)



def _print_candidate(c: trust_list.TrustCandidate) -> None:
    """One certificate of a trust file, as the administrator must check it."""
    kind = _("Chứng thư gốc (trust anchor)") if c.kind == "anchor" else _("Chứng thư CA trung gian")
    print(f"{kind}: {c.subject}")
    print(_("  Cấp bởi: {i}", i=c.issuer))
    print(_("  SHA-256: {h}", h=c.sha256))
    if c.known is not None:
        same = c.known.claimed_sha256 == c.sha256
        print(_("  Có vẻ là: {n} — {p}; tải tại {u}", n=c.known.name, p=c.known.publisher, u=c.known.download))
        print(_("  Dấu vân tay công bố: {f}{m}", f=c.known.fingerprint_note,
                m=_(" — KHỚP") if same else (_(" — KHÔNG KHỚP") if c.known.claimed_sha256 else "")))
    else:
        print(_("  Không có trong danh sách CA đã biết của Việt Nam (“hocbaso trust known”)."))


def _confirmed(candidates: list[trust_list.TrustCandidate], given: list[str]) -> set[str]:
    """The fingerprints the administrator confirmed: given with --fingerprint, or answered on the console."""
    wanted = {c.sha256 for c in candidates}
    confirmed = {g.lower().replace(":", "") for g in given}
    if wanted <= confirmed:
        return confirmed
    print(_("Hãy đối chiếu dấu vân tay SHA-256 ở trên với trang của tổ chức phát hành. Gõ “có” để xác nhận, "
            "phím khác để hủy: "), end="", flush=True)
    answer = sys.stdin.readline().strip().casefold()
    if answer in {"có", "co", "c", "y", "yes"}:
        return confirmed | wanted
    raise InvalidInputError(_("Chưa xác nhận dấu vân tay; không thêm chứng thư nào. Chạy lại và xác nhận, hoặc dùng "
                              "--fingerprint <SHA-256> sau khi đã đối chiếu."))


def _trust_add(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import trust_list

    with session_from_args(args) as session:
        candidates = trust_list.candidates(read_input_file(args.cert, trust_list.MAX_TRUST_FILE_BYTES))
        for c in candidates:
            _print_candidate(c)
        added = trust_list.add(session, read_input_file(args.cert, trust_list.MAX_TRUST_FILE_BYTES),
                               _confirmed(candidates, args.fingerprint)).value
        anchors = sum(1 for c in added if c.kind == trust_list.ANCHOR)
        print(_("Đã thêm {a} chứng thư gốc và {i} chứng thư CA trung gian vào danh sách tin cậy.", a=anchors,
                i=len(added) - anchors))
        return 0


def _trust_list(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import trust_list

    with session_from_args(args) as session:
        entries = trust_list.entries(session)
        if not entries:
            print(_("Danh sách tin cậy trống. Thêm chứng thư gốc bằng “hocbaso trust add”."))
        for e in entries:
            kind = _("gốc") if e.kind == trust_list.ANCHOR else _("trung gian")
            known = f" [{e.known.name}]" if e.known else ""
            print(f"{kind:<10}  {e.sha256}  {e.subject}{known}  ({e.added_by}, {format_date(datetime.fromisoformat(e.added_at).astimezone(VIETNAM_TIME))})")
        return 0


def _trust_known(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import trust_list

    for ca in trust_list.KNOWN_CAS:
        kind = _("gốc") if ca.kind == "anchor" else _("CA cấp dưới")
        print(f"{ca.name} ({kind}) — {ca.publisher}")
        print(_("  Tải tại: {u}", u=ca.download))
        print(_("  SHA-256 công bố: {f}", f=ca.fingerprint_note))
    print(_("Dấu vân tay ở trên chép từ trang của tổ chức phát hành, chương trình chưa xác minh. Không chứng thư nào "
            "được tin cậy khi chưa được quản trị viên xác nhận."))
    return 0
