"""The sync layer: the outbox drained to the central system over httpx, the inbox pulled back, USB bundles.

This is the package's face: other packages import only the names listed in `__all__` (modules and
the names taken from them), and nothing is loaded until it is first used, so a command imports only
what it needs."""

from __future__ import annotations

from hocbaso_desktop.faces import lazy_face

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
    "is_old_bundle": "bundle",
    "check_old_bundle": "bundle",
    "OLD_BUNDLE_LAST_DAY": "bundle",
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
    "bounded_http": None,
    "BoundedHttp": "bounded_http",
    "OfflineError": "errors",
    "PeerLimitError": "errors",
}
__all__, __getattr__, __dir__ = lazy_face(__name__, _FACE, globals())
