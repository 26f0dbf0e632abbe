"""A package's public face, loaded name by name on first use (PEP 562).

storage/, sync/, signing/ and services/ list what others may use in a table `{name: module or None}`
(None: the name is a submodule). Nothing is imported until a name is used, so a command pays only for
the modules it touches.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_face(package: str, face: Mapping[str, str | None],
              namespace: dict[str, Any]) -> tuple[list[str], Callable[[str], Any], Callable[[], list[str]]]:
    """(`__all__`, `__getattr__`, `__dir__`) for `package`, whose namespace caches each name once loaded."""
    names = sorted(face)

    def getattr_(name: str) -> Any:
        if name not in face:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module = face[name]
        value = importlib.import_module(f"{package}.{module or name}")
        if module is not None:
            value = getattr(value, name)
        namespace[name] = value
        return value

    return names, getattr_, lambda: names
