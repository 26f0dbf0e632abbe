"""The layers of design.md, checked on the import graph of every module (imports inside functions count, and so do
modules loaded by name: `import_module`, the command preloads, tables of "module:Class" strings).

Imports go only downward; vendor libraries stay in their layer; nothing outside a package imports past
its face (`__all__`); no module is over 500 lines and there is no import circle, in the program or the reference
server; the core imports no Qt; ui/ decides no permission and cli/ calls only services/. The reference server's own
rules (the wire contract, who starts it, its vendor libraries) are in tests/test_server_layering.py.
"""

from __future__ import annotations

import ast
import functools
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "hocbaso_desktop"
SERVER = PKG.parent / "hocbaso_server"
ROOT = "hocbaso_desktop"

# The ground floor every layer may use. The errors and the translation of messages are domain's (domain.errors,
# domain.i18n), so that domain itself imports nothing of the program outside it.
BASE = frozenset({ROOT, "logsetup", "limits", "private_files", "faces", "bulk", "tls", "helper_processes"})
USE_CASES = frozenset({"services", "selftest", "demo", "demo_names"})
CAPABILITIES = frozenset({"dataio", "sync", "signing", "printing", "token", "remote", "storage", "domain", "app"})
# layer -> the layers it may import (besides itself)
ALLOWED: dict[str, frozenset[str]] = {
    "logsetup": frozenset(),
    "limits": frozenset({"domain"}),  # its refusals are the program's errors, in the reader's language
    "private_files": frozenset(),
    "faces": frozenset(),
    "tls": frozenset(),
    "helper_processes": frozenset(),
    ROOT: frozenset(),
    "domain": frozenset(),
    "storage": BASE | {"domain"},
    "token": BASE | {"domain"},
    "remote": BASE | {"domain", "sync"},  # remote signers (CSC); their bounded HTTP request is sync's
    "printing": BASE | {"domain"},
    "app": BASE | {"domain", "storage"},
    "sync": BASE | {"domain", "storage"},
    "signing": BASE | {"domain", "storage", "token", "remote", "printing"},
    "dataio": BASE | {"domain", "storage", "token", "printing", "signing"},
    "services": BASE | USE_CASES | CAPABILITIES,
    "selftest": BASE | USE_CASES | CAPABILITIES,
    "demo": BASE | USE_CASES | CAPABILITIES,
    "demo_names": BASE,
    "ui": BASE | USE_CASES | {"domain", "app", "token"},
    "cli": BASE | USE_CASES | {"domain", "app", "ui"},  # ui: the GUI launcher only (test_cli_calls_only_services)
    "__main__": frozenset({"cli"}),
}
VENDORS = {  # top-level library -> the layers allowed to import it
    "PySide6": {"ui"},
    "shiboken6": {"ui"},
    "PyKCS11": {"token"},
    "sqlcipher3": {"storage"},
    "sqlite3": {"storage"},
    "httpx": {"sync"},
    "pyhanko": {"signing", "selftest"},
    "pyhanko_certvalidator": {"signing"},
    "reportlab": {"printing", "signing"},
    "openpyxl": {"dataio"},
}
FACES = ("storage", "sync", "signing", "services", "token", "printing", "remote")  # reached only through __all__


