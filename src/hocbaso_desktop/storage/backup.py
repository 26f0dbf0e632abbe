"""Backups and restore of the encrypted database.

A backup is the database copied with SQLite's backup API into a file still encrypted under the
same data key, plus a copy of the key file (``F`` and ``F.keys``), so it can be restored on a new PC
with any user's password or the recovery code. Restore checks the backup first (it opens with this
school's key, passes SQLCipher's and SQLite's integrity checks, and belongs to the same school),
keeps the current file as ``<name>.before-restore-<time>``, then swaps the files in.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hocbaso_desktop.domain.errors import HocbasoError, InvalidInputError, NotADatabaseError, StorageError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage.keyfile import keyfile_path

if TYPE_CHECKING:
    from hocbaso_desktop.storage.connection import Database as SchoolDatabase


def create_backup(db: SchoolDatabase, target: Path) -> Path:
    """Write an encrypted, checked copy of the database (and its key file) to `target`."""
    target = Path(target)
    if target.exists():
        raise InvalidInputError(_("Tệp “{f}” đã tồn tại; hãy chọn tên khác.", f=target.name))
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        db.backup_to(partial)
        check_backup(db, partial)
        shutil.copy2(keyfile_path(db.path), keyfile_path(target))
        os.replace(partial, target)
    except OSError as exc:
        raise StorageError(_("Không ghi được bản sao lưu: {e}", e=exc.strerror or exc)) from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def check_backup(db: SchoolDatabase, path: Path) -> None:
    """Raise `NotADatabaseError` unless `path` is a sound backup of this school's database."""
    if not Path(path).is_file():
        raise NotADatabaseError(_("Không tìm thấy tệp sao lưu “{f}”.", f=str(path)))
    try:
        con = db.open_copy(path)
    except HocbasoError as exc:
        raise NotADatabaseError(_("Tệp “{f}” không phải bản sao lưu của trường này, hoặc đã hỏng.",
                                  f=Path(path).name)) from exc
    try:
        if con.execute("PRAGMA cipher_integrity_check").fetchall():
            raise NotADatabaseError(_("Bản sao lưu bị hỏng (kiểm tra mã hoá không đạt)."))
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise NotADatabaseError(_("Bản sao lưu bị hỏng (kiểm tra cấu trúc không đạt)."))
        row = con.execute("SELECT code FROM school").fetchone()
        mine = db.query_one("SELECT code FROM school")
        if row is None or mine is None or row[0] != mine[0]:
            raise NotADatabaseError(_("Bản sao lưu thuộc về trường khác."))
    except HocbasoError:
        raise
    except Exception as exc:  # sqlcipher3 errors on a damaged copy
        raise NotADatabaseError(_("Bản sao lưu bị hỏng: {e}", e=exc)) from exc
    finally:
        con.close()


def restore_backup(db: SchoolDatabase, source: Path) -> Path:
    """Check `source`, then replace the database with it; return where the old file was kept.

    The caller must reopen the database afterwards (the open connection is closed here).
    """
    check_backup(db, source)
    # Fold the write-ahead log into the file first, so the copy kept below holds every committed change;
    # "busy" means another window or the background sync still uses the database.
    busy = db.query_one("PRAGMA wal_checkpoint(TRUNCATE)")[0]
    if busy:
        raise StorageError(_("Cơ sở dữ liệu đang được dùng (một cửa sổ khác hoặc đồng bộ nền). Hãy đóng chúng rồi "
                             "khôi phục lại; chưa có gì thay đổi."))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = db.path.with_name(f"{db.path.name}.before-restore-{stamp}")
    path = db.path
    db.close()
    try:
        shutil.copy2(path, kept)
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(path.with_name(path.name + suffix))
        staged = path.with_name(path.name + ".restoring")
        shutil.copy2(source, staged)
        os.chmod(staged, 0o600)
        os.replace(staged, path)
    except OSError as exc:
        raise StorageError(_("Không khôi phục được: {e}. Dữ liệu cũ vẫn nguyên vẹn.", e=exc.strerror or exc)) from exc
    return kept
