"""Sync use cases for the window: the one status every view shows, a run over its own connection, USB bundles.

`status` (panel, SYNC permission) and `connection_status` (the status bar's own connection, for whoever is
signed in: it reads counts only, never the token) read the same outbox counts, so the panel, its table
and the status bar cannot disagree. A run (`run`) sends, pulls and returns its summary together with the
status read right after it on the same connection.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.errors import InvalidInputError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.sync.bundle import BUNDLE_SUFFIX, RECEIPTS_SUFFIX
from hocbaso_desktop.sync.engine import SyncEngine, SyncProgress, SyncSettings
from hocbaso_desktop.sync.status import SyncStatus, SyncSummary, sync_status

Opener = Callable[[], SchoolDatabase]


@dataclass(frozen=True)
class SyncOutcome:
    """One run's summary and the state of the outbox right after it (None: sync is not configured)."""

    summary: SyncSummary | None
    status: SyncStatus


def status(session) -> SyncStatus:
    """The sync panel's status (SYNC permission)."""
    require(session.user, Action.SYNC)
    return sync_status(session.db)


def connection_status(opener: Opener) -> SyncStatus:
    """The status read over a connection of its own (status bar, for whoever is signed in; no token shown)."""
    db = opener()
    try:
        return sync_status(db)
    finally:
        db.close()


def background_opener(session) -> Opener:
    """An opener for the background sync's own connection (anyone signed in: it sends only issued records)."""
    return session.db.sibling_opener()


def manual_opener(session) -> Opener:
    """An opener for a run started by a person ("Đồng bộ ngay": SYNC permission)."""
    require(session.user, Action.SYNC)
    return session.db.sibling_opener()


def run(opener: Opener, *, progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None) -> SyncOutcome:
    """One sync run over a connection of its own; the status is read after it on the same connection."""
    db = opener()
    try:
        if not sync_status(db).configured:
            return SyncOutcome(None, sync_status(db))
        summary = SyncEngine(db, SyncSettings.from_db(db)).run(progress=progress, cancel=cancel)
        return SyncOutcome(summary, sync_status(db))
    finally:
        db.close()


def export_bundle_to(session, out: Path) -> int:
    """Write the pending items to a file for a USB stick (SYNC permission)."""
    from hocbaso_desktop.sync.bundle import export_bundle

    require(session.user, Action.SYNC)
    token = session.settings.api_token
    if not token:
        raise InvalidInputError(_("Cần mã truy cập (API token) trong Cài đặt để bảo vệ tệp gói."))
    return export_bundle(session.db, out, api_token=str(token), actor=session.account.username)


def import_receipts_from(session, path: Path) -> dict[str, int]:
    """Apply the receipts brought back from a connected PC (SYNC permission)."""
    from hocbaso_desktop.sync.bundle import import_receipts

    require(session.user, Action.SYNC)
    return import_receipts(session.db, path, actor=session.account.username)


def interval_minutes(session) -> int:
    """The school's background sync interval in minutes (at least 1; default 5)."""
    return session.settings.sync_interval_minutes


__all__ = ["BUNDLE_SUFFIX", "RECEIPTS_SUFFIX", "Opener", "SyncOutcome", "SyncProgress", "SyncStatus", "SyncSummary",
           "background_opener", "connection_status", "export_bundle_to", "import_receipts_from", "interval_minutes",
           "manual_opener", "run", "status"]
