"""Known PKCS#11 modules of Vietnamese token vendors, their discovery, and a pre-load check.

The table is data (`KNOWN_MODULES`): an administrator adds a path through the configured module or
`extra` paths, never by changing code. Paths marked ``confirmed=False`` come from vendor installers
seen in forum posts and guides and have not been checked on a real machine (engineering notes §4.7).
The pre-load check reads the file header so that a 32-bit DLL in a 64-bit program, or a file that is
not a shared library at all, gets a message that says so instead of LoadLibrary error 193.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hocbaso_desktop.domain.errors import os_reason
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.token.types import ModuleInfo


@dataclass(frozen=True)
class KnownModule:
    """One vendor module path for one operating system."""

    vendor: str
    platform: str  # "win32" | "linux" | "darwin"
    path: str
    confirmed: bool


_SYS32 = r"C:\Windows\System32"
KNOWN_MODULES: tuple[KnownModule, ...] = (
    # VGCA (Ban Cơ yếu Chính phủ): SafeNet or Bit4ID middleware (engineering notes §4.7).
    KnownModule("VGCA / SafeNet eToken", "win32", _SYS32 + r"\eTPKCS11.dll", True),
    KnownModule("VGCA / Bit4ID", "win32", _SYS32 + r"\bit4xpki.dll", True),
    KnownModule("VGCA / SafeNet eToken", "linux", "/usr/lib/libeTPkcs11.so", True),
    KnownModule("VGCA / Bit4ID", "linux", "/usr/lib/libbit4xpki.so", True),
    # Viettel-CA: the Linux path is from pyHanko#456; the Windows one follows the same naming.
    KnownModule("Viettel-CA", "linux", "/usr/lib/viettel-ca_v6.so", True),
    KnownModule("Viettel-CA", "win32", _SYS32 + r"\viettel-ca_v6.dll", False),
    KnownModule("VNPT-CA", "win32", _SYS32 + r"\vnpt-ca_v34.dll", False),
    KnownModule("VNPT-CA", "win32", _SYS32 + r"\vnpt-ca_csp11.dll", False),
    KnownModule("VNPT-CA", "linux", "/usr/lib/vnpt-ca_v34.so", False),
    KnownModule("BKAV-CA", "win32", _SYS32 + r"\BkavCA.dll", False),
    KnownModule("BKAV-CA", "win32", _SYS32 + r"\bkavcsp11.dll", False),
    KnownModule("FPT-CA", "win32", _SYS32 + r"\fpt-ca.dll", False),
    KnownModule("FPT-CA", "win32", _SYS32 + r"\ShuttleCsp11_3003.dll", False),
    KnownModule("OpenSC", "win32", _SYS32 + r"\opensc-pkcs11.dll", True),
    KnownModule("OpenSC", "linux", "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", True),
    KnownModule("SoftHSM2 (thử nghiệm)", "win32", r"C:\SoftHSM2\lib\softhsm2-x64.dll", True),
    KnownModule("SoftHSM2 (thử nghiệm)", "linux", "/usr/lib/softhsm/libsofthsm2.so", True),
    KnownModule("SoftHSM2 (thử nghiệm)", "darwin", "/usr/local/lib/softhsm/libsofthsm2.so", True),
)

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"

# ELF e_machine and PE Machine values for the architectures we can meet.
_ELF_MACHINES = {3: "x86", 62: "x64", 40: "arm", 183: "arm64"}
_PE_MACHINES = {0x14C: "x86", 0x8664: "x64", 0xAA64: "arm64"}


def process_architecture() -> str:
    """The architecture this Python process runs as ("x64", "x86", "arm64", …)."""
    bits = struct.calcsize("P") * 8
    machine = os.uname().machine.lower() if hasattr(os, "uname") else os.environ.get(
        "PROCESSOR_ARCHITECTURE", "").lower()
    if machine in ("aarch64", "arm64"):
        return "arm64"
    return "x64" if bits == 64 else "x86"


def module_architecture(path: str | os.PathLike[str]) -> str | None:
    """Read the architecture from an ELF or PE header; "unknown" for other binaries, None if not a library."""
    with open(path, "rb") as f:
        head = f.read(4096)
    if head[:4] == b"\x7fELF" and len(head) >= 20:
        little = head[5] == 1
        (machine,) = struct.unpack("<H" if little else ">H", head[18:20])
        return _ELF_MACHINES.get(machine, "unknown")
    if head[:2] == b"MZ" and len(head) >= 0x40:
        (pe_offset,) = struct.unpack("<I", head[0x3C:0x40])
        if head[pe_offset:pe_offset + 4] != b"PE\0\0":
            return None
        (machine,) = struct.unpack("<H", head[pe_offset + 4:pe_offset + 6])
        return _PE_MACHINES.get(machine, "unknown")
    if head[:4] in (b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):  # Mach-O 64 / universal
        return "unknown"
    return None


def check_module(path: str | os.PathLike[str]) -> str | None:
    """Return a Vietnamese explanation of why `path` cannot be loaded here, or None if it looks fine."""
    p = Path(path)
    if not p.is_file():
        return _("Không tìm thấy phần mềm thiết bị ký (thư viện PKCS#11) tại {path}. Hãy cài phần mềm của "
                 "thiết bị ký hoặc chọn đúng tệp thư viện.", path=str(p))
    try:
        arch = module_architecture(p)
    except OSError as exc:
        return _("Không đọc được phần mềm thiết bị ký (thư viện PKCS#11) {path}: {err}", path=str(p), err=os_reason(exc))
    if arch is None:
        return _("Tệp {path} không phải là phần mềm thiết bị ký (thư viện PKCS#11, DLL/.so).", path=str(p))
    mine = process_architecture()
    if arch != "unknown" and arch != mine:
        bits = {"x86": "32-bit", "x64": "64-bit", "arm": "ARM 32-bit", "arm64": "ARM 64-bit"}
        return _("Phần mềm thiết bị ký (thư viện PKCS#11) {path} là bản {theirs}, còn chương trình này là bản "
                 "{mine}. Hãy cài bản {mine} của phần mềm thiết bị ký.", path=str(p), theirs=bits.get(arch, arch),
                 mine=bits.get(mine, mine))
    return None


def _vendor_of(path: str) -> str:
    """The vendor name for a known path, or an empty string."""
    for known in KNOWN_MODULES:
        if os.path.normcase(known.path) == os.path.normcase(path):
            return known.vendor
    return ""


def list_modules(configured: str | None = None, extra: Iterable[str] = (),
                 platform: str | None = None) -> list[ModuleInfo]:
    """The configured module first, then `extra` paths, then the known modules for this OS (deduplicated)."""
    platform = platform or ("linux" if sys.platform.startswith("linux") else sys.platform)
    candidates: list[tuple[str, str]] = []
    if configured:
        candidates.append((configured, "configured"))
    candidates += [(p, "configured") for p in extra]
    candidates += [(k.path, "discovered") for k in KNOWN_MODULES if k.platform == platform]
    seen: set[str] = set()
    result: list[ModuleInfo] = []
    for path, source in candidates:
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            continue
        seen.add(key)
        found = Path(path).is_file()
        if source == "discovered" and not found:
            continue
        problem = check_module(path)
        result.append(ModuleInfo(path=path, vendor=_vendor_of(path), source=source, found=found,
                                 loadable=problem is None, problem=problem))
    return result


def default_module(configured: str | None = None) -> str | None:
    """The module to use: the configured path, else the first discovered loadable module, else None."""
    if configured:
        return configured
    for info in list_modules(None):
        if info.loadable:
            return info.path
    return None
