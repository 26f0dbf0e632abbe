"""Backups stay encrypted; restore checks the file first and keeps the old database."""

from __future__ import annotations

import pytest

from hocbaso_desktop.domain.errors import NotADatabaseError
from hocbaso_desktop.storage import backup, school_repo, users_repo
from hocbaso_desktop.storage.database import SchoolDatabase


def test_backup_and_restore_round_trip(demo_school, tmp_path):
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    target = backup.create_backup(db, tmp_path / "sao-luu.hocbaso")
    assert not target.read_bytes().startswith(b"SQLite format 3")
    users_repo.insert_user(db, username="sau.saoluu", full_name="Sau sao lưu", role="gvbm", actor="quantri")
    kept = backup.restore_backup(db, target)
    assert kept.exists()
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    assert "sau.saoluu" not in [u.username for u in users_repo.list_users(db)]
    assert school_repo.get_school(db).code == "79000701"
    db.close()


def test_restore_refuses_garbage_and_changes_nothing(demo_school, tmp_path):
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    bad = tmp_path / "hong.hocbaso"
    bad.write_bytes(b"\x00" * 8192)
    with pytest.raises(NotADatabaseError):
        backup.restore_backup(db, bad)
    assert school_repo.get_school(db).code == "79000701"  # still open and intact
    db.close()


def test_restore_refuses_another_schools_backup(demo_school, demo_school_thcs, tmp_path):
    other = SchoolDatabase.open(demo_school_thcs.path, "quantri", demo_school_thcs.password)
    other_backup = backup.create_backup(other, tmp_path / "khac.hocbaso")
    other.close()
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    with pytest.raises(NotADatabaseError):
        backup.restore_backup(db, other_backup)
    db.close()


def test_restore_refuses_while_another_connection_is_writing(demo_school, tmp_path):
    from hocbaso_desktop.domain.errors import StorageError

    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    target = backup.create_backup(db, tmp_path / "sl.hocbaso")
    other = db.sibling_opener()()
    other.execute("BEGIN IMMEDIATE")
    other.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
    try:
        with pytest.raises(StorageError, match="đang được dùng"):
            backup.restore_backup(db, target)
        assert school_repo.get_school(db).code == "79000701"  # still open, nothing swapped
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()
