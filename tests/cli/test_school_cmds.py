"""The foundation commands end to end, as a school's technician runs them: exit codes, messages, no tracebacks."""

from __future__ import annotations

import json
import os
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.fixtures.cli import run_hocbaso
from tests.fixtures.school import DEMO_PASSWORD


def hocbaso(*args: str, password: str | None = DEMO_PASSWORD, user: str | None = None,
            extra_env: dict | None = None, stdin: str | None = None,
            subprocess: bool = False) -> CompletedProcess:
    """Run the command: in-process through cli.main (fast), or as a real process when `subprocess` is set."""
    return run_hocbaso(*args, password=password, user=user, extra_env=extra_env, stdin=stdin,
                       subprocess_run=subprocess)


def no_traceback(result: CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_version():
    result = hocbaso("--version", subprocess=True)  # the real entry point, in a process of its own
    assert result.returncode == 0 and result.stdout.startswith("hocbaso ")


def test_usage_error_exits_2():
    result = hocbaso("students", "list", subprocess=True)
    assert result.returncode == 2
    no_traceback(result)


def test_init_prints_recovery_code_once(tmp_path: Path):
    db = tmp_path / "moi.hocbaso"
    result = hocbaso("init", "--db", str(db), "--school-code", "79000123", "--school-name", "Trường Tiểu học Mới",
                     "--level", "tieuhoc", "--admin", "admin", password="mat-khau-quan-tri")
    assert result.returncode == 0, result.stderr
    code = result.stdout.strip().splitlines()[-1]
    assert len(code) == 47 and code.count("-") == 7
    assert "mat-khau-quan-tri" not in result.stdout + result.stderr
    again = hocbaso("init", "--db", str(db), "--school-code", "1", "--school-name", "x", "--level", "thcs",
                    "--admin", "a", password="mat-khau-quan-tri")
    assert again.returncode == 3 and "đã tồn tại" in again.stderr
    no_traceback(again)


def test_wrong_password_exit_3_without_traceback(demo_school):
    result = hocbaso("students", "list", "--db", str(demo_school.path), "--class", "4A", "--user", "hieutruong",
                     password="sai-mat-khau", subprocess=True)
    assert result.returncode == 3
    assert "mật khẩu" in result.stderr
    no_traceback(result)


def test_not_a_database_exit_3(tmp_path: Path):
    bad = tmp_path / "x.hocbaso"
    bad.write_bytes(b"not a database at all" * 100)
    result = hocbaso("students", "list", "--db", str(bad), "--class", "4A", "--user", "a")
    assert result.returncode == 3
    no_traceback(result)


def test_students_list_json(demo_school):
    result = hocbaso("students", "list", "--db", str(demo_school.path), "--class", "4a", "--json",
                     user="gvcn.4a")
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["class"] == "4A" and doc["year"] == demo_school.year and len(doc["students"]) == 30
    assert all("personal_id" not in s for s in doc["students"])


def test_teacher_cannot_list_another_class(demo_school):
    result = hocbaso("students", "list", "--db", str(demo_school.path), "--class", "5B", user="gvcn.4a")
    assert result.returncode == 3 and "không có quyền" in result.stderr
    no_traceback(result)


def test_students_add_checks_personal_id(demo_school):
    base = ("students", "add", "--db", str(demo_school.path), "--class", "1A", "--name", "Trần Thị Mai",
            "--sex", "nu", "--birth", "05/03/2020")
    bad = hocbaso(*base, "--personal-id", "079220123456", user="hocvu")  # 2 = male born in the 2000s
    assert bad.returncode == 3 and "giới tính" in bad.stderr and "079220123456" not in bad.stderr
    no_traceback(bad)
    good = hocbaso(*base, "--personal-id", "079320123456", user="hocvu")
    assert good.returncode == 0, good.stderr
    denied = hocbaso(*base, user="gvcn.1a")
    assert denied.returncode == 3


def test_users_add_list_passwd_disable(demo_school):
    db = str(demo_school.path)
    added = hocbaso("users", "add", "gv.moi", "--role", "gvbm", "--name", "Lê Văn Mới", "--db", db, user="quantri",
                    extra_env={"HOCBASO_NEW_PASSWORD": "mat-khau-gv-moi"})
    assert added.returncode == 0, added.stderr
    listed = hocbaso("users", "list", "--json", "--db", db, user="quantri")
    assert "gv.moi" in [u["username"] for u in json.loads(listed.stdout)]
    denied = hocbaso("users", "list", "--db", db, user="hieutruong")
    assert denied.returncode == 3
    changed = hocbaso("users", "passwd", "gv.moi", "--db", db, user="gv.moi", password="mat-khau-gv-moi",
                      extra_env={"HOCBASO_NEW_PASSWORD": "mat-khau-thu-hai"})
    assert changed.returncode == 0, changed.stderr
    old = hocbaso("students", "list", "--class", "4A", "--db", db, user="gv.moi", password="mat-khau-gv-moi")
    assert old.returncode == 3
    disabled = hocbaso("users", "disable", "gv.moi", "--db", db, user="quantri")
    assert disabled.returncode == 0, disabled.stderr
    after = hocbaso("students", "list", "--class", "4A", "--db", db, user="gv.moi", password="mat-khau-thu-hai")
    assert after.returncode == 3
    no_traceback(after)


def test_backup_restore(demo_school, tmp_path: Path):
    db = str(demo_school.path)
    out = tmp_path / "sao-luu.hocbaso"
    made = hocbaso("backup", "--out", str(out), "--db", db, user="quantri")
    assert made.returncode == 0, made.stderr
    assert out.exists() and Path(str(out) + ".keys").exists()
    restored = hocbaso("restore", str(out), "--db", db, user="quantri")
    assert restored.returncode == 0, restored.stderr
    garbage = tmp_path / "rac.hocbaso"
    garbage.write_bytes(os.urandom(8192))
    refused = hocbaso("restore", str(garbage), "--db", db, user="quantri")
    assert refused.returncode == 3
    no_traceback(refused)


def test_audit_verify_detects_an_edit_behind_the_programs_back(demo_school):
    from hocbaso_desktop.storage.database import SchoolDatabase

    db = str(demo_school.path)
    ok = hocbaso("audit", "verify", "--db", db, user="quantri")
    assert ok.returncode == 0, ok.stderr
    raw = SchoolDatabase.open(demo_school.path, "quantri", DEMO_PASSWORD)
    raw.execute("UPDATE audit_log SET after = '{\"value\": \"10\"}' WHERE seq = 5")
    raw.close()
    broken = hocbaso("audit", "verify", "--db", db, user="quantri")
    assert broken.returncode == 3
    assert "5" in broken.stderr
    no_traceback(broken)


@pytest.mark.parametrize("level", ["tieuhoc", "thcs"])
def test_demo_command(tmp_path: Path, level: str):
    db = tmp_path / f"demo-{level}.hocbaso"
    result = hocbaso("demo", "--db", str(db), "--level", level, "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "gvcn." in result.stdout


def test_empty_password_exit_3(demo_school):
    result = hocbaso("students", "list", "--db", str(demo_school.path), "--class", "4A", user="hieutruong", password="")
    assert result.returncode == 3 and "mật khẩu" in result.stderr
    no_traceback(result)


def test_newer_database_exit_3_and_unchanged(demo_school):
    import hashlib

    from hocbaso_desktop.storage.database import SchoolDatabase

    raw = SchoolDatabase.open(demo_school.path, "quantri", DEMO_PASSWORD)
    raw.execute("PRAGMA user_version = 9999")
    raw.close()
    before = hashlib.sha256(demo_school.path.read_bytes()).hexdigest()
    result = hocbaso("students", "list", "--db", str(demo_school.path), "--class", "4A", user="hieutruong")
    assert result.returncode == 3 and "phiên bản mới hơn" in result.stderr
    no_traceback(result)
    assert hashlib.sha256(demo_school.path.read_bytes()).hexdigest() == before


def test_corrupted_database_exit_3(demo_school):
    data = bytearray(demo_school.path.read_bytes())
    for page in range(4096, len(data), 4096):
        data[page + 64:page + 128] = bytes(64)
    demo_school.path.write_bytes(bytes(data))
    result = hocbaso("results", "--db", str(demo_school.path), "--class", "4A", user="hieutruong")
    assert result.returncode == 3 and "hỏng" in result.stderr
    no_traceback(result)


def test_demo_with_remote_signing_binds_the_3a_teacher_to_the_demo_service(tmp_path: Path):
    from hocbaso_desktop.services import open_session
    from hocbaso_desktop.storage import certificates_repo, users_repo

    db = tmp_path / "demo.hocbaso"
    result = hocbaso("demo", "--db", str(db), "--seed", "3", "--students", "20", "--remote-signing", "--csc-port",
                     "8799")
    assert result.returncode == 0, result.stderr
    assert ("Giáo viên gvcn.3a ký số từ xa qua dịch vụ mẫu http://127.0.0.1:8799/csc/v2 (người dùng gv.3a, "
            "mã PIN 246810)") in result.stdout
    assert (tmp_path / "demo.hocbaso.data" / "csc").is_dir()
    with open_session(db, "quantri", DEMO_PASSWORD) as admin:
        teacher = users_repo.require_active(admin.db, "gvcn.3a")
        (binding,) = certificates_repo.active_bindings(admin.db, role="gvcn", user_id=teacher.id)
    assert (binding.remote_service, binding.remote_user) == ("demo-csc", "gv.3a")
