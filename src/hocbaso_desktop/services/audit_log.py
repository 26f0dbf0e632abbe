"""The audit log for people: Vietnamese sentences, Vietnam time, filters, export to Excel.

The chain itself (storage/audit.py) keeps machine names (`record.sign`, `setting.set`) and ids; this
module turns each row into what a principal or an inspector reads: "Hiệu trưởng Nguyễn Thu Xuân ký
học bạ của Hoàng Diệu Vy, lớp 1A, phiên bản 1". Filters: who, what (a kind of action), when (dates
in Vietnam), which student (part of the name, without caring about case).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import PERIOD_NAMES, PSEUDO_NAMES, component_title
from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.domain.i18n import N_, VIETNAM_TIME, _, format_time, nfc
from hocbaso_desktop.domain.roles import Action, Role, require
from hocbaso_desktop.services.changes import Changed, audited
from hocbaso_desktop.storage import audit, records_repo, school_repo, users_repo

# What each action says, after the person's title and name. {obj} is the object it is about.
VERBS = {
    "record.lock": N_("khoá để ký học bạ của {obj}"),
    "record.unlock": N_("mở khoá học bạ của {obj}"),
    "record.sign": N_("ký học bạ của {obj}"),
    "record.issue": N_("phát hành học bạ của {obj}"),
    "record.revoke": N_("thu hồi học bạ của {obj}"),
    "record.timestamp": N_("gắn dấu thời gian cho học bạ của {obj}"),
    "record.trichluc": N_("lập trích lục học bạ giấy của {obj}"),
    "record.export": N_("xuất tệp học bạ của {obj}"),
    "assessment.set": N_("sửa điểm, nhận xét của {obj}"),
    "assessment.bulk": N_("nhập điểm hàng loạt năm học {obj}"),
    "student.add": N_("thêm học sinh {obj}"), "student.create": N_("thêm học sinh {obj}"),
    "student.update": N_("sửa thông tin học sinh {obj}"),
    "student.transfer_in": N_("nhận học sinh chuyển đến {obj}"),
    "transfer.in": N_("nhập hồ sơ chuyển trường của {obj}"), "transfer.out": N_("xuất hồ sơ chuyển trường của {obj}"),
    "user.add": N_("tạo tài khoản {obj}"), "user.disable": N_("khoá tài khoản {obj}"),
    "user.passwd": N_("đổi mật khẩu tài khoản {obj}"),
    "setting.set": N_("đổi cài đặt {obj}"), "sync.configure": N_("cấu hình máy chủ đồng bộ"),
    "sync.export_bundle": N_("xuất gói đồng bộ ra USB"), "sync.import_receipts": N_("nhập biên nhận đồng bộ"),
    "trust.add": N_("thêm chứng thư gốc tin cậy {obj}"),
    "certificate.bind": N_("đăng ký chứng thư số {obj}"),
    "entry_window.set": N_("mở/đóng đợt nhập điểm {obj}"), "entry_window.open": N_("mở đợt nhập điểm {obj}"),
    "entry_window.close": N_("đóng đợt nhập điểm {obj}"),
    "class.create": N_("tạo lớp {obj}"),
    "backup.create": N_("sao lưu dữ liệu"), "backup.restore": N_("khôi phục dữ liệu từ bản sao lưu"),
    "import.xlsx": N_("nhập dữ liệu từ tệp Excel {obj}"), "import.json": N_("nhập dữ liệu từ tệp JSON"),
    "export.xlsx": N_("xuất dữ liệu ra Excel năm học {obj}"), "export.template": N_("xuất mẫu nhập liệu lớp {obj}"),
    "export.report": N_("xuất báo cáo năm học {obj}"), "export.json": N_("xuất dữ liệu ra tệp JSON"),
    "print.copy": N_("in bản sao học bạ của {obj}"), "print.book": N_("in học bạ của {obj}"),
    "export.audit": N_("xuất nhật ký ra Excel {obj}"),
}
# The "what" filter: a kind of action → the action names (or prefixes ending in ".") it covers.
KINDS = {
    "sign": (N_("Khoá, ký, phát hành học bạ"), ("record.lock", "record.unlock", "record.sign", "record.issue",
                                             "record.timestamp")),
    "revoke": (N_("Thu hồi học bạ"), ("record.revoke",)),
    "grades": (N_("Nhập, sửa điểm và nhận xét"), ("assessment.",)),
    "students": (N_("Học sinh, chuyển trường"), ("student.", "transfer.")),
    "print": (N_("In, xuất tệp"), ("print.", "export.", "record.export", "record.trichluc")),
    "settings": (N_("Cài đặt, chứng thư số, đợt nhập"), ("setting.", "sync.configure", "trust.", "certificate.",
                                                    "entry_window.")),
    "accounts": (N_("Tài khoản"), ("user.",)),
    "data": (N_("Nhập dữ liệu, sao lưu, đồng bộ"), ("import.", "backup.", "sync.export_bundle", "sync.import_receipts")),
}
SETTING_TITLES = {
    "sync.server_url": N_("địa chỉ máy chủ trung tâm"), "sync.api_token": N_("mã truy cập (API token)"),
    "sync.interval_minutes": N_("chu kì đồng bộ"), "token.pkcs11_module": N_("phần mềm thiết bị ký (PKCS#11)"),
    "signing.timestamp_url": N_("máy chủ dấu thời gian"), "signing.tsa_url": N_("máy chủ dấu thời gian"),
    "signing.trust_list": N_("danh sách tin cậy"), "signing.required_roles": N_("người ký bắt buộc"),
    "ui.lock_minutes": N_("thời gian tự khoá màn hình"),
}
ROLE_NAMES = {"gvcn": N_("giáo viên chủ nhiệm"), "principal": N_("hiệu trưởng"), "seal": N_("con dấu của trường")}


@dataclass(frozen=True)
class AuditLine:
    """One entry as people read it."""

    seq: int
    at: str          # dd/mm/yyyy hh:mm, Vietnam time
    who: str         # "Hiệu trưởng Nguyễn Thu Xuân"
    action: str      # "ký học bạ"
    about: str       # "Hoàng Diệu Vy, lớp 1A, phiên bản 1"
    sentence: str    # the whole sentence


@dataclass(frozen=True)
class AuditView:
    """What the audit screen shows: matching lines, the chain check, and the choices of its filters."""

    lines: tuple[AuditLine, ...]
    report: audit.AuditReport
    people: tuple[tuple[str, str], ...]   # (username, "Hiệu trưởng Nguyễn Thu Xuân")
    kinds: tuple[tuple[str, str], ...]    # (key, label)


class _Names:
    """Looks up the people, students, classes and records the rows name (read once per query)."""

    def __init__(self, db) -> None:
        self.db = db
        self.users = {u.username: u for u in users_repo.list_users(db)}
        self.students = school_repo.student_names(db)
        self.classes = {c.id: c.name for c in school_repo.list_classes(db)}
        self.records = records_repo.owners(db)
        self.subjects = catalogue.subject_names()

    def person(self, username: str) -> str:
        account = self.users.get(username)
        if account is None:
            return username
        try:
            title = Role(account.role).label
        except ValueError:
            title = ""
        return f"{title} {account.full_name}".strip()

    def record(self, entity_id: str) -> tuple[str, str]:
        """(text, student id) of a record row's object."""
        record_id, _sep, version = entity_id.partition("/")
        student_id, class_id = self.records.get(record_id, ("", ""))
        parts = [self.students.get(student_id, _("học sinh không rõ"))]
        if class_id in self.classes:
            parts.append(_("lớp {c}", c=self.classes[class_id]))
        if version:
            parts.append(_("phiên bản {v}", v=version))
        return ", ".join(parts), student_id


