"""User accounts (the rows; passwords are key wraps in the key file, see keyfile.py)."""

from __future__ import annotations

import re
import uuid
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError, PermissionDeniedError
from hocbaso_desktop.domain.i18n import _, nfc
from hocbaso_desktop.domain.model import UserAccount
from hocbaso_desktop.domain.names import clean_name
from hocbaso_desktop.domain.roles import Principal, Role
from hocbaso_desktop.storage import audit
from hocbaso_desktop.storage.connection import utc_now

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")
_COLS = "id, username, full_name, role, staff_id, disabled"


def _row(r: tuple) -> UserAccount:
    return UserAccount(r[0], r[1], r[2], r[3], r[4], bool(r[5]))


def check_username(username: str) -> str:
    """Usernames are lower-case ASCII (letters, digits, . _ -), 2–40 characters."""
    if not _USERNAME.match(username):
        raise InvalidInputError(_("Tên đăng nhập “{u}” không hợp lệ: chỉ dùng chữ thường không dấu, số, . _ -",
                                  u=username), field="username")
    return username


def insert_user(db: SchoolDatabase, *, username: str, full_name: str, role: Role, actor: str,
                staff_id: str | None = None) -> UserAccount:
    """Add an account row (the caller adds the password wrap)."""
    check_username(username)
    if db.query_one("SELECT 1 FROM users WHERE username = ?", (username,)):
        raise InvalidInputError(_("Tên đăng nhập “{u}” đã có.", u=username), field="username")
    full_name = clean_name(full_name, field="full_name", label=_("Họ và tên"))
    user = UserAccount(str(uuid.uuid4()), username, nfc(full_name.strip()), Role(role).value, staff_id)
    with db.transaction():
        db.execute("INSERT INTO users(id, username, full_name, role, staff_id, disabled, created_at) "
                   "VALUES (?, ?, ?, ?, ?, 0, ?)",
                   (user.id, user.username, user.full_name, user.role, staff_id, utc_now()))
        audit.append(db, actor=actor, action="user.add", entity="user", entity_id=user.id,
                     after={"username": username, "role": user.role})
    return user


def get_user(db: SchoolDatabase, username: str) -> UserAccount:
    """The account named `username`."""
    row = db.query_one(f"SELECT {_COLS} FROM users WHERE username = ?", (username,))
    if row is None:
        raise NotFoundError(_("Không có tài khoản “{u}”.", u=username))
    return _row(row)


def list_users(db: SchoolDatabase) -> list[UserAccount]:
    """All accounts, by username."""
    return [_row(r) for r in db.query(f"SELECT {_COLS} FROM users ORDER BY username")]


def require_active(db: SchoolDatabase, username: str) -> UserAccount:
    """The account, unless it is missing or disabled."""
    user = get_user(db, username)
    if user.disabled:
        raise PermissionDeniedError(_("Tài khoản “{u}” đã bị khoá.", u=username))
    return user


def set_disabled(db: SchoolDatabase, username: str, *, actor: str) -> None:
    """Disable an account (its key wrap is removed by the caller)."""
    user = get_user(db, username)
    with db.transaction():
        db.execute("UPDATE users SET disabled = 1 WHERE id = ?", (user.id,))
        audit.append(db, actor=actor, action="user.disable", entity="user", entity_id=user.id,
                     before={"disabled": user.disabled}, after={"disabled": True})


def set_role(db: SchoolDatabase, username: str, role: Role, *, actor: str) -> None:
    """Change an account's role (the caller decides whether the database is re-keyed)."""
    user = get_user(db, username)
    with db.transaction():
        db.execute("UPDATE users SET role = ? WHERE id = ?", (Role(role).value, user.id))
        audit.append(db, actor=actor, action="user.role", entity="user", entity_id=user.id,
                     before={"role": user.role}, after={"role": Role(role).value})


def principal_for(db: SchoolDatabase, user: UserAccount) -> Principal:
    """The permission view of a user: role, own homeroom classes and teaching assignments."""
    homeroom: frozenset[str] = frozenset()
    assignments: frozenset[tuple[str, str]] = frozenset()
    if user.staff_id:
        homeroom = frozenset(r[0] for r in db.query(
            "SELECT id FROM classes WHERE homeroom_teacher_id = ?", (user.staff_id,)))
        assignments = frozenset((r[0], r[1]) for r in db.query(
            "SELECT class_id, subject_code FROM teaching_assignments WHERE teacher_id = ?", (user.staff_id,)))
    return Principal(user.username, Role(user.role), user.staff_id, homeroom, assignments)
