"""The `hocbaso sync` use cases over a session: a run, the status, the configuration, receipts from a USB
stick, a bundle uploaded from a connected PC. The command line calls these (never sync/ or storage/), so
the permission is checked here, first, as for the window's `sync_runs`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import Changed, Changes, audited
from hocbaso_desktop.storage import audit
from hocbaso_desktop.sync import (
    SyncEngine,
    SyncProgress,
    SyncSettings,
    SyncStatus,
    SyncSummary,
    fingerprint,
    import_receipts,
    pinning,
    sync_status,
)
from hocbaso_desktop.sync import check_old_bundle as check_old_bundle
from hocbaso_desktop.sync import check_server_url as check_server_url
from hocbaso_desktop.sync import default_receipts_path as default_receipts_path
from hocbaso_desktop.sync import is_old_bundle as is_old_bundle
from hocbaso_desktop.sync import upload_bundle as upload_bundle


def run_once(session, *, server: str | None = None, api_token: str | None = None, env_token: str | None = None,
             progress: Callable[[SyncProgress], None] | None = None) -> Changed[SyncSummary]:
    """One run for the command line; another server than the configured one needs the administrator."""
    require(session.user, Action.SYNC)
    configured = session.settings.server_url
    if server and (not configured or server.rstrip("/") != str(configured).rstrip("/")):
        # Another server would receive the school's records and its token: an administrator's decision.
        require(session.user, Action.MANAGE_SETTINGS)
    settings = SyncSettings.from_db(session.db, server_url=server, api_token=api_token, env_token=env_token)
    summary = SyncEngine(session.db, settings).run(progress=progress)
    moved = summary.delivered or summary.stale or summary.conflict or summary.rejected or summary.inbox_applied
    return Changed(summary, audited(outbox=True, records=True) if moved else Changes())


@dataclass(frozen=True)
class StatusReport:
    """The outbox counts and the fingerprints of the centre's keys the school trusts (None: not yet)."""

    status: SyncStatus
    receipt_key: str | None
    bundle_key: str | None


def status_report(session) -> StatusReport:
    """What `hocbaso sync status` shows (needs the SYNC permission)."""
    require(session.user, Action.SYNC)
    status = sync_status(session.db)
    return StatusReport(status, fingerprint(status.receipt_key) if status.receipt_key else None,
                        fingerprint(status.bundle_key) if status.bundle_key else None)


def configure(session, server: str, api_token: str, *, forget_receipt_key: bool = False) -> Changes:
    """Store the centre's address and the school's token (administrator), audited; optionally unpin its key."""
    checked = check_server_url(server)
    require(session.user, Action.MANAGE_SETTINGS)
    with session.db.transaction():
        session.settings.set_sync(checked, api_token)
        audit.append(session.db, actor=session.account.username, action="sync.configure", entity="settings",
                     entity_id="sync", before=None, after={"server_url": checked})
    if forget_receipt_key:
        pinning.forget(session.db, server)
    return audited(settings=True)


def old_bundle_last_day() -> str:
    """The last day (dd/mm/yyyy) an older, token-keyed USB bundle is uploaded."""
    from hocbaso_desktop.domain.i18n import format_date
    from hocbaso_desktop.sync import OLD_BUNDLE_LAST_DAY

    return format_date(OLD_BUNDLE_LAST_DAY)


def import_receipts_file(session, path: Path) -> Changed[dict[str, int]]:
    """Apply the receipts brought back on a USB stick (needs the SYNC permission)."""
    require(session.user, Action.SYNC)
    return Changed(import_receipts(session.db, path, actor=session.account.username),
                   audited(outbox=True, records=True))