def _module_name(path: Path, package: Path | None = None) -> str:
    parts = list(path.relative_to((package or PKG).parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules(package: Path | None = None) -> dict[str, Path]:
    """Every module of the program (or of `package`, such as the reference server), by dotted name."""
    package = package or PKG
    return {_module_name(p, package): p for p in sorted(package.rglob("*.py"))}


# Modules loaded by name on a thread while the main thread waits in Argon2 (cli/preload.py): a warm-up that calls
# nothing, so it is exempt from the layer rules; the command uses them through services/ as usual.
PRELOADS = {
    f"{ROOT}.cli.dataio_cmds": {"openpyxl"},
    f"{ROOT}.cli.signing_cmds": {f"{ROOT}.signing.token_signing", f"{ROOT}.signing.issuance", f"{ROOT}.signing.ltv"},
}
_MODULE_NAME = re.compile(rf"^{ROOT}(\.\w+)+(:\w+)?$")


def _named_imports(tree: ast.AST) -> list[tuple[str, int]]:
    """Modules loaded by name: the string arguments of `import_module` and `BackgroundImports`, and
    "hocbaso_desktop.x.y[:Class]" strings in tables (dict values, tuples, lists), as ui/main_window's pages."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if func in ("import_module", "BackgroundImports"):
                found += [(c.value, c.lineno) for c in _string_constants(node.args)]
        elif isinstance(node, ast.Dict | ast.Tuple | ast.List):
            items = node.values if isinstance(node, ast.Dict) else node.elts
            found += [(c.value.partition(":")[0], c.lineno) for c in items
                      if isinstance(c, ast.Constant) and isinstance(c.value, str) and _MODULE_NAME.match(c.value)]
    return sorted(set(found), key=lambda found_at: (found_at[1], found_at[0]))


def _string_constants(nodes: list[ast.expr]) -> list[ast.Constant]:
    """String constants given as such, in tuples and lists, or as either branch of `a if c else b` (not the pieces
    of an f-string)."""
    out = []
    for node in nodes:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            out.append(node)
        elif isinstance(node, ast.Tuple | ast.List):
            out += _string_constants(node.elts)
        elif isinstance(node, ast.IfExp):
            out += _string_constants([node.body, node.orelse])
    return out


def _imports(name: str, path: Path) -> tuple[tuple[str, tuple[str, ...], int], ...]:
    """(imported module, names taken from it, line) for every import statement, wherever it sits, and for every
    module loaded by name (`_named_imports`; the preloads of PRELOADS apart)."""
    stat = path.stat()
    return _imports_of(name, path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _parsed(path: Path, mtime_ns: int, size: int) -> ast.Module:
    """A module's tree, parsed once per test process (a dozen checks walk every module; keyed by the file's state)."""
    return ast.parse(path.read_text(encoding="utf-8"))


@functools.cache
def _imports_of(name: str, path: Path, mtime_ns: int, size: int) -> tuple[tuple[str, tuple[str, ...], int], ...]:
    tree = _parsed(path, mtime_ns, size)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = [(module, (), line) for module, line in _named_imports(tree) if module not in PRELOADS.get(name, ())]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(a.name, (), node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            found.append((base, tuple(a.name for a in node.names), node.lineno))
    return tuple(found)


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ROOT


def _graph(package: Path | None = None) -> dict[str, set[str]]:
    modules = _modules(package)
    root = (package or PKG).name
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for base, names, _line in _imports(name, path):
            if base.split(".")[0] != root:
                continue
            for n in names:
                if f"{base}.{n}" in modules:
                    targets.add(f"{base}.{n}")
            if base in modules and (not names or any(f"{base}.{n}" not in modules for n in names)):
                targets.add(base)
        graph[name] = targets - {name}
    return graph


def upward_imports() -> list[str]:
    offenders = []
    for name, path in _modules().items():
        layer = _layer(name)
        for base, _names, line in _imports(name, path):
            if base.split(".")[0] != ROOT:
                continue
            target = _layer(base)
            if target != layer and target not in ALLOWED[layer]:
                offenders.append(f"{name}:{line} imports {base}")
    return offenders


def test_every_import_goes_downward():
    assert upward_imports() == []


def ui_storage_imports() -> list[str]:
    offenders = []
    for name, path in _modules().items():
        if _layer(name) != "ui":
            continue
        for base, _names, line in _imports(name, path):
            if base.startswith((f"{ROOT}.storage", f"{ROOT}.token.")) or base == f"{ROOT}.sync":
                offenders.append(f"{name}:{line} imports {base}")
    return offenders


def test_no_ui_module_imports_storage_or_token_internals():
    assert ui_storage_imports() == []


def misplaced_vendor_imports(package: Path | None = None, vendors: dict[str, set[str]] = VENDORS) -> list[str]:
    """Imports of a vendor library outside the layers `vendors` names for it (the program's, or the server's)."""
    offenders = []
    for name, path in _modules(package).items():
        for base, _names, line in _imports(name, path):
            allowed = vendors.get(base.split(".")[0])
            if allowed is not None and _layer(name) not in allowed:
                offenders.append(f"{name}:{line} imports {base}")
    return offenders


def test_vendor_libraries_stay_in_their_layer():
    assert misplaced_vendor_imports() == []


def imports_past_faces() -> list[str]:
    """Outside each package of FACES, imports name only what the package's __all__ lists."""
    faces = {p: set(importlib.import_module(f"{ROOT}.{p}").__all__) for p in FACES}
    offenders = []
    for name, path in _modules().items():
        for base, names, line in _imports(name, path):
            parts = base.split(".")
            if parts[0] != ROOT or len(parts) < 2 or parts[1] not in faces or _layer(name) == parts[1]:
                continue
            face = faces[parts[1]]
            if len(parts) > 2 or not names or any(n not in face for n in names):
                offenders.append(f"{name}:{line} imports {base} {names}")
    return offenders


def test_nothing_imports_past_a_package_face():
    assert imports_past_faces() == []


def test_no_import_circle():
    assert import_circles(PKG) == []
    assert import_circles(SERVER) == []


@pytest.mark.parametrize("root", [ROOT, SERVER.name])
def test_the_circle_check_sees_a_circle_through_a_function(tmp_path, root):
    """The checker itself, on either package: a module importing another at its top, which imports it back inside
    a function."""
    package = tmp_path / root
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "bad.py").write_text(f"from {root}.ui import other\n")
    (package / "ui" / "other.py").write_text(f"def f():\n    from {root}.ui.bad import g\n")
    assert import_circles(package) == [[f"{root}.ui.bad", f"{root}.ui.other"]]


