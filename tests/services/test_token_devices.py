"""What `hocbaso token list` reads through services.token_devices: a module's tokens with their certificates,
and a file that is not a module reported as that module's problem (never raised)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hocbaso_desktop.services import token_devices
from tests.fixtures.softhsm import SoftHsmSet


@pytest.mark.token
def test_a_module_lists_its_tokens_with_their_certificates(softhsm_tokens: SoftHsmSet,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOFTHSM2_CONF", softhsm_tokens.env["SOFTHSM2_CONF"])
    found = token_devices.scan(softhsm_tokens.module_path)
    assert found.problem is None
    by_label = {view.token.label: view for view in found.tokens}
    assert set(by_label) == {"GiaoVien", "HieuTruong", "ConDau"}
    assert by_label["GiaoVien"].token.serial == softhsm_tokens.tokens["GiaoVien"].serial
    assert [c.key_id.hex() for c in by_label["HieuTruong"].certificates] == ["02"]
    assert all(view.problem is None for view in found.tokens)


def test_a_file_that_is_not_a_module_is_the_module_s_problem(tmp_path: Path) -> None:
    fake = tmp_path / "vnpt.dll"
    fake.write_text("MZ? no")
    found = token_devices.scan(str(fake))
    assert found.tokens == () and "không phải là phần mềm thiết bị ký (thư viện PKCS#11" in found.problem
    listed = {m.path: m for m in token_devices.modules(str(fake))}
    assert str(fake) in listed and not listed[str(fake)].loadable
