"""Foundation commands: init, demo, users, students, backup, restore, audit verify."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from hocbaso_desktop.cli._common import (
    db_path_from_args,
    print_json,
    read_password,
    session_from_args,
    username_from_args,
)
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import N_, _
from hocbaso_desktop.domain.model import Level, PartialDate, School, Sex, Student
from hocbaso_desktop.domain.roles import Role


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    """Add the foundation commands."""
    p = subparsers.add_parser("init", parents=parents, help=_("tạo cơ sở dữ liệu cho một trường mới"))
    p.add_argument("--school-code", required=True)
    p.add_argument("--school-name", required=True)
    p.add_argument("--level", required=True, choices=[lv.value for lv in Level])
    p.add_argument("--admin", required=True, help=_("tên đăng nhập của quản trị viên đầu tiên"))
    p.add_argument("--admin-name", default="", help=_("họ tên quản trị viên"))
    p.add_argument("--so-name", default="")
    p.add_argument("--province", default="")
    p.add_argument("--commune", default="")
    p.set_defaults(handler=_init)

    p = subparsers.add_parser("demo", parents=parents, help=_("tạo trường mẫu có dữ liệu đầy đủ"))
    p.add_argument("--level", default=Level.TIEU_HOC, choices=[Level.TIEU_HOC, Level.THCS])
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--issued", action="store_true", help=_("ký và phát hành học bạ của một số lớp (cần SoftHSM2)"))
    p.add_argument("--remote-signing", action="store_true",
                   help=_("gắn một giáo viên chủ nhiệm (lớp 3A) với dịch vụ ký số từ xa mẫu (CSC)"))
    p.add_argument("--csc-port", type=int, default=8766, help=_("cổng của dịch vụ ký số từ xa mẫu"))
    p.add_argument("--school-code", default=None,
                   help=_("mã trường của trường mẫu (8 chữ số), để nhiều trường mẫu cùng đồng bộ lên một máy chủ"))
    p.add_argument("--school-name", default=None, help=_("tên trường mẫu"))
    p.add_argument("--students", type=int, default=None,
                   help=_("số học sinh của trường mẫu (mặc định: 2 lớp mỗi khối, 30 học sinh mỗi lớp)"))
    p.set_defaults(handler=_demo)

    users = subparsers.add_parser("users", help=_("quản lý tài khoản")).add_subparsers(dest="users_cmd", required=True)
    p = users.add_parser("add", parents=parents, help=_("thêm tài khoản (mật khẩu được hỏi)"))
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.add_argument("--name", required=True, help=_("họ tên"))
    p.set_defaults(handler=_users_add)
    p = users.add_parser("list", parents=parents, help=_("liệt kê tài khoản"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_users_list)
    p = users.add_parser("passwd", parents=parents, help=_("đổi mật khẩu của tài khoản"))
    p.add_argument("username")
    p.set_defaults(handler=_users_passwd)
    p = users.add_parser("disable", parents=parents, help=_("khoá tài khoản"))
    p.add_argument("username")
    p.set_defaults(handler=_users_disable)
    p = users.add_parser("set-role", parents=parents, help=_("đổi vai trò (hạ quyền thì đổi khoá mã hoá)"))
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=[r.value for r in Role])
    p.set_defaults(handler=_users_set_role)

    st = subparsers.add_parser("students", help=_("học sinh")).add_subparsers(dest="students_cmd", required=True)
    p = st.add_parser("list", parents=parents, help=_("danh sách học sinh của lớp"))
    p.add_argument("--class", dest="class_name", required=True)
    p.add_argument("--year", default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_students_list)
    p = st.add_parser("add", parents=parents, help=_("thêm học sinh vào lớp"))
    p.add_argument("--class", dest="class_name", required=True)
    p.add_argument("--year", default=None)
    p.add_argument("--name", required=True, help=_("họ và tên"))
    p.add_argument("--sex", required=True, choices=["nam", "nu"])
    p.add_argument("--birth", required=True, help=_("ngày sinh dd/mm/yyyy"))
    p.add_argument("--personal-id", default="", help=_("số định danh cá nhân (12 chữ số)"))
    p.set_defaults(handler=_students_add)

    p = subparsers.add_parser("backup", parents=parents, help=_("sao lưu cơ sở dữ liệu (vẫn được mã hoá)"))
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(handler=_backup)
    p = subparsers.add_parser("restore", parents=parents, help=_("khôi phục từ bản sao lưu"))
    p.add_argument("file", type=Path)
    p.set_defaults(handler=_restore)

    au = subparsers.add_parser("audit", help=_("nhật ký thay đổi")).add_subparsers(dest="audit_cmd", required=True)
    p = au.add_parser("verify", parents=parents, help=_("kiểm tra chuỗi băm của nhật ký (phát hiện sửa, xoá)"))
    p.add_argument("--online", action="store_true",
                   help=_("so cả với các mốc neo mà hệ thống trung tâm lưu (cần kết nối)"))
    p.set_defaults(handler=_audit_verify)


def _init(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import school_setup

    path = db_path_from_args(args)
    school = School(args.school_code.strip(), args.school_name.strip(), Level(args.level), so_name=args.so_name,
                    province=args.province, commune=args.commune)
    password = read_password(_("Mật khẩu cho {u}: ", u=args.admin), confirm=True)
    session, recovery = school_setup.create_school(path, school, username=args.admin,
                                                   full_name=args.admin_name or args.admin, password=password)
    session.close()
    print(_("Đã tạo cơ sở dữ liệu {p}.", p=str(path)))
    print(_("MÃ KHÔI PHỤC (chỉ hiện một lần, hãy in hoặc chép lại và cất giữ an toàn):"))
    print(recovery)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from hocbaso_desktop.demo import DEFAULT_DEMO_PASSWORD, class_layout, create_demo_school

    path = db_path_from_args(args)
    password = os.environ.get("HOCBASO_PASSWORD", DEFAULT_DEMO_PASSWORD)
    code = args.school_code.strip() if args.school_code else None
    if code is not None and not (code.isdigit() and len(code) == 8):
        raise InvalidInputError(_("Mã trường phải gồm 8 chữ số."), field="school_code")
    name = args.school_name.strip() if args.school_name else None
    if args.school_name is not None and not name:
        raise InvalidInputError(_("Tên trường không được để trống."), field="school_name")
    layout = {}
    if args.students is not None:
        if args.students < 1:
            raise InvalidInputError(_("Số học sinh phải lớn hơn 0."), field="students")
        per_class, per_grade = class_layout(args.students, Level(args.level))
        layout = {"students_per_class": per_class, "classes_per_grade": per_grade}
    made = create_demo_school(path, level=args.level, seed=args.seed, password=password, school_code=code,
                              school_name=name, **layout)
    print(_("Đã tạo trường mẫu tại {p} (năm học {y}, {n} lớp).", p=str(path), y=made.year, n=len(made.class_names)))
    print(_("Tài khoản: {u}", u=", ".join(sorted(made.users))))
    if args.issued:
        from hocbaso_desktop.services import demo_signers

        first_classes = [n for n in made.class_names if n.endswith("A")][:2]
        result = demo_signers.issue_demo_pages(path, password, first_classes).value
        print(_("Đã ký và phát hành {n} học bạ (thẻ ký số mẫu: {c}, mã PIN 123456).", n=result.issued,
                c=str(result.tokens_conf)))
    if args.remote_signing:
        from hocbaso_desktop.services import demo_signers

        teacher_class = "3A" if "3A" in made.class_names else made.class_names[0]
        remote = demo_signers.bind_demo_remote(path, password, class_name=teacher_class, port=args.csc_port).value
        print(_("Giáo viên {u} ký số từ xa qua dịch vụ mẫu {url} (người dùng {r}, mã PIN {pin}). Chạy dịch vụ bằng: "
                "python -m hocbaso_server.csc --state {d} --port {p}", u=remote.username, url=remote.url,
                r=remote.remote_user, pin=demo_signers.DEMO_REMOTE_PIN, d=str(remote.state_dir), p=args.csc_port))
    return 0


def _users_add(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    with session_from_args(args) as session:
        new_password = os.environ.get("HOCBASO_NEW_PASSWORD") or read_password(
            _("Mật khẩu cho {u}: ", u=args.username), confirm=True)
        accounts.add_user(session, username=args.username, full_name=args.name, role=Role(args.role),
                          password=new_password)
    print(_("Đã tạo tài khoản {u}.", u=args.username))
    return 0


def _users_list(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    with session_from_args(args) as session:
        users = accounts.list_users(session)
    if args.json:
        print_json([{"username": u.username, "full_name": u.full_name, "role": u.role, "disabled": u.disabled}
                    for u in users])
        return 0
    for u in users:
        state = _(" (đã khoá)") if u.disabled else ""
        print(f"{u.username:<20} {Role(u.role).label:<22} {u.full_name}{state}")
    return 0


def _users_passwd(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    with session_from_args(args) as session:
        new_password = os.environ.get("HOCBASO_NEW_PASSWORD")
        if new_password is None:
            if not sys.stdin.isatty():
                raise InvalidInputError(_("Cần mật khẩu mới: nhập khi được hỏi hoặc đặt HOCBASO_NEW_PASSWORD."))
            new_password = getpass.getpass(_("Mật khẩu mới: "))
            if getpass.getpass(_("Nhập lại mật khẩu mới: ")) != new_password:
                raise InvalidInputError(_("Hai lần nhập mật khẩu không giống nhau."))
        accounts.change_password(session, args.username, new_password)
    print(_("Đã đổi mật khẩu của {u}.", u=args.username))
    return 0


def _users_disable(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    with session_from_args(args) as session:
        result = accounts.disable_user(session, args.username).value
    print(_("Đã khoá tài khoản {u} và đổi khoá mã hoá cơ sở dữ liệu.", u=args.username))
    _print_rekey(result)
    return 0


def _users_set_role(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    with session_from_args(args) as session:
        result = accounts.set_role(session, args.username, Role(args.role)).value
    print(_("Đã đổi vai trò của {u} thành {r}.", u=args.username, r=args.role))
    if result is not None:
        print(_("Vai trò bị hạ quyền: đã đổi khoá mã hoá cơ sở dữ liệu."))
        _print_rekey(result)
    return 0


def _print_rekey(result) -> None:
    if result.new_recovery_code:
        print(_("MÃ KHÔI PHỤC MỚI (ghi lại và cất giữ; mã cũ không còn dùng được): {c}", c=result.new_recovery_code))
    if result.need_new_password:
        print(_("Các tài khoản sau cần được đặt lại mật khẩu (users passwd): {u}",
                u=", ".join(result.need_new_password)))


def _students_list(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import students

    with session_from_args(args) as session:
        cls = students.resolve_class(session, args.class_name, args.year)
        rows = students.class_students(session, cls)
    if args.json:
        print_json({"class": cls.name, "year": cls.year, "students": [
            {"id": s.id, "full_name": s.full_name, "sex": s.sex.label, "birth": s.birth.display(),
             "student_code": s.student_code} for s in rows]})
        return 0
    print(_("Lớp {c} — năm học {y} — {n} học sinh", c=cls.name, y=cls.year, n=len(rows)))
    for i, s in enumerate(rows, 1):
        print(f"{i:>3}. {s.full_name:<32} {s.sex.label:<4} {s.birth.display()}")
    return 0


def _students_add(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import students

    with session_from_args(args) as session:
        cls = students.resolve_class(session, args.class_name, args.year)
        sex = Sex.MALE if args.sex == "nam" else Sex.FEMALE
        made = students.add_student(session, cls, Student("", args.name, sex, PartialDate.parse(args.birth),
                                                          personal_id=args.personal_id)).value
    print(_("Đã thêm học sinh {n} vào lớp {c}.", n=made.full_name, c=cls.name))
    return 0


def _backup(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    with session_from_args(args) as session:
        path = accounts.backup_database(session, args.out).value
    print(_("Đã sao lưu vào {p} (kèm tệp khoá {k}).", p=str(path), k=path.name + ".keys"))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import accounts

    password = read_password()
    kept = accounts.restore_backup(db_path_from_args(args), username_from_args(args), password, args.file).value
    print(_("Đã khôi phục. Bản trước khi khôi phục được giữ tại {p}.", p=str(kept)))
    return 0


def _audit_verify(args: argparse.Namespace) -> int:
    from hocbaso_desktop.services import check_audit

    with session_from_args(args) as session:
        report, anchors = check_audit(session, online=args.online)
    bad = False
    if report.ok:
        print(_("Chuỗi nhật ký khớp: {n} mục.", n=report.rows))
    else:
        bad = True
        print(_("NHẬT KÝ ĐÃ BỊ SỬA HOẶC XOÁ: mắt xích hỏng đầu tiên ở mục số {s} ({r}).",
                s=report.first_broken_seq, r=_(AUDIT_BREAKS.get(report.reason, report.reason))),  # i18n: table
              file=sys.stderr)
    if anchors.ok:
        print(_("Mốc neo: {a} mốc có chữ ký hợp lệ, khớp đến mục số {s}.", a=anchors.anchors, s=anchors.anchored_to))
    else:
        bad = True
        print(_("NHẬT KÝ KHÁC VỚI MỐC NEO ĐÃ KÝ: mục số {s} là mục đầu tiên khác ({r}).",
                s=anchors.first_differing_seq, r=anchors.reason), file=sys.stderr)
    if bad:
        return 3
    print(_("Nhật ký toàn vẹn."))
    return 0


AUDIT_BREAKS = {"content": N_("nội dung mục đã bị sửa"), "link": N_("mục không nối với mục trước"),
                "missing": N_("thiếu mục ở giữa"), "truncated": N_("các mục cuối cùng đã bị xoá")}

