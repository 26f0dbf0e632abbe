"""Roles and what each may do: the role × action table, enforced below the interface.

Every use case calls `require(user, action, scope)` before it reads or changes anything. The table is
the single source of truth; tests cover every cell (allowed and denied). Scope checks (own class,
own subject) are part of the decision: a homeroom teacher may enter conduct only for their class.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from hocbaso_desktop.domain.errors import PermissionDeniedError
from hocbaso_desktop.domain.glossary import Role
from hocbaso_desktop.domain.i18n import N_, _


class Action(StrEnum):
    """Something a user may ask the program to do."""

    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP = "backup"
    VIEW_AUDIT = "view_audit"
    BIND_CERTIFICATE = "bind_certificate"
    VIEW_STUDENTS = "view_students"
    EDIT_STUDENTS = "edit_students"
    IMPORT_DATA = "import_data"
    TRANSFER = "transfer"
    ENTER_SUBJECT_ASSESSMENT = "enter_subject_assessment"
    ENTER_HOMEROOM_ASSESSMENT = "enter_homeroom_assessment"
    VIEW_RESULTS = "view_results"
    OPEN_ENTRY_WINDOW = "open_entry_window"
    LOCK_RECORDS = "lock_records"
    SIGN_GVCN = "sign_gvcn"
    SIGN_PRINCIPAL = "sign_principal"
    SIGN_SEAL = "sign_seal"
    REVOKE = "revoke"
    PRINT_COPY = "print_copy"
    EXPORT_RECORDS = "export_records"
    SYNC = "sync"

    @property
    def label(self) -> str:
        """What the action is, in Vietnamese."""
        return _(_ACTION_LABELS[self])  # i18n: table


_ACTION_LABELS = {
    Action.MANAGE_USERS: N_("quản lý tài khoản"),
    Action.MANAGE_SETTINGS: N_("thay đổi cài đặt"),
    Action.BACKUP: N_("sao lưu và khôi phục dữ liệu"),
    Action.VIEW_AUDIT: N_("xem nhật ký"),
    Action.BIND_CERTIFICATE: N_("đăng ký chứng thư số"),
    Action.VIEW_STUDENTS: N_("xem danh sách học sinh"),
    Action.EDIT_STUDENTS: N_("sửa thông tin học sinh"),
    Action.IMPORT_DATA: N_("nhập dữ liệu từ Excel"),
    Action.TRANSFER: N_("chuyển trường"),
    Action.ENTER_SUBJECT_ASSESSMENT: N_("nhập đánh giá môn học"),
    Action.ENTER_HOMEROOM_ASSESSMENT: N_("nhập đánh giá của giáo viên chủ nhiệm"),
    Action.VIEW_RESULTS: N_("xem kết quả"),
    Action.OPEN_ENTRY_WINDOW: N_("mở hoặc khoá đợt nhập điểm"),
    Action.LOCK_RECORDS: N_("khoá học bạ để ký"),
    Action.SIGN_GVCN: N_("ký với tư cách giáo viên chủ nhiệm"),
    Action.SIGN_PRINCIPAL: N_("ký với tư cách hiệu trưởng"),
    Action.SIGN_SEAL: N_("ký số con dấu của trường"),
    Action.REVOKE: N_("thu hồi học bạ đã phát hành"),
    Action.PRINT_COPY: N_("in bản sao, bản chuyển đổi"),
    Action.EXPORT_RECORDS: N_("xuất học bạ"),
    Action.SYNC: N_("đồng bộ với hệ thống trung tâm"),
}

A = Action
# The table. Scoped actions ("own class", "own subject") are checked against the Scope below.
PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMIN: frozenset({A.MANAGE_USERS, A.MANAGE_SETTINGS, A.BACKUP, A.VIEW_AUDIT, A.BIND_CERTIFICATE,
                           A.VIEW_STUDENTS, A.SYNC}),
    Role.PRINCIPAL: frozenset({A.VIEW_AUDIT, A.VIEW_STUDENTS, A.VIEW_RESULTS, A.OPEN_ENTRY_WINDOW, A.LOCK_RECORDS,
                               A.SIGN_PRINCIPAL, A.REVOKE, A.EXPORT_RECORDS, A.PRINT_COPY, A.SYNC}),
    Role.VICE_PRINCIPAL: frozenset({A.VIEW_STUDENTS, A.VIEW_RESULTS, A.LOCK_RECORDS, A.SIGN_PRINCIPAL,
                                    A.EXPORT_RECORDS}),
    Role.HOMEROOM: frozenset({A.VIEW_STUDENTS, A.VIEW_RESULTS, A.ENTER_HOMEROOM_ASSESSMENT,
                              A.ENTER_SUBJECT_ASSESSMENT, A.SIGN_GVCN}),
    Role.SUBJECT_TEACHER: frozenset({A.VIEW_STUDENTS, A.VIEW_RESULTS, A.ENTER_SUBJECT_ASSESSMENT}),
    Role.ACADEMIC: frozenset({A.VIEW_STUDENTS, A.EDIT_STUDENTS, A.IMPORT_DATA, A.TRANSFER, A.VIEW_RESULTS,
                              A.EXPORT_RECORDS}),
    Role.CLERK: frozenset({A.VIEW_STUDENTS, A.VIEW_RESULTS, A.SIGN_SEAL, A.PRINT_COPY, A.EXPORT_RECORDS, A.SYNC}),
}

# Actions limited to a class or subject the user is responsible for.
CLASS_SCOPED = frozenset({A.ENTER_HOMEROOM_ASSESSMENT, A.SIGN_GVCN})
ASSIGNMENT_SCOPED = frozenset({A.ENTER_SUBJECT_ASSESSMENT})
# Teachers see results and students of their own classes only.
TEACHER_VIEW_SCOPED = frozenset({A.VIEW_STUDENTS, A.VIEW_RESULTS})


@dataclass(frozen=True)
class Principal:
    """The signed-in user as the permission check sees them."""

    username: str
    role: Role
    staff_id: str | None = None
    homeroom_class_ids: frozenset[str] = field(default_factory=frozenset)
    assignments: frozenset[tuple[str, str]] = field(default_factory=frozenset)  # (class_id, subject_code)


@dataclass(frozen=True)
class Scope:
    """What an action touches: a class and/or a subject (None = the whole school)."""

    class_id: str | None = None
    subject_code: str | None = None


SCHOOL_WIDE = Scope()


def is_allowed(user: Principal, action: Action, scope: Scope = SCHOOL_WIDE) -> bool:
    """Whether `user` may do `action` on `scope`."""
    if action not in PERMISSIONS.get(user.role, frozenset()):
        return False
    teacher = user.role in (Role.HOMEROOM, Role.SUBJECT_TEACHER)
    if action in CLASS_SCOPED:
        return scope.class_id is not None and scope.class_id in user.homeroom_class_ids
    if action in ASSIGNMENT_SCOPED:
        if scope.class_id is None:
            return False
        if scope.subject_code is None:
            return any(c == scope.class_id for c, _s in user.assignments)
        return (scope.class_id, scope.subject_code) in user.assignments
    if teacher and action in TEACHER_VIEW_SCOPED:
        if scope.class_id is None:
            return False
        return scope.class_id in user.homeroom_class_ids or any(c == scope.class_id for c, _s in user.assignments)
    return True


def require(user: Principal, action: Action, scope: Scope = SCHOOL_WIDE) -> None:
    """Raise `PermissionDeniedError` (Vietnamese) unless `user` may do `action` on `scope`."""
    if not is_allowed(user, action, scope):
        raise PermissionDeniedError(
            _("Tài khoản “{u}” ({r}) không có quyền {a}.", u=user.username, r=user.role.label, a=action.label)
        )
