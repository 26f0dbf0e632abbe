"""The encrypted database: opening, wrong passwords, damaged and newer files, key wraps, disk full."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from hocbaso_desktop.domain.errors import (
    DatabaseTooNewError,
    DiskFullError,
    InvalidInputError,
    NotADatabaseError,
    PermissionDeniedError,
    WrongPasswordError,
)
from hocbaso_desktop.domain.model import Level, School
from hocbaso_desktop.storage import keyfile, migrations, school_repo, users_repo
from hocbaso_desktop.storage.database import SchoolDatabase

SCHOOL = School("79000999", "Trường Tiểu học Thử Nghiệm", Level.TIEU_HOC)
PASSWORD = "mat-khau-dai-du"


@pytest.fixture
def new_db(tmp_path: Path):
    db, recovery = SchoolDatabase.create(tmp_path / "t.hocbaso", school=SCHOOL, admin_username="admin",
                                         admin_full_name="Quản trị", admin_password=PASSWORD)
    db.close()
    return tmp_path / "t.hocbaso", recovery


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_create_and_open(new_db):
    path, _ = new_db
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    assert school_repo.get_school(db) == SCHOOL
    assert migrations.current_version(db) == migrations.latest_version()
    db.close()


@pytest.mark.parametrize("user,password", [("admin", "sai-mat-khau"), ("admin", ""), ("khongco", PASSWORD)])
def test_wrong_password_or_user_gives_clear_message_and_changes_nothing(new_db, user, password):
    path, _ = new_db
    before = _sha(path), _sha(keyfile.keyfile_path(path))
    with pytest.raises(WrongPasswordError) as err:
        SchoolDatabase.open(path, user, password)
    assert "mật khẩu" in err.value.message
    assert (_sha(path), _sha(keyfile.keyfile_path(path))) == before


def test_file_is_encrypted_and_unreadable_without_key(demo_school):
    data = demo_school.path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(demo_school.path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    db = SchoolDatabase.open(demo_school.path, "quantri", demo_school.password)
    names = [s.full_name for c in school_repo.list_classes(db, demo_school.year)[:2]
             for s in school_repo.students_in_class(db, c.id)]
    db.close()
    assert names
    for name in names:
        assert name.encode("utf-8") not in data  # full names are 10+ bytes: no chance match in ciphertext


def test_sqlcipher_with_a_passphrase_instead_of_the_key_fails(new_db):
    from sqlcipher3 import dbapi2 as sqlcipher

    path, _ = new_db
    con = sqlcipher.connect(str(path))
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute("PRAGMA key = 'mat-khau-dai-du'")
    with pytest.raises(sqlcipher.DatabaseError):
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    con.close()


def test_not_a_database(tmp_path: Path, new_db):
    path, _ = new_db
    fake = tmp_path / "fake.hocbaso"
    fake.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 200)
    keyfile.keyfile_path(fake).write_bytes(keyfile.keyfile_path(path).read_bytes())
    with pytest.raises(NotADatabaseError):
        SchoolDatabase.open(fake, "admin", PASSWORD)
    with pytest.raises(NotADatabaseError):
        SchoolDatabase.open(tmp_path / "missing.hocbaso", "admin", PASSWORD)


def test_corrupted_file(new_db):
    path, _ = new_db
    data = bytearray(path.read_bytes())
    for page in range(4096, len(data), 4096):  # damage every page but the first
        data[page + 100:page + 200] = bytes(100)
    path.write_bytes(bytes(data))
    with pytest.raises(NotADatabaseError):
        db = SchoolDatabase.open(path, "admin", PASSWORD)
        school_repo.get_school(db)


def test_damaged_key_file(new_db):
    path, _ = new_db
    keyfile.keyfile_path(path).write_text("{not json", encoding="utf-8")
    with pytest.raises(NotADatabaseError):
        SchoolDatabase.open(path, "admin", PASSWORD)


def test_newer_database_is_refused_and_left_unchanged(new_db):
    path, _ = new_db
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    db.execute("PRAGMA user_version = 9999")
    db.close()
    before = _sha(path)
    with pytest.raises(DatabaseTooNewError):
        SchoolDatabase.open(path, "admin", PASSWORD)
    assert _sha(path) == before
    assert not list(path.parent.glob("t_v*.hocbaso"))


def test_migration_backs_up_first(new_db, monkeypatch):
    path, _ = new_db
    original = migrations.available()
    extra = (9000, "9000_test_extra.sql", "CREATE TABLE test_extra (x INTEGER);")
    monkeypatch.setattr(migrations, "available", lambda: [*original, extra])
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    assert migrations.current_version(db) == 9000
    db.close()
    backups = list(path.parent.glob(f"t_v{original[-1][0]}_*.hocbaso"))
    assert len(backups) == 1 and keyfile.keyfile_path(backups[0]).exists()
    monkeypatch.setattr(migrations, "available", lambda: original)
    old = SchoolDatabase.open(backups[0], "admin", PASSWORD)  # the backup is the old schema, same key
    assert migrations.current_version(old) == original[-1][0]
    old.close()


def test_password_change_rewraps_without_reencrypting(new_db):
    path, _ = new_db
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    db.close()
    before = _sha(path)
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    db.set_password("admin", "mat-khau-moi-123")
    db.close()
    assert _sha(path) == before
    with pytest.raises(WrongPasswordError):
        SchoolDatabase.open(path, "admin", PASSWORD)
    SchoolDatabase.open(path, "admin", "mat-khau-moi-123").close()


def test_recovery_code_opens(new_db):
    path, recovery = new_db
    typed = recovery.lower().replace("-", " ")
    SchoolDatabase.open_with_recovery(path, typed).close()
    with pytest.raises(WrongPasswordError):
        SchoolDatabase.open_with_recovery(path, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF-GGGGG-HHHHH")


def test_short_password_refused(tmp_path: Path):
    with pytest.raises(InvalidInputError):
        SchoolDatabase.create(tmp_path / "x.hocbaso", school=SCHOOL, admin_username="admin",
                              admin_full_name="A", admin_password="short")
    assert not (tmp_path / "x.hocbaso").exists()


def test_disabled_user_cannot_open(new_db):
    path, _ = new_db
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    users_repo.insert_user(db, username="gv", full_name="Giáo viên", role="gvbm", actor="admin")
    db.set_password("gv", "mat-khau-gv-1")
    users_repo.set_disabled(db, "gv", actor="admin")
    db.close()
    with pytest.raises(PermissionDeniedError):
        SchoolDatabase.open(path, "gv", "mat-khau-gv-1")


def test_full_disk_changes_nothing(new_db):
    path, _ = new_db
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    count = db.query_one("PRAGMA page_count")[0]
    db.execute(f"PRAGMA max_page_count = {count + 2}")  # a disk with room for two more pages
    with pytest.raises(DiskFullError), db.transaction():
        db.execute("CREATE TABLE big (x BLOB)")
        for _i in range(50):
            db.execute("INSERT INTO big VALUES (randomblob(4000))")
    assert db.query_one("SELECT count(*) FROM sqlite_master WHERE name = 'big'")[0] == 0
    db.close()


def test_transaction_rolls_back_everything(new_db):
    path, _ = new_db
    db = SchoolDatabase.open(path, "admin", PASSWORD)
    with pytest.raises(RuntimeError), db.transaction():
        users_repo.insert_user(db, username="tam", full_name="Tạm", role="gvbm", actor="admin")
        raise RuntimeError("boom")
    assert [u.username for u in users_repo.list_users(db)] == ["admin"]
    db.close()
