"""One SQLCipher connection, opened with the raw data key: statements, transactions, key wraps, copies.

`Database` owns one connection, used from one thread (the UI reaches it through its
background-operation helper). Errors from sqlcipher3 are translated at this edge into the program's
own (`domain/errors.py`): a file that is not a database, a full disk, an issued record that a trigger
protects. Creating and unlocking a school file (which needs migrations and the repositories) is
`database.Database`, one floor up inside storage/, so the repositories never import it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from hocbaso_desktop.domain.errors import (
    DiskFullError,
    ImmutableRecordError,
    InvalidInputError,
    NotADatabaseError,
    StorageError,
)
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage.keyfile import KeyFile

log = logging.getLogger(__name__)

Params = dict[str, Any] | Sequence[Any]


def utc_now() -> str:
    """The current time as RFC 3339 UTC text (for stored timestamps, never for ordering)."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def translate_error(exc: Exception) -> Exception:
    """Map a sqlcipher3 exception to the program's error (the caller raises it ``from exc``)."""
    text = str(exc)
    if "hocbaso: issued record is immutable" in text:
        return ImmutableRecordError(_("Học bạ đã phát hành không thể thay đổi; hãy tạo bản đính chính."))
    if "hocbaso: record locked" in text:
        return ImmutableRecordError(_("Học bạ đã khoá để ký hoặc đã phát hành: không thể sửa đánh giá."))
    if "file is not a database" in text or "malformed" in text:
        return NotADatabaseError(_("Tệp không phải cơ sở dữ liệu học bạ, hoặc đã bị hỏng."))
    if "database or disk is full" in text or "disk I/O error" in text:
        return DiskFullError(_("Ổ đĩa đã đầy hoặc không ghi được: không có thay đổi nào được lưu."))
    if "UNIQUE constraint failed" in text:
        return InvalidInputError(_("Dữ liệu bị trùng: {e}", e=text.split(":", 1)[-1].strip()))
    if "database is locked" in text:
        return StorageError(_("Cơ sở dữ liệu đang được chương trình khác sử dụng. Hãy thử lại."))
    return StorageError(_("Lỗi cơ sở dữ liệu: {e}", e=text))


def connect(path: Path, data_key: bytes) -> Any:
    """Open `path` with the raw 256-bit key and check the key on a first read."""
    try:
        # created owner-only before SQLite opens it; SQLite gives its -wal and -shm files the same mode
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        os.chmod(path, 0o600)
    except OSError as exc:
        raise StorageError(_("Không mở được tệp “{f}”: {e}", f=str(path), e=exc.strerror or exc)) from exc
    try:
        con = sqlcipher.connect(str(path), isolation_level=None)
    except sqlcipher.Error as exc:
        raise translate_error(exc) from exc
    try:
        con.execute("PRAGMA cipher_log_level = NONE")  # else SQLCipher writes "hmac check failed" to stderr
        con.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the key is checked here
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")  # a power cut never loses a committed change
        con.execute("PRAGMA busy_timeout = 5000")
        # Every page read from disk is decrypted and its HMAC checked: a 32 MiB cache keeps a school's
        # working set decrypted in memory (the default 2 MiB made class queries 3× slower than SQLite).
        con.execute("PRAGMA cache_size = -32768")
    except sqlcipher.Error as exc:
        con.close()
        raise translate_error(exc) from exc
    return con


