"""The reference server's layering (src/hocbaso_server/): it shares only the wire contract with the program, only
two places of the program start it, and its vendor libraries stay in their rooms. The import readers are
tests/test_layering.py's (imports inside functions and modules loaded by name count)."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

from tests.test_layering import (
    ROOT,
    SERVER,
    _fake_screen,
    _imports,
    _modules,
    _parsed,
    misplaced_vendor_imports,
)

# The reference server's rooms for the same libraries: pyHanko only in hocbaso_server.signing (the check of a
# submitted PDF); no Qt, no PKCS#11 (its CSC service signs with software keys).
SERVER_VENDORS = {"PySide6": set(), "shiboken6": set(), "PyKCS11": set(), "pyhanko": {"signing"},
                  "pyhanko_certvalidator": {"signing"}}


def test_the_server_keeps_its_vendor_libraries_in_their_rooms():
    assert misplaced_vendor_imports(SERVER, SERVER_VENDORS) == []


def test_the_server_vendor_check_sees_pyhanko_outside_signing(tmp_path):
    """The checker itself: pyHanko imported inside a function of another server module is found."""
    fake = tmp_path / "hocbaso_server"
    (fake / "signing").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "signing" / "__init__.py").write_text("from pyhanko.sign import validation\n")
    (fake / "checks.py").write_text("def f():\n    from pyhanko.sign.validation import validate_pdf_signature\n")
    assert misplaced_vendor_imports(fake, SERVER_VENDORS) == ["hocbaso_server.checks:2 imports pyhanko.sign.validation"]


# The reference server shares only the wire contract with the program; the program starts the server only from
# the `hocbaso server` command and the demo's remote-signing service.
SERVER_MAY_USE = frozenset({f"{ROOT}.sync.protocol", f"{ROOT}.sync.bundle_crypto", f"{ROOT}.limits"})
MAY_START_THE_SERVER = frozenset({f"{ROOT}.cli.server_cmds", f"{ROOT}.signing.demo_remote"})


def server_boundary_crossings() -> list[str]:
    """Imports across the program / reference-server line other than the ones above."""
    offenders = []
    for path in sorted(SERVER.rglob("*.py")):
        parts = list(path.relative_to(SERVER.parent).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for base, names, line in _imports(name, path):
            if base.split(".")[0] != ROOT:
                continue
            used = {f"{base}.{n}" for n in names} if base in (ROOT, f"{ROOT}.sync") and names else {base}
            offenders += [f"{name}:{line} imports {u}" for u in sorted(used - SERVER_MAY_USE)]
    for name, path in _modules().items():
        if name not in MAY_START_THE_SERVER:
            offenders += [f"{name}:{line} imports {base}" for base, _names, line in _imports(name, path)
                          if base.split(".")[0] == "hocbaso_server"]
            offenders += [f"{name}:{line} starts {module}" for module, line in _server_runs(path)]
    return offenders


def _server_runs(path: Path) -> list[tuple[str, int]]:
    """(module, line) for each argument list that runs a server module as a program: `[..., "-m", "hocbaso_server…"]`
    (a message that tells a person the command is text, not a start, and is not counted)."""
    stat = path.stat()
    found = []
    for node in ast.walk(_parsed(path, stat.st_mtime_ns, stat.st_size)):
        if isinstance(node, ast.List | ast.Tuple):
            values = [e.value if isinstance(e, ast.Constant) else None for e in node.elts]
            found += [(module, node.lineno) for flag, module in itertools.pairwise(values)
                      if flag == "-m" and isinstance(module, str) and module.split(".")[0] == "hocbaso_server"]
    return found


def test_the_reference_server_shares_only_the_wire_contract():
    assert server_boundary_crossings() == []


def test_the_server_check_sees_a_server_started_as_a_program(tmp_path, monkeypatch):
    """The checker itself: a screen that runs `python -m hocbaso_server.csc` is found; telling a person to is not."""
    _fake_screen(tmp_path, monkeypatch, "import subprocess, sys\nHELP = 'python -m hocbaso_server.csc --port 8799'\n"
                                         "def f():\n    subprocess.Popen([sys.executable, '-m', 'hocbaso_server.csc'])\n")
    assert server_boundary_crossings() == ["hocbaso_desktop.ui.bad:4 starts hocbaso_server.csc"]
