"""Which screens each role sees, in order: the left-hand navigation of the main window.

Data over the actions a role grants (`SignedIn.actions`, decided in services/; titles marked with QT_TRANSLATE_NOOP
for the .ts file; MainWindow translates them): a screen is listed when the role may do at least one of its actions
at all (scope is checked again by the use cases when the screen loads its data).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from hocbaso_desktop.domain.roles import Action, Role


@dataclass(frozen=True)
class Screen:
    """One entry of the navigation: key, Vietnamese title, shortcut and the actions that unlock it."""

    key: str
    title: str
    shortcut: str
    actions: tuple[Action, ...]
    roles: tuple[Role, ...] = ()  # when set, only these roles (keeps teachers' menus short)


SCREENS = (
    Screen("grades", QT_TRANSLATE_NOOP("MainWindow", "Nhập điểm, nhận xét"), "Ctrl+1",
           (Action.ENTER_SUBJECT_ASSESSMENT, Action.ENTER_HOMEROOM_ASSESSMENT, Action.VIEW_RESULTS),
           (Role.HOMEROOM, Role.SUBJECT_TEACHER, Role.PRINCIPAL, Role.VICE_PRINCIPAL)),
    Screen("results", QT_TRANSLATE_NOOP("MainWindow", "Kết quả và rà soát lớp"), "Ctrl+2", (Action.VIEW_RESULTS,)),
    Screen("signing", QT_TRANSLATE_NOOP("MainWindow", "Ký học bạ"), "Ctrl+3", (Action.SIGN_GVCN, Action.SIGN_PRINCIPAL, Action.SIGN_SEAL)),
    Screen("students", QT_TRANSLATE_NOOP("MainWindow", "Học sinh"), "Ctrl+4", (Action.EDIT_STUDENTS, Action.VIEW_STUDENTS),
           (Role.ACADEMIC, Role.CLERK, Role.ADMIN, Role.PRINCIPAL)),
    Screen("reports", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo của trường"), "Ctrl+7", (Action.VIEW_RESULTS,),
           (Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.ACADEMIC)),
    Screen("data", QT_TRANSLATE_NOOP("MainWindow", "Nhập, xuất dữ liệu"), "Ctrl+8",
           (Action.IMPORT_DATA, Action.EXPORT_RECORDS, Action.ENTER_SUBJECT_ASSESSMENT,
            Action.ENTER_HOMEROOM_ASSESSMENT),
           (Role.ACADEMIC, Role.CLERK, Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.HOMEROOM, Role.SUBJECT_TEACHER)),
    Screen("transfers", QT_TRANSLATE_NOOP("MainWindow", "Chuyển trường"), "", (Action.TRANSFER, Action.SIGN_SEAL)),
    Screen("trichluc", QT_TRANSLATE_NOOP("MainWindow", "Trích lục học bạ giấy"), "", (Action.IMPORT_DATA, Action.SIGN_SEAL),
           (Role.ACADEMIC, Role.CLERK)),
    Screen("print", QT_TRANSLATE_NOOP("MainWindow", "In học bạ, bản sao"), "Ctrl+5", (Action.PRINT_COPY, Action.EXPORT_RECORDS)),
    Screen("issued", QT_TRANSLATE_NOOP("MainWindow", "Học bạ đã phát hành, kiểm tra"), "Ctrl+9",
           (Action.EXPORT_RECORDS, Action.REVOKE, Action.PRINT_COPY),
           (Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.CLERK, Role.ACADEMIC)),
    Screen("sync", QT_TRANSLATE_NOOP("MainWindow", "Đồng bộ"), "Ctrl+6", (Action.SYNC,)),
    Screen("audit", QT_TRANSLATE_NOOP("MainWindow", "Nhật ký"), "", (Action.VIEW_AUDIT,)),
    Screen("users", QT_TRANSLATE_NOOP("MainWindow", "Tài khoản"), "", (Action.MANAGE_USERS,)),
    Screen("certificates", QT_TRANSLATE_NOOP("MainWindow", "Chứng thư số"), "", (Action.BIND_CERTIFICATE,)),
    Screen("settings", QT_TRANSLATE_NOOP("MainWindow", "Cài đặt"), "", (Action.MANAGE_SETTINGS, Action.OPEN_ENTRY_WINDOW)),
)


def screens_for(actions: frozenset[Action], role: Role) -> tuple[Screen, ...]:
    """The screens a person sees, in navigation order, from the actions their role grants (`SignedIn.actions`)."""
    return tuple(s for s in SCREENS if any(a in actions for a in s.actions) and (not s.roles or role in s.roles))