def _about(entry: audit.AuditEntry, names: _Names) -> tuple[str, str]:
    """(object text, student id or "") for a row."""
    if entry.entity == "record":
        return names.record(entry.entity_id)
    if entry.entity == "student":
        name = names.students.get(entry.entity_id, entry.entity_id)
        if entry.action == "assessment.set" and isinstance(entry.before, dict):
            b = entry.before
            subject = b.get("subject", "")
            detail = _("{s}, {p}, {c}: “{old}” → “{new}”", s=names.subjects.get(subject, PSEUDO_NAMES.get(subject, subject)),
                       p=PERIOD_NAMES.get(b.get("period", ""), b.get("period", "")),
                       c=component_title(subject, b.get("component", "")), old=b.get("value") or "",
                       new=(entry.after or {}).get("value") or "")
            return f"{name} ({detail})", entry.entity_id
        return name, entry.entity_id
    if entry.entity == "user":
        return names.person(entry.entity_id), ""
    if entry.entity == "setting":
        return _(SETTING_TITLES.get(entry.entity_id, entry.entity_id)), ""  # i18n: table
    if entry.entity == "class":
        return names.classes.get(entry.entity_id, entry.entity_id), ""
    if entry.entity == "entry_window":
        year, _sep, period = entry.entity_id.partition("/")
        return _("{p}, năm học {y}", p=PERIOD_NAMES.get(period, period), y=year), ""
    if entry.entity == "file":
        return Path(entry.entity_id).name, ""
    return entry.entity_id, ""