def import_circles(package: Path) -> list[list[str]]:
    """The import circles (strongly connected components of more than one module) among `package`'s modules."""
    graph = _graph(package)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    for v in graph:
        if v not in index:
            visit(v)
    return sorted(circles)


def test_no_module_over_500_lines():
    long = {name: n for name, path in {**_modules(), **_modules(SERVER)}.items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}


def test_domain_is_pure():
    forbidden = {"os", "socket", "subprocess", "sqlite3", "httpx", "random", "time", "threading", "pathlib"}
    offenders = [f"{name}:{line} imports {base}" for name, path in _modules().items() if _layer(name) == "domain"
                 for base, _names, line in _imports(name, path) if base.split(".")[0] in forbidden]
    assert offenders == []


def test_core_imports_without_qt():
    """Every module outside ui/ (and the GUI launcher) imports without loading Qt."""
    core = [n for n in _modules() if _layer(n) != "ui" and n not in (f"{ROOT}.cli.gui_launch", f"{ROOT}.__main__")]
    assert len(core) > 200   # every module, not the package faces alone
    code = ("import importlib, sys\n"
            f"for name in {core!r}:\n"
            "    importlib.import_module(name)\n"
            "    if 'PySide6' in sys.modules or 'shiboken6' in sys.modules:\n"
            "        sys.exit(f'Qt imported by {name}')\n"
            "    print(name)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == core   # each one imported and checked, in turn


def _fake_screen(tmp_path: Path, monkeypatch, source: str) -> None:
    """Point the checks at a package of one screen, `ui/bad.py`, holding `source`."""
    fake = tmp_path / ROOT
    (fake / "ui").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "ui" / "__init__.py").write_text("")
    (fake / "ui" / "bad.py").write_text(source)
    monkeypatch.setattr(sys.modules[__name__], "PKG", fake)


def test_the_layering_check_sees_a_bad_import(tmp_path, monkeypatch):
    """The checker itself: a ui module importing storage is found."""
    _fake_screen(tmp_path, monkeypatch, "def f():\n    from hocbaso_desktop.storage import users_repo\n")
    assert ui_storage_imports() == upward_imports() == ["hocbaso_desktop.ui.bad:2 imports hocbaso_desktop.storage"]


def test_the_layering_check_sees_modules_loaded_by_name(tmp_path, monkeypatch):
    """The checker itself: a screen loading storage by name, or a table naming a storage module, is found."""
    _fake_screen(tmp_path, monkeypatch, "import importlib\nPAGES = {'x': 'hocbaso_desktop.storage.audit:Log'}\n"
                                         "def f():\n    return importlib.import_module('hocbaso_desktop.storage')\n")
    assert upward_imports() == ["hocbaso_desktop.ui.bad:2 imports hocbaso_desktop.storage.audit",
                                "hocbaso_desktop.ui.bad:4 imports hocbaso_desktop.storage"]


def test_levels_are_written_with_the_glossary_enum():
    """The school levels appear as string literals only in domain/glossary.py (code writes Level.TIEU_HOC)."""
    literals = {"tieuhoc", "thcs", "thpt"}
    offenders = []
    for name, path in _modules().items():
        if name == f"{ROOT}.domain.glossary":
            continue
        stat = path.stat()
        for node in ast.walk(_parsed(path, stat.st_mtime_ns, stat.st_size)):
            if isinstance(node, ast.Constant) and node.value in literals:
                offenders.append(f"{name}:{node.lineno} {node.value!r}")
    assert offenders == []


