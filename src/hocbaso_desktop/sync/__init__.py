"""The sync layer: the outbox drained to the central system over httpx, the inbox pulled back, USB bundles.

This is the package's face: other packages import only the names listed in `__all__` (modules and
the names taken from them), and nothing is loaded until it is first used, so a command imports only
what it needs."""

from __future__ import annotations

import importlib
from typing import Any

# name -> the module it comes from (None: the name is a module of this package)
_FACE: dict[str, str | None] = {
    "anchors": None,
    "fetch_anchors": "anchors",
    "NotConfiguredError": "errors",
    "fingerprint": "pinning",
    "BUNDLE_SUFFIX": "bundle",
    "RECEIPTS_SUFFIX": "bundle",
    "bundle": None,
    "default_receipts_path": "bundle",
    "export_bundle": "bundle",
    "import_receipts": "bundle",
    "upload_bundle": "bundle",
    "CentralClient": "client",
    "client": None,
    "SyncEngine": "engine",
    "SyncProgress": "engine",
    "SyncSettings": "engine",
    "engine": None,
    "AuthError": "errors",
    "errors": None,
    "pinning": None,
    "check_server_url": "protocol",
    "protocol": None,
    "SyncStatus": "status",
    "SyncSummary": "status",
    "status": None,
    "sync_status": "status",
}
__all__ = sorted(_FACE)


def __getattr__(name: str) -> Any:
    """Load a name of the face on first use."""
    if name not in _FACE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = _FACE[name]
    value = importlib.import_module(f"{__name__}.{module or name}")
    if module is not None:
        value = getattr(value, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
