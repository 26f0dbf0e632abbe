"""Pinning of each server's receipt key at first contact (central-api.md `GET /ping`).

Pins live in the school settings ("sync.receipt_keys": {server_url: base64 key}). A different key
later raises ReceiptKeyChangedError: the administrator must check it with the Sở and then forget
the old pin (`hocbaso sync configure --forget-receipt-key`); it is never silently accepted.
"""

from __future__ import annotations

from hocbaso_desktop.storage import SchoolDatabase, settings_repo
from hocbaso_desktop.sync.errors import ReceiptKeyChangedError

PINS_KEY = "sync.receipt_keys"


def _normalise(url: str) -> str:
    return url.rstrip("/")


def pinned_key(db: SchoolDatabase, server_url: str) -> str | None:
    """The receipt key pinned for `server_url`, if any."""
    return (settings_repo.get_setting(db, PINS_KEY, {}) or {}).get(_normalise(server_url))


def check_and_pin(db: SchoolDatabase, server_url: str, receipt_key: str) -> str:
    """Pin `receipt_key` on first contact; raise ReceiptKeyChangedError if another key is pinned."""
    pins = dict(settings_repo.get_setting(db, PINS_KEY, {}) or {})
    current = pins.get(_normalise(server_url))
    if current is None:
        pins[_normalise(server_url)] = receipt_key
        with db.transaction():
            settings_repo.set_setting(db, PINS_KEY, pins)
        return receipt_key
    if current != receipt_key:
        raise ReceiptKeyChangedError()
    return current


def forget(db: SchoolDatabase, server_url: str) -> bool:
    """Remove the pin for `server_url` (administrator, after checking the new key); True if one existed."""
    pins = dict(settings_repo.get_setting(db, PINS_KEY, {}) or {})
    existed = pins.pop(_normalise(server_url), None) is not None
    with db.transaction():
        settings_repo.set_setting(db, PINS_KEY, pins)
    return existed