class Database:
    """An open, unlocked school database connection. Not thread-safe: one owner thread."""

    def __init__(self, path: Path, con: Any, data_key: bytes, keyfile: KeyFile) -> None:
        self.path = path
        self._con = con
        self._data_key = data_key
        self.keyfile = keyfile
        self._depth = 0

    # --- statements ----------------------------------------------------------------------
    def execute(self, sql: str, params: Params = ()) -> Any:
        """Run one statement; sqlcipher3 errors become the program's errors."""
        try:
            return self._con.execute(sql, params)
        except sqlcipher.Error as exc:
            raise translate_error(exc) from exc

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for many rows."""
        try:
            self._con.executemany(sql, rows)
        except sqlcipher.Error as exc:
            raise translate_error(exc) from exc

    def query(self, sql: str, params: Params = ()) -> list[tuple]:
        """Run a query and return all rows."""
        return self.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Params = ()) -> tuple | None:
        """Run a query and return the first row, or None."""
        return self.execute(sql, params).fetchone()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements inside commit together or not at all; nesting joins the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            if self._con.in_transaction:  # SQLite already rolled back after SQLITE_FULL
                self._con.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._con.execute("COMMIT")
        except sqlcipher.Error as exc:
            if self._con.in_transaction:
                self._con.execute("ROLLBACK")
            raise translate_error(exc) from exc

    @property
    def in_transaction(self) -> bool:
        """Whether a transaction is open."""
        return self._depth > 0

    # --- key management --------------------------------------------------------------------
    def set_password(self, username: str, new_password: str) -> None:
        """Re-wrap the data key for `username` (the database itself is not re-encrypted)."""
        if len(new_password) < 8:
            raise InvalidInputError(_("Mật khẩu cần ít nhất 8 ký tự."), field="password")
        self.keyfile.set_user(username, self._data_key, new_password)
        self.keyfile.save()

    def share_password(self, usernames: list[str], password: str) -> None:
        """Give several accounts one password with a single key derivation (the demo school)."""
        self.keyfile.set_users_sharing_password(usernames, self._data_key, password)
        self.keyfile.save()

    def remove_password(self, username: str) -> None:
        """Remove a user's wrap so their password no longer opens the file."""
        self.keyfile.remove_user(username)
        self.keyfile.save()

    def sibling_opener(self) -> Callable[[], Database]:
        """A function that opens another connection to this database, on whichever thread calls it.

        SQLCipher connections belong to their thread; background work (the sync engine) calls the
        opener on its own thread instead of queueing behind the interface's database work. WAL mode
        lets both connections read at once; writes wait for each other (busy_timeout).
        """
        path, keyfile, cls = self.path, self.keyfile, type(self)

        def open_sibling() -> Database:
            key = self._data_key  # read at call time: a re-key (storage/rekey.py) may have replaced it
            return cls(path, connect(path, key), key, keyfile)

        return open_sibling

    def rekey_to(self, new_key: bytes) -> None:
        """Re-encrypt the whole file under `new_key` (PRAGMA rekey: one SQLite transaction, all or nothing)."""
        self.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        self._data_key = new_key

    def subkey(self, label: str) -> bytes:
        """A 256-bit key derived from the data key for one purpose (HKDF-SHA256), e.g. sealing a stored secret."""
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.kdf.hkdf import HKDF

        # After a re-key the root is the data key the file had before its first re-key (kept in meta by
        # `pin_subkey_root`), so secrets sealed before it still open (storage/rekey.py).
        row = self.query_one("SELECT value FROM meta WHERE key = 'subkey_root'")
        root = bytes.fromhex(row[0]) if row else self._data_key
        return HKDF(hashes.SHA256(), 32, salt=None, info=f"hocbaso/{label}".encode()).derive(root)

    def pin_subkey_root(self) -> None:
        """Keep the current subkey root in the database before the data key changes (inside a transaction)."""
        self.execute("INSERT INTO meta(key, value) VALUES ('subkey_root', ?) ON CONFLICT(key) DO NOTHING",
                     (self._data_key.hex(),))

    def open_copy(self, path: Path) -> Any:
        """Open another file (a backup) with this database's key; used by backups and restore checks."""
        return connect(Path(path), self._data_key)

    def backup_to(self, target: Path) -> None:
        """Copy the whole database, still encrypted under the same key, with SQLite's backup API."""
        dst = connect(Path(target), self._data_key)
        try:
            self._con.backup(dst)
        except sqlcipher.Error as exc:
            raise translate_error(exc) from exc
        finally:
            dst.close()

    def close(self) -> None:
        """Close the connection."""
        with contextlib.suppress(sqlcipher.Error):
            self._con.close()
