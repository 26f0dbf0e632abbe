"""Use cases for accounts, backups and the audit log (administrator work)."""

from __future__ import annotations

from pathlib import Path

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import UserAccount
from hocbaso_desktop.domain.roles import PERMISSIONS, Action, Role, require
from hocbaso_desktop.services.changes import EVERYTHING, Changed, Changes, audited
from hocbaso_desktop.storage import Session, audit, backup, open_session, rekey, users_repo


def add_user(session: Session, *, username: str, full_name: str, role: Role, password: str,
             staff_id: str | None = None) -> Changed[UserAccount]:
    """Create an account with its own password (administrator only)."""
    require(session.user, Action.MANAGE_USERS)
    if len(password) < 8:
        raise InvalidInputError(_("Mật khẩu cần ít nhất 8 ký tự."), field="password")
    with session.db.transaction():  # the row is rolled back if the key file cannot be written
        account = users_repo.insert_user(session.db, username=username, full_name=full_name, role=role,
                                         actor=session.account.username, staff_id=staff_id)
        session.db.set_password(username, password)
    return Changed(account, audited(users=True))


def list_users(session: Session) -> list[UserAccount]:
    """All accounts (administrator only)."""
    require(session.user, Action.MANAGE_USERS)
    return users_repo.list_users(session.db)


def change_password(session: Session, username: str, new_password: str) -> Changes:
    """Change a password: a user their own, an administrator anyone's. The database is not re-encrypted."""
    if username != session.account.username:
        require(session.user, Action.MANAGE_USERS)
    account = users_repo.get_user(session.db, username)
    if account.disabled:
        raise PermissionDeniedError(_("Tài khoản “{u}” đã bị khoá.", u=username))
    session.db.set_password(username, new_password)
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action="user.passwd", entity="user",
                     entity_id=account.id)
    return audited(users=True)


def disable_user(session: Session, username: str) -> Changed[rekey.RekeyResult]:
    """Disable an account, remove its key wrap and re-key the database (administrator only; never the last
    administrator): a copy of the old key file and that person's password no longer open it."""
    require(session.user, Action.MANAGE_USERS)
    account = users_repo.get_user(session.db, username)
    _keep_an_administrator(session, account)
    with session.db.transaction():
        users_repo.set_disabled(session.db, username, actor=session.account.username)
        rekey.request(session.db, f"disable {username}")
    rekey.checkpoint("requested")
    session.db.remove_password(username)
    return Changed(rekey.rekey(session.db, actor=session.account.username), audited(users=True))


def set_role(session: Session, username: str, role: Role) -> Changed[rekey.RekeyResult | None]:
    """Change an account's role (administrator only); a role that loses any permission re-keys the database."""
    require(session.user, Action.MANAGE_USERS)
    account = users_repo.get_user(session.db, username)
    old = Role(account.role)
    if old is role:
        return Changed(None, Changes())
    if old is Role.ADMIN:
        _keep_an_administrator(session, account)
    lowered = not PERMISSIONS[role] >= PERMISSIONS[old]
    with session.db.transaction():
        users_repo.set_role(session.db, username, role, actor=session.account.username)
        if lowered:
            rekey.request(session.db, f"role {username}")
    return Changed(rekey.rekey(session.db, actor=session.account.username) if lowered else None, audited(users=True))


def _keep_an_administrator(session: Session, account: UserAccount) -> None:
    admins = [u for u in users_repo.list_users(session.db) if u.role == Role.ADMIN.value and not u.disabled]
    if account.role == Role.ADMIN.value and len(admins) <= 1:
        raise InvalidInputError(_("Không thể khoá hoặc hạ quyền quản trị viên cuối cùng."))


def backup_database(session: Session, target: Path) -> Changed[Path]:
    """Write an encrypted backup (administrator only)."""
    require(session.user, Action.BACKUP)
    path = backup.create_backup(session.db, target)
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action="backup.create", entity="database",
                     entity_id=session.db.path.name, after={"file": str(path)})
    return Changed(path, audited())


def restore_database(session: Session, source: Path) -> Changed[Path]:
    """Replace the database with a checked backup (administrator only); the session is closed."""
    require(session.user, Action.BACKUP)
    return Changed(backup.restore_backup(session.db, source), EVERYTHING)


def restore_backup(db_path: Path, username: str, password: str, source: Path) -> Changed[Path]:
    """Sign in, replace the database with a checked backup (administrator only), then sign in to the restored
    database and log the restore in its own audit log; return where the replaced database was kept."""
    session = open_session(db_path, username, password)
    try:
        kept = restore_database(session, source).value  # closes the session once the backup is checked
    except BaseException:
        session.close()
        raise
    restored = open_session(db_path, username, password)
    try:
        with restored.db.transaction():
            audit.append(restored.db, actor=username, action="backup.restore", entity="database",
                         entity_id=restored.db.path.name, after={"from": str(source)})
    finally:
        restored.close()
    return Changed(kept, EVERYTHING)


def check_password(session: Session, password: str) -> None:
    """Raise WrongPasswordError unless `password` is the signed-in user's (the lock screen)."""
    session.db.keyfile.unlock(session.account.username, password)
