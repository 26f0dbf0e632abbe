"""`hocbaso token list`: modules, tokens and certificates, as text and JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from hocbaso_desktop.cli import token_cmds
from tests.fixtures.softhsm import SoftHsmSet


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    token_cmds.register(parser.add_subparsers(), [])
    args = parser.parse_args(argv)
    return args.handler(args)


@pytest.mark.token
def test_token_list_text(softhsm_tokens: SoftHsmSet, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOFTHSM2_CONF", softhsm_tokens.env["SOFTHSM2_CONF"])
    assert _run(["token", "list", "--module", softhsm_tokens.module_path]) == 0
    out = capsys.readouterr().out
    assert f"số sê-ri {softhsm_tokens.tokens['GiaoVien'].serial}" in out
    assert "Nguyễn Thị Hoa – Giáo viên chủ nhiệm — cấp bởi CA Thử nghiệm Học bạ số – Cấp 2" in out
    assert "ký số, chống chối bỏ — mã khóa 01" in out
    assert "mã hóa khóa — mã khóa 12" in out


@pytest.mark.token
def test_token_list_json(softhsm_tokens: SoftHsmSet, monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOFTHSM2_CONF", softhsm_tokens.env["SOFTHSM2_CONF"])
    assert _run(["token", "list", "--module", softhsm_tokens.module_path, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (scan,) = data["scans"]
    labels = {t["label"]: t for t in scan["tokens"]}
    assert set(labels) == {"GiaoVien", "HieuTruong", "ConDau"}
    assert [c["key_id"] for c in labels["HieuTruong"]["certificates"]] == ["02"]
    assert labels["HieuTruong"]["certificates"][0]["subject_cn"] == "Trần Văn Đức – Hiệu trưởng"


def test_token_list_with_a_file_that_is_not_a_module(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fake = tmp_path / "vnpt.dll"
    fake.write_text("MZ? no")
    assert _run(["token", "list", "--module", str(fake)]) == 3
    assert "không phải là phần mềm thiết bị ký (thư viện PKCS#11" in capsys.readouterr().err
