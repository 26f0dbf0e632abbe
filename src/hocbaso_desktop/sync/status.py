"""What the sync panel and `hocbaso sync status` show: outbox counts, the last run, notices."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from hocbaso_desktop.storage import SchoolDatabase, inbox_repo, outbox, settings_repo, utc_now
from hocbaso_desktop.sync.pinning import pinned_key
from hocbaso_desktop.sync.protocol import CLOCK_SKEW_LIMIT_S

LAST_RUN_KEY = "sync.last_run"


@dataclass(frozen=True)
class SyncSummary:
    """The outcome of one sync run."""

    delivered: int
    stale: int
    conflict: int
    rejected: int
    waiting: int
    inbox_applied: int
    remaining: int
    clock_skew_seconds: float | None
    error: str | None
    auth_failed: bool
    cancelled: bool
    peer_refused: bool = False  # the run stopped because the server's answer was too large or too slow

    @property
    def drained(self) -> bool:
        """Whether nothing is left to send (items waiting for a person are not 'left to send')."""
        return self.remaining == 0

    @property
    def clock_wrong(self) -> bool:
        """Whether the computer's clock differs from the server's by more than 5 minutes."""
        return self.clock_skew_seconds is not None and abs(self.clock_skew_seconds) > CLOCK_SKEW_LIMIT_S

    def as_dict(self) -> dict:
        """A JSON-ready form (for --json and the settings record)."""
        return {**asdict(self), "drained": self.drained, "clock_wrong": self.clock_wrong}


@dataclass(frozen=True)
class SyncStatus:
    """The state of synchronisation for the panel."""

    configured: bool
    server_url: str | None
    counts: dict[str, int]
    pending: int
    needs_person: int
    notices: int
    last_run: dict | None
    receipt_key: str | None = None  # the centre's receipt key the school trusts (public), if any
    bundle_key: str | None = None   # the centre's key USB bundles are encrypted for (public), if any

    def as_dict(self) -> dict:
        """A JSON-ready form (the API token is never part of it)."""
        return asdict(self)


def record_run(db: SchoolDatabase, summary: SyncSummary) -> None:
    """Remember the last run (time shown to people only; nothing orders by it)."""
    value = {"at": utc_now(), **summary.as_dict()}
    if summary.error is None and summary.drained:
        value["last_success_at"] = value["at"]
    else:
        previous = settings_repo.get_setting(db, LAST_RUN_KEY) or {}
        value["last_success_at"] = previous.get("last_success_at")
    with db.transaction():
        settings_repo.set_setting(db, LAST_RUN_KEY, value)


def sync_status(db: SchoolDatabase) -> SyncStatus:
    """Counts per state, how many wait for a person, notices and the last run."""
    counts = outbox.state_counts(db)
    configured = settings_repo.SchoolSettings(db)
    url, token = configured.server_url, configured.api_token
    return SyncStatus(
        configured=bool(url and token), server_url=url, counts=counts,
        pending=sum(counts[s] for s in outbox.PENDING_STATES),
        needs_person=sum(counts[s] for s in outbox.NEEDS_PERSON_STATES),
        notices=len(inbox_repo.list_messages(db, type_="notice")),
        last_run=settings_repo.get_setting(db, LAST_RUN_KEY),
        receipt_key=pinned_key(db, url) if url else None,
        bundle_key=pinned_key(db, url, "bundle") if url else None)
