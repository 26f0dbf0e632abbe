"""The installation self-test: in-process (as the About box runs it) and as `hocbaso self-test --json`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from hocbaso_desktop.selftest import FAILED, NOT_CONFIGURED, OK, WARNING, run_self_test
from hocbaso_desktop.storage.settings_repo import set_setting
from tests.fixtures.central_server import API_TOKEN, free_port

EXPECTED_CHECKS = ["sqlcipher", "fonts", "pdf", "token", "trust", "server", "data_folder"]


def _by_key(report) -> dict:
    return {check.key: check for check in report.checks}


@pytest.fixture
def empty_softhsm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point SoftHSM2 at an empty token folder: the self-test must never read the system's tokens."""
    tokens = tmp_path / "softhsm-tokens"
    tokens.mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n", encoding="utf-8")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))


def test_all_required_checks_pass_without_a_database(tmp_path: Path, empty_softhsm: None) -> None:
    calls: list[tuple[int, int, str]] = []
    report = run_self_test(lambda done, total, title: calls.append((done, total, title)), data_dir=tmp_path / "data")
    checks = _by_key(report)
    assert list(checks) == EXPECTED_CHECKS
    assert report.ok, report.as_text()
    for key in ("sqlcipher", "fonts", "pdf", "data_folder"):
        assert checks[key].status == OK, checks[key]
    assert checks["server"].status == NOT_CONFIGURED
    assert "chưa cấu hình" in checks["server"].detail
    assert "chưa cấu hình" in checks["trust"].detail
    assert [c[0] for c in calls] == list(range(len(EXPECTED_CHECKS) + 1))
    assert (tmp_path / "data").is_dir() and not list((tmp_path / "data").iterdir())  # probe file removed
    text = report.as_text()
    assert "[ĐẠT] Cơ sở dữ liệu mã hóa (SQLCipher)" in text
    assert report.as_dict()["ok"] is True


def test_token_check_starts_the_worker_and_lists_tokens(tmp_path: Path, softhsm_tokens, monkeypatch) -> None:
    monkeypatch.setenv("SOFTHSM2_CONF", softhsm_tokens.env["SOFTHSM2_CONF"])
    report = run_self_test(data_dir=tmp_path, token_module=softhsm_tokens.module_path)
    token = _by_key(report)["token"]
    assert token.status == OK, token.detail
    assert "tiến trình riêng chạy được" in token.detail
    for label in ("GiaoVien", "HieuTruong", "ConDau"):
        assert f"“{label}”" in token.detail


def test_configured_module_that_is_not_a_library_fails(tmp_path: Path) -> None:
    fake = tmp_path / "not-a-module.so"
    fake.write_text("this is text, not a shared library", encoding="utf-8")
    report = run_self_test(data_dir=tmp_path / "data", token_module=str(fake))
    token = _by_key(report)["token"]
    assert token.status == FAILED and token.required
    assert "không phải là phần mềm thiết bị ký (thư viện PKCS#11" in token.detail
    assert not report.ok


def test_unwritable_data_folder_fails_the_report(tmp_path: Path, empty_softhsm: None) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    report = run_self_test(data_dir=blocker / "data")  # a folder cannot be made inside a file
    folder = _by_key(report)["data_folder"]
    assert folder.status == FAILED
    assert "Không ghi được vào thư mục dữ liệu" in folder.detail
    assert not report.ok
    assert "CÓ LỖI" in report.as_text()


def test_database_settings_offline_server_is_only_a_warning(tmp_path: Path, session_as, empty_softhsm) -> None:
    session = session_as("quantri")
    with session.db.transaction():
        set_setting(session.db, "sync.server_url", f"http://127.0.0.1:{free_port()}")  # nobody listens there
        set_setting(session.db, "sync.api_token", API_TOKEN)
    report = run_self_test(db=session.db, data_dir=tmp_path / "data")
    checks = _by_key(report)
    assert checks["server"].status == WARNING and not checks["server"].required
    assert "ngoại tuyến" in checks["server"].detail
    assert checks["trust"].status == WARNING  # the demo school trusts no root yet: said, not a failure
    assert "chưa cấu hình" not in checks["trust"].detail
    assert report.ok, report.as_text()


def test_database_settings_reachable_server(tmp_path: Path, session_as, central_server, empty_softhsm) -> None:
    session = session_as("quantri")
    with session.db.transaction():
        set_setting(session.db, "sync.server_url", central_server.url)
        set_setting(session.db, "sync.api_token", API_TOKEN)
    server = _by_key(run_self_test(db=session.db, data_dir=tmp_path / "data"))["server"]
    assert server.status == OK, server.detail
    assert central_server.url in server.detail


def test_command_line_json(tmp_path: Path, empty_softhsm: None) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "hocbaso_desktop", "self-test", "--json", "--data-dir",
                           str(tmp_path / "data")], capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True
    assert [c["key"] for c in report["checks"]] == EXPECTED_CHECKS
    assert report["version"]
    assert report["libraries"]["sqlcipher3"] != "?"


def test_command_line_exit_code_on_failure(tmp_path: Path, empty_softhsm: None) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "hocbaso_desktop", "self-test", "--data-dir", str(blocker / "d")],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 3
    assert "[LỖI] Thư mục dữ liệu" in done.stdout