def describe(entry: audit.AuditEntry, names: _Names) -> AuditLine:
    """One row as a Vietnamese sentence."""
    who = names.person(entry.actor)
    about, _sid = _about(entry, names)
    action = entry.action
    if action == "entry_window.set" and isinstance(entry.after, dict):
        action = "entry_window.open" if entry.after.get("open") else "entry_window.close"
    verb = _(VERBS.get(action, action + " {obj}"), obj=about).strip()  # i18n: table
    if entry.action == "record.sign" and isinstance(entry.after, dict) and entry.after.get("role") in ROLE_NAMES:
        verb += _(" (với vai trò {r})", r=_(ROLE_NAMES[entry.after["role"]]))  # i18n: table
    reason = (entry.after or {}).get("reason") if isinstance(entry.after, dict) else None
    if reason:
        verb += _("; lý do: {r}", r=reason)
    short = _(VERBS.get(action, action + " {obj}"), obj="").replace(" của", "").strip()  # i18n: table
    return AuditLine(entry.seq, format_time(entry.at), who, short, about, nfc(f"{who} {verb}."))


def _bound(day: date | None) -> str | None:
    """Midnight of a Vietnam day, as the UTC text the log stores."""
    if day is None:
        return None
    moment = datetime.combine(day, time(0, 0), tzinfo=VIETNAM_TIME).astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def _fold(text: str) -> str:
    return nfc(text).casefold().strip()


def audit_log(session, *, actor: str | None = None, kind: str | None = None, since: date | None = None,
              until: date | None = None, student: str = "", limit: int = 2000) -> AuditView:
    """The log as sentences, newest first, filtered by who, what, when (Vietnam days, inclusive) and student."""
    require(session.user, Action.VIEW_AUDIT)
    db = session.db
    names = _Names(db)
    entity_ids = None
    if student.strip():
        wanted = _fold(student)
        ids = {sid for sid, name in names.students.items() if wanted in _fold(name)}
        entity_ids = (*ids, *(rid for rid, (sid, _cid) in names.records.items() if sid in ids))
    rows = audit.search(db, actor=actor or None, actions=KINDS[kind][1] if kind in KINDS else (),
                        since=_bound(since), until=_bound(until + timedelta(days=1)) if until else None,
                        entity_ids=entity_ids, limit=limit)
    people = tuple(sorted(((u, names.person(u)) for u in names.users), key=lambda p: p[1]))
    return AuditView(tuple(describe(r, names) for r in rows), audit.verify(db), people,
                     tuple((k, _(label)) for k, (label, _a) in KINDS.items()))  # i18n: table


def export_audit(session, lines: Sequence[AuditLine], out: Path | str) -> Changed[Path]:
    """Save the lines shown (the filters applied) as an Excel workbook; audited like every export."""
    from hocbaso_desktop.dataio.audit_xlsx import write_audit_xlsx

    require(session.user, Action.VIEW_AUDIT)
    try:
        path = write_audit_xlsx([(x.at, x.who, x.action, x.about, x.sentence) for x in lines], out)
    except OSError as exc:
        expected = as_expected(exc)
        if expected is None:
            raise
        raise expected from exc
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action="export.audit", entity="file",
                     entity_id=str(path), before=None, after={"rows": len(lines)})
    return Changed(path, audited())

__all__ = ["KINDS", "AuditLine", "AuditView", "audit_log", "describe", "export_audit"]