# cli/ calls only services/ (and the use-case floor beside it: the self-test, the demo school), the domain's
# enums and glossary, the base, and app for where files live; `require` is a service's first line, not a
# command's. The GUI launcher alone opens ui/.
CLI_ALLOWED = frozenset({"cli", "services", "selftest", "demo", "domain", "app"}) | BASE


def cli_imports_beyond_services() -> dict[str, set[str]]:
    """cli module (short name) -> the layers (and "require") it imports that CLI_ALLOWED does not name."""
    found: dict[str, set[str]] = {}
    for name, path in _modules().items():
        if _layer(name) != "cli":
            continue
        short = name.rpartition(".")[2] if name != f"{ROOT}.cli" else "__init__"
        for base, names, _line in _imports(name, path):
            if base.split(".")[0] != ROOT:
                continue
            target = _layer(base)
            if base == f"{ROOT}.domain.roles" and "require" in names:
                found.setdefault(short, set()).add("require")
            elif target not in CLI_ALLOWED and not (target == "ui" and short == "gui_launch"):
                found.setdefault(short, set()).add(target)
    return found


def test_cli_calls_only_services():
    assert cli_imports_beyond_services() == {}, "cli/ must call services/ (move the use case there, permission first)"


# ui/ takes only names of values from domain.roles; what decides a permission (`require`, `is_allowed`, the tables)
# belongs to the use cases, and a screen asks the `SignedIn` view services/ gives it (`may`, `actions`).
UI_MAY_TAKE_FROM_ROLES = frozenset({"Action", "Role", "Principal"})


def ui_permission_checks() -> list[str]:
    """ui/ imports of domain.roles beyond those names: a deciding function or table, or the module itself."""
    roles = f"{ROOT}.domain.roles"
    offenders = []
    for name, path in _modules().items():
        if _layer(name) != "ui":
            continue
        for base, names, line in _imports(name, path):
            if (base == f"{ROOT}.domain" and "roles" in names) or base.startswith(f"{roles}.") or \
                    (base == roles and not names):
                offenders.append(f"{name}:{line} imports {roles}")
            elif base == roles:
                offenders += [f"{name}:{line} imports {n}" for n in names if n not in UI_MAY_TAKE_FROM_ROLES]
    return offenders


def test_no_ui_module_checks_permissions_itself():
    assert ui_permission_checks() == []


def test_the_cli_and_ui_checks_see_bad_imports(tmp_path, monkeypatch):
    """The checker itself: a command importing storage or require, a screen importing require, are found."""
    fake = tmp_path / ROOT
    for layer in ("cli", "ui"):
        (fake / layer).mkdir(parents=True)
        (fake / layer / "__init__.py").write_text("")
    (fake / "__init__.py").write_text("")
    (fake / "cli" / "new_cmds.py").write_text("def f():\n    from hocbaso_desktop.storage import audit\n"
                                               "    from hocbaso_desktop.domain.roles import Role, require\n")
    (fake / "cli" / "ok_cmds.py").write_text("from hocbaso_desktop.services import students\n"
                                              "from hocbaso_desktop.domain.roles import Role\n")
    (fake / "ui" / "page.py").write_text("from hocbaso_desktop.domain.roles import Action, require\n"
                                         "def f():\n    from hocbaso_desktop.domain.roles import is_allowed\n"
                                         "import hocbaso_desktop.domain.roles\nfrom hocbaso_desktop.domain import roles\n"
                                         "from ..domain.roles import PERMISSIONS\n")
    monkeypatch.setattr(sys.modules[__name__], "PKG", fake)
    assert cli_imports_beyond_services() == {"new_cmds": {"storage", "require"}}
    assert sorted(ui_permission_checks()) == [
        "hocbaso_desktop.ui.page:1 imports require", "hocbaso_desktop.ui.page:3 imports is_allowed",
        "hocbaso_desktop.ui.page:4 imports hocbaso_desktop.domain.roles",
        "hocbaso_desktop.ui.page:5 imports hocbaso_desktop.domain.roles", "hocbaso_desktop.ui.page:6 imports PERMISSIONS"]
