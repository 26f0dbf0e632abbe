"""Synchronisation with the central system, as the interface runs it: status, "sync now", the background
run, USB bundles (export the outbox, import the receipts, upload a bundle on a connected PC).

A run works over a connection of its own (`sync_opener` hands one over after the permission check on the
database lane), so a long upload never holds up grade entry. The background run needs no permission: it
only sends records already issued and never shows the API token.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.errors import HocbasoError, InvalidInputError
from hocbaso_desktop.i18n import _
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
log = logging.getLogger(__name__)


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


def run_sync(ctx: Work, opener: Opener) -> SyncSummary:
    """One run on the "sync" lane over its own connection, reporting progress and honouring Cancel."""
    db = opener()
    try:
        def report(p: SyncProgress) -> None:
            ctx.progress(p.message, p.done, max(p.total, 1))
        return SyncEngine(db, SyncSettings.from_db(db)).run(progress=report, cancel=ctx.cancel_event)
    finally:
        db.close()


def background_run(ctx: Work, opener: Opener) -> SyncSummary | None:
    """One background run over its own connection (None when sync is not configured).

    First, when the timestamp server answers, issued records are brought to PAdES B-LTA and archive
    timestamps that are due are renewed (signing/ltv.background_job), so the upgraded files go out in
    this same run as validation-data updates.
    """
    db = opener()
    try:
        try:
            ltv.background_job(db, now=datetime.now(UTC))
        except HocbasoError as exc:   # an expected failure of the upgrade never stops the sync
            log.info("background timestamp upgrade: %s", exc)
        if not sync_status(db).configured:
            return None
        return SyncEngine(db, SyncSettings.from_db(db)).run(cancel=ctx.cancel_event)
    finally:
        db.close()


def interval_minutes(db: Database) -> int:
    """The school's background sync interval in minutes (at least 1)."""
    return SchoolSettings(db).sync_interval_minutes


def export_bundle_to(ctx: Work, out: Path) -> int:
    """Write the pending items to a file for a USB stick (protected with the school's API token)."""
    session = ctx.session
    require(session.user, Action.SYNC)
    token = session.settings.api_token
    if not token:
        raise InvalidInputError(_("Cần mã truy cập (API token) trong Cài đặt để bảo vệ tệp gói."))
    return export_bundle(session.db, out, api_token=str(token), actor=session.account.username)


def import_receipts_from(ctx: Work, path: Path) -> dict[str, int]:
    """Apply the receipts brought back from a connected PC."""
    require(ctx.session.user, Action.SYNC)
    return import_receipts(ctx.session.db, path, actor=ctx.session.account.username)
