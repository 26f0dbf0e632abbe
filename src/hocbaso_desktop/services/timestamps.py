"""The timestamp upgrade as the window runs it: issued records brought to PAdES B-LTA, archive timestamps renewed.

The same work as `hocbaso timestamp-upgrade` and the background job (signing/ltv.py). It talks to the
timestamp server and to OCSP/CRL servers for every record, so it runs over a connection of its own on the
sync lane (`upgrade_opener` checks the permission on the database lane first), one record at a time
with progress, and stops between two records when asked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from hocbaso_desktop.domain.errors import NotFoundError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import NOTHING, Changes, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import ltv
from hocbaso_desktop.storage import Database, SchoolSettings, upgrades_repo

Opener = Callable[[], Database]


@dataclass(frozen=True)
class TimestampState:
    """What the screen shows before a run: the server (None: not set), versions waiting and already upgraded."""

    server: str | None
    pending: int
    upgraded: int


@dataclass(frozen=True)
class TimestampOutcome:
    """One run: versions upgraded, archive timestamps renewed, and those not done (failed or stopped)."""

    upgraded: int
    renewed: int
    left: int
    changes: Changes = NOTHING   # timestamps added to stored pages


def timestamp_state(ctx: Work) -> TimestampState:
    """The timestamp server and the upgrade queue (needs the SYNC permission, like the command)."""
    require(ctx.session.user, Action.SYNC)
    db = ctx.session.db
    return TimestampState(SchoolSettings(db).timestamp_url, len(upgrades_repo.pending(db, limit=100_000)),
                          len(upgrades_repo.done(db)))


def upgrade_opener(ctx: Work) -> tuple[Opener, str]:
    """On the database lane: check the permission, hand over an opener for the run's connection and the actor."""
    require(ctx.session.user, Action.SYNC)
    return ctx.session.db.sibling_opener(), ctx.session.account.username


def upgrade_and_renew(session) -> TimestampOutcome:
    """`hocbaso timestamp-upgrade`: bring every waiting issued PDF to PAdES B-LTA and renew the archive
    timestamps that expire soon, in this session; NotFoundError when no timestamp server answers. `left` counts
    the pages that could not be upgraded now (they are tried again next time)."""
    require(session.user, Action.SYNC)
    timestamper = ltv.reachable(ltv.configured_timestamper(session.db))
    if timestamper is None:
        raise NotFoundError(_("Chưa cấu hình hoặc không kết nối được máy chủ cấp dấu thời gian "
                              "(cài đặt {k}).", k=SchoolSettings.TIMESTAMP_URL))
    waiting = len(upgrades_repo.pending(session.db))
    upgraded = ltv.upgrade_pending(session, timestamper)
    renewed = ltv.renew_due(session, timestamper)
    done = upgraded or renewed
    return TimestampOutcome(upgraded, renewed, waiting - upgraded, audited(records=True) if done else NOTHING)


def upgrade_now(opener: Opener, actor: str, *, progress: Callable[[str, int, int], None] | None = None,
                cancel: threading.Event | None = None) -> TimestampOutcome:
    """Upgrade every waiting record and renew the due ones; NotFoundError when no timestamp server answers."""
    db = opener()
    try:
        timestamper = ltv.reachable(ltv.configured_timestamper(db))
        if timestamper is None:
            raise NotFoundError(_("Chưa cấu hình hoặc không kết nối được máy chủ cấp dấu thời gian (quản trị viên "
                                  "đặt ở màn hình Cài đặt, mục “Máy chủ cấp dấu thời gian (RFC 3161)”)."))
        label = _("Đang bổ sung dữ liệu kiểm tra lâu dài vào học bạ (PAdES B-LTA)…")
        upgraded, renewed, left = ltv.upgrade_as(
            db, actor, timestamper, now=datetime.now(UTC), cancel=cancel,
            progress=(lambda done, total: progress(label, done, total)) if progress else None)
        return TimestampOutcome(upgraded, renewed, left)
    finally:
        db.close()
