"""The layers of design.md: the core never imports Qt, and each vendor library stays in its layer."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[1] / "src" / "hocbaso_desktop"
RULES = {  # import pattern -> the only subpackages allowed to use it
    r"^\s*(from|import) PySide6": ("ui",),
    r"^\s*(from|import) PyKCS11": ("token",),
    r"^\s*(from|import) (sqlcipher3|sqlite3)": ("storage",),
    r"^\s*(from|import) httpx": ("sync", "remote"),  # remote: the CSC client, beside token/ (design.md)
    r"^\s*(from|import) reportlab": ("printing", "signing"),
}


def test_core_imports_without_qt():
    code = ("import sys; import hocbaso_desktop.storage, hocbaso_desktop.sync, hocbaso_desktop.token, "
            "hocbaso_desktop.domain, hocbaso_desktop.signing, hocbaso_desktop.printing, hocbaso_desktop.cli; "
            "assert 'PySide6' not in sys.modules, 'Qt imported by the core'")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_vendor_imports_stay_in_their_layer():
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        text = path.read_text(encoding="utf-8")
        for pattern, allowed in RULES.items():
            if re.search(pattern, text, re.MULTILINE) and rel[0] not in allowed:
                offenders.append(f"{'/'.join(rel)}: {pattern}")
    assert offenders == []


def test_domain_is_pure():
    forbidden = re.compile(r"^\s*(from|import) (os|socket|subprocess|sqlite3|httpx|random|time)\b", re.MULTILINE)
    offenders = [p.name for p in (PKG / "domain").rglob("*.py") if forbidden.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
