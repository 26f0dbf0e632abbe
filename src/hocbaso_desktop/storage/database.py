"""The encrypted school database: one SQLCipher 4 file per school, created or unlocked here.

`SchoolDatabase` is a `connection.Database` (statements, transactions, key wraps, copies) that knows
how to create a school file with its first administrator and how to unlock one with a user's password
or the recovery code. Migrations run forward only, after a backup of the file (see `migrations.py`).
"""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path
from typing import Any

from hocbaso_desktop.domain.errors import InvalidInputError, NotADatabaseError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import School
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.storage import catalogue_repo, migrations, rekey, school_repo, users_repo
from hocbaso_desktop.storage.connection import Database, connect, translate_error, utc_now
from hocbaso_desktop.storage.keyfile import KeyFile, keyfile_path, new_recovery_code

__all__ = ["Database", "SchoolDatabase", "connect", "translate_error", "utc_now"]


class SchoolDatabase(Database):
    """An open, unlocked school database. Not thread-safe: one owner thread."""

    def __init__(self, path: Path, con: Any, data_key: bytes, keyfile: KeyFile) -> None:
        super().__init__(path, con, data_key, keyfile)
        self.notices: list[str] = []  # what opening did that a person should read (a data migration's note)

    @classmethod
    def create(cls, path: Path, *, school: School, admin_username: str, admin_full_name: str,
               admin_password: str) -> tuple[SchoolDatabase, str]:
        """Create a new school database with its first administrator; return it and the recovery code."""
        path = Path(path)
        if path.exists() or keyfile_path(path).exists():
            raise InvalidInputError(_("Tệp “{f}” đã tồn tại; hãy chọn tên khác.", f=path.name))
        if len(admin_password) < 8:
            raise InvalidInputError(_("Mật khẩu cần ít nhất 8 ký tự."), field="password")
        path.parent.mkdir(parents=True, exist_ok=True)
        data_key = secrets.token_bytes(32)
        recovery = new_recovery_code()
        keyfile = KeyFile(keyfile_path(path), {})
        keyfile.set_user(admin_username, data_key, admin_password)
        keyfile.set_recovery(data_key, recovery)
        db = cls(path, connect(path, data_key), data_key, keyfile)
        try:
            migrations.migrate(db, backup=False)
            with db.transaction():
                school_repo.save_school(db, school)
                db.execute("INSERT INTO meta(key, value) VALUES ('device_id', ?), ('created_at', ?)",
                           (str(uuid.uuid4()), utc_now()))
                users_repo.insert_user(db, username=admin_username, full_name=admin_full_name, role=Role.ADMIN,
                                       actor=admin_username)
            keyfile.save()
        except BaseException:
            db.close()
            path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                path.with_name(path.name + suffix).unlink(missing_ok=True)
            raise
        return db, recovery

    @classmethod
    def open(cls, path: Path, username: str, password: str) -> SchoolDatabase:
        """Unlock with a user's password; refuse disabled users and newer databases; finish a re-key."""
        path = Path(path)
        if not path.is_file():
            raise NotADatabaseError(_("Không tìm thấy cơ sở dữ liệu “{f}”.", f=str(path)))
        keyfile = KeyFile.load(keyfile_path(path))
        db = cls._open_with(path, keyfile, keyfile.unlock_candidates(username, password))
        try:
            if not keyfile.is_sealed(username):  # an older wrap becomes sealed now that the password is known
                keyfile.set_user(username, db._data_key, password)
                keyfile.save()
            migrations.migrate(db, backup=True)
            users_repo.require_active(db, username)
            if rekey.needed(db):  # a re-key interrupted (power cut, crash): finish it before anyone works
                rekey.rekey(db, actor=username)
            note = catalogue_repo.note_art_split(db)
            if note:
                db.notices.append(note)
        except BaseException:
            db.close()
            raise
        return db

    @classmethod
    def open_with_recovery(cls, path: Path, code: str) -> SchoolDatabase:
        """Unlock with the administrator's recovery code (to reset a forgotten password)."""
        path = Path(path)
        keyfile = KeyFile.load(keyfile_path(path))
        db = cls._open_with(path, keyfile, keyfile.recovery_candidates(code))
        migrations.migrate(db, backup=True)
        return db

    @classmethod
    def _open_with(cls, path: Path, keyfile: KeyFile, keys: list[bytes]) -> SchoolDatabase:
        """Open with the first key that works (the current one, else a re-key's pending one) and settle."""
        for index, key in enumerate(keys):
            try:
                con = connect(path, key)
            except NotADatabaseError:
                if index == len(keys) - 1:
                    raise
                continue
            db = cls(path, con, key, keyfile)
            try:
                rekey.settle(db, opened_with_pending=index > 0)
            except BaseException:
                db.close()
                raise
            return db
        raise NotADatabaseError(_("Tệp không phải cơ sở dữ liệu học bạ, hoặc đã bị hỏng."))
