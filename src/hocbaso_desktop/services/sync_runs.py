"""Synchronisation with the central system, as the interface runs it: status, "sync now", the background
run, USB bundles (export the outbox, import the receipts, upload a bundle on a connected PC).

A run works over a connection of its own (`sync_opener` hands one over after the permission check on the
database lane), so a long upload never holds up grade entry. The background run needs no permission: it
only sends records already issued and never shows the API token.

One source of truth (issue 15): `run` returns the run's summary together with the outbox status read
right after it on the same connection (`SyncOutcome`), and `connection_status` reads the same counts for
the status bar of whoever is signed in; the panel, its table and the status bar show that one status.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import NOTHING, Changed, Changes, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import ltv
from hocbaso_desktop.storage import Database, SchoolSettings
from hocbaso_desktop.sync import BUNDLE_SUFFIX as BUNDLE_SUFFIX
from hocbaso_desktop.sync import RECEIPTS_SUFFIX as RECEIPTS_SUFFIX
from hocbaso_desktop.sync import (
    SyncEngine,
    SyncProgress,
    SyncSettings,
    SyncStatus,
    export_bundle,
    import_receipts,
    sync_status,
)
from hocbaso_desktop.sync import SyncSummary as SyncSummary
from hocbaso_desktop.sync import default_receipts_path as default_receipts_path
from hocbaso_desktop.sync import upload_bundle as upload_bundle

Opener = Callable[[], Database]
SYNCED = audited(outbox=True, records=True)  # items sent, receipts and the centre's messages applied
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncOutcome:
    """One run's summary and the state of the outbox right after it (summary None: sync is not configured)."""

    summary: SyncSummary | None
    status: SyncStatus
    changes: Changes = NOTHING


def connection_status(opener: Opener) -> SyncStatus:
    """The status read over a connection of its own (status bar, for whoever is signed in; no token shown)."""
    db = opener()
    try:
        return sync_status(db)
    finally:
        db.close()


def run(opener: Opener, *, progress: Callable[[SyncProgress], None] | None = None,
        cancel: threading.Event | None = None, background: bool = False) -> SyncOutcome:
    """One run (background or "sync now") over its own connection; the status is read after it on the same one.

    A background run first, when the timestamp server answers, brings issued records to PAdES B-LTA and
    renews archive timestamps that are due (signing/ltv.background_job), so the upgraded files go out in
    this same run as validation-data updates. The remote signing batches prepared offline are sent by
    `send_remote_batches`, a job of its own: a wait for a phone approval never holds up the sync.
    """
    db = opener()
    try:
        if background:
            try:
                ltv.background_job(db, now=datetime.now(UTC))
            except HocbasoError as exc:   # an expected failure of the upgrade never stops the sync
                log.info("background timestamp upgrade: %s", exc)
        if not sync_status(db).configured:
            return SyncOutcome(None, sync_status(db))
        summary = SyncEngine(db, SyncSettings.from_db(db)).run(progress=progress, cancel=cancel)
        moved = summary.delivered or summary.stale or summary.conflict or summary.rejected or summary.inbox_applied
        return SyncOutcome(summary, sync_status(db), SYNCED if moved else NOTHING)
    finally:
        db.close()


def send_remote_batches(opener: Opener, *, cancel: threading.Event | None = None) -> Changes:
    """The background job for remote signing batches prepared offline, over a connection of its own
    (signing/remote_background.py): what each batch became is kept on it, for the signing screen and `hocbaso sign
    --status`; the change is returned so the signing screen shows it. It may wait minutes for a phone approval:
    the window runs it on a lane of its own, and `cancel` (the window closing) ends a wait at once."""
    from hocbaso_desktop.signing import remote_background  # loaded only by the background run (start-up time)

    db = opener()
    try:
        outcomes = remote_background.send_queued(db, now=datetime.now(UTC), cancel=cancel)
    except HocbasoError as exc:   # never stops the window's background work
        log.info("background remote batches: %s", exc)
        return NOTHING
    finally:
        db.close()
    if not outcomes:
        return NOTHING
    issued = any(o.issued for o in outcomes)
    return audited(records=True, outbox=issued)


def load_status(ctx: Work) -> SyncStatus:
    """The outbox counts and the last run (needs the SYNC permission)."""
    require(ctx.session.user, Action.SYNC)
    return sync_status(ctx.session.db)


def sync_opener(ctx: Work) -> Opener:
    """On the database lane: check the permission, hand over an opener for the sync's own connection."""
    require(ctx.session.user, Action.SYNC)
    return ctx.session.db.sibling_opener()


def background_opener(ctx: Work) -> tuple[Opener, int]:
    """On the database lane: an opener for the background sync's connection and its interval in minutes."""
    return ctx.session.db.sibling_opener(), SchoolSettings(ctx.session.db).sync_interval_minutes






def export_bundle_to(ctx: Work, out: Path) -> Changed[int]:
    """Write the pending items to a file for a USB stick, encrypted for the centre's bundle key."""
    return export_usb_bundle(ctx.session, out)


def export_usb_bundle(session, out: Path) -> Changed[int]:
    """The same for a session (the command line): the number of items written."""
    require(session.user, Action.SYNC)
    return Changed(export_bundle(session.db, out, actor=session.account.username), audited(outbox=True))


def import_receipts_from(ctx: Work, path: Path) -> Changed[dict[str, int]]:
    """Apply the receipts brought back from a connected PC."""
    require(ctx.session.user, Action.SYNC)
    return Changed(import_receipts(ctx.session.db, path, actor=ctx.session.account.username), SYNCED)
