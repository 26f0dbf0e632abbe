"""Module discovery and the pre-load check (missing file, not a library, wrong bitness)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from hocbaso_desktop.token import KNOWN_MODULES, ModuleLoadError, TokenClient, check_module, list_modules
from hocbaso_desktop.token.modules import module_architecture, process_architecture


def _elf(path: Path, machine: int, bits: int = 64) -> Path:
    header = b"\x7fELF" + bytes([2 if bits == 64 else 1, 1, 1]) + bytes(9) + struct.pack("<HH", 3, machine)
    path.write_bytes(header + bytes(64))
    return path


def _pe(path: Path, machine: int) -> Path:
    data = bytearray(512)
    data[0:2] = b"MZ"
    data[0x3C:0x40] = struct.pack("<I", 0x80)
    data[0x80:0x84] = b"PE\0\0"
    data[0x84:0x86] = struct.pack("<H", machine)
    path.write_bytes(bytes(data))
    return path


def test_missing_module_says_it_is_missing(tmp_path: Path) -> None:
    problem = check_module(tmp_path / "vnpt-ca.so")
    assert problem is not None and "Không tìm thấy phần mềm thiết bị ký (thư viện PKCS#11)" in problem
    with pytest.raises(ModuleLoadError, match="Không tìm thấy"):
        TokenClient(str(tmp_path / "vnpt-ca.so")).list_tokens()


def test_text_file_is_not_a_library(tmp_path: Path) -> None:
    fake = tmp_path / "token.dll"
    fake.write_text("not a library")
    assert "không phải là phần mềm thiết bị ký (thư viện PKCS#11" in (check_module(fake) or "")


@pytest.mark.skipif(process_architecture() != "x64", reason="bitness check written for a 64-bit x86 runner")
def test_wrong_bitness_is_named(tmp_path: Path) -> None:
    assert module_architecture(_pe(tmp_path / "a.dll", 0x14C)) == "x86"
    assert module_architecture(_pe(tmp_path / "b.dll", 0x8664)) == "x64"
    problem32 = check_module(_pe(tmp_path / "eTPKCS11.dll", 0x14C))
    assert problem32 is not None and "32-bit" in problem32 and "64-bit" in problem32
    problem_elf = check_module(_elf(tmp_path / "lib32.so", 3, bits=32))
    assert problem_elf is not None and "32-bit" in problem_elf
    assert check_module(_elf(tmp_path / "lib64.so", 62)) is None


def test_shared_library_that_is_not_pkcs11_fails_to_load_with_a_message() -> None:
    libz = next((p for p in ("/lib/x86_64-linux-gnu/libz.so.1", "/usr/lib/x86_64-linux-gnu/libz.so.1")
                 if Path(p).is_file()), None)
    if libz is None:
        pytest.skip("libz.so.1 not found")
    with TokenClient(libz) as client, pytest.raises(ModuleLoadError, match=r"không phải phần mềm thiết bị ký \(thư viện PKCS#11"):
        client.list_tokens()


def test_discovery_lists_configured_first_and_only_existing_known_paths(tmp_path: Path) -> None:
    configured = str(tmp_path / "missing.so")
    found = list_modules(configured, platform="linux")
    assert found[0].path == configured and found[0].source == "configured"
    assert not found[0].found and not found[0].loadable and found[0].problem
    assert all(m.found for m in found[1:])
    assert {m.path for m in found[1:]} <= {k.path for k in KNOWN_MODULES if k.platform == "linux"}


def test_vendor_table_covers_the_vietnamese_cas() -> None:
    vendors = " ".join(k.vendor for k in KNOWN_MODULES)
    for name in ("VNPT-CA", "Viettel-CA", "BKAV", "FPT", "VGCA", "Bit4ID", "SafeNet", "SoftHSM2"):
        assert name in vendors
