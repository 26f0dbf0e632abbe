"""Timestamps: B-T at signing when a timestamp server answers; later, the upgrade to B-LTA and its renewal.

The upgrade (design decision 3, engineering notes §5.5) appends, as a new revision, the validation data
of every signature (DSS with a VRI each: certificates, OCSP responses or CRLs fetched from the
certificates' AIA / CRL distribution points) and a document timestamp (signing/lta.py): PAdES B-LTA.
The issued record row is immutable, so the upgraded file is stored as a new blob attached to the record
(signature_upgrades.blob_sha256 names the newest one) and is the record's file from then on
(`current_pdf`): export, transfers and sync deliver it; sync announces it as a validation-data update of
the same version. The renewal adds a new archive timestamp before the last one's certificate expires
(setting signing.timestamp_renew_days, default 365 days before).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pyhanko.sign.timestamps import TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError

from hocbaso_desktop.domain.errors import SigningError
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.signing import lta
from hocbaso_desktop.signing.certificates import chain_for
from hocbaso_desktop.signing.http_sessions import Timestamper
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import (
    SchoolSettings,
    StoredRecord,
    audit,
    blobs_repo,
    outbox,
    records_repo,
    settings_repo,
    upgrades_repo,
)

TSA_URL_SETTING = SchoolSettings.TIMESTAMP_URL
SYSTEM_ACTOR = "he-thong"
RENEWAL_CHECKED_SETTING = "signing.renewal_checked_at"   # when the background job last scanned for renewals
RENEWAL_SCAN_EVERY = timedelta(days=1)
log = logging.getLogger(__name__)


def configured_timestamper(db) -> TimeStamper | None:
    """An RFC 3161 client for the school's timestamp server (the settings' timestamp URL), if one is set."""
    url = SchoolSettings(db).timestamp_url
    return Timestamper(url, timeout=10) if url else None


def reachable(timestamper: TimeStamper | None) -> TimeStamper | None:
    """The timestamper if it answers a test request now, else None (sign B-B and queue the upgrade)."""
    if timestamper is None:
        return None
    try:
        asyncio.run(timestamper.async_timestamp(hashlib.sha256(b"hocbaso").digest(), "sha256"))
    except (TimeoutError, TimestampRequestError, OSError, ValueError) as exc:
        log.info("timestamp server unreachable, signing B-B: %s", exc)
        return None
    return timestamper


def current_pdf(db, stored: StoredRecord) -> bytes | None:
    """The record's file as it stands: the newest upgraded (B-LTA) PDF when there is one, else the issued PDF.

    The upgraded file is the record from then on: export, transfers, sync and verification deliver it.
    """
    sha = upgrades_repo.upgraded_blob(db, stored.record.id, stored.record.version)
    return blobs_repo.get_blob(db, sha) if sha else stored.pdf


@dataclass(frozen=True)
class _Job:
    """Who runs the upgrade and when: a signed-in user, or the background job acting for the school."""

    db: object
    actor: str
    now: datetime


def _extend_one(job: _Job, record_id: str, version: int, timestamper: TimeStamper, *, renewal: bool,
                allow_fetching: bool) -> bool:
    """Upgrade (or renew) one issued version; a failure is counted on its queue row, never raised."""
    db = job.db
    stored = records_repo.get(db, record_id, version)
    source = current_pdf(db, stored) or b""
    try:
        pdf = lta.extend(source, timestamper, trust_roots(db), chain_for(db), renewal=renewal,
                         allow_fetching=allow_fetching)
    except SigningError as exc:
        with db.transaction():
            upgrades_repo.mark_failed(db, record_id, version, error=exc.message)
        log.info("upgrade of %s/%s failed: %s", record_id, version, exc.message)
        return False
    with db.transaction():
        sha = blobs_repo.put_blob(db, pdf, "application/pdf")
        upgrades_repo.mark_done(db, record_id, version, blob_sha256=sha, at=job.now.isoformat())
        announce_validation_update(db, stored, sha, at=job.now)
        audit.append(db, actor=job.actor, action="record.timestamp", entity="record",
                     entity_id=f"{record_id}/{version}", before=None,
                     after={"pdf_sha256": sha, "level": "B-LTA", "renewal": renewal})
    return True


def _fix_vri(job: _Job) -> int:
    """Files upgraded before the VRI-key fix get their entries under the standard keys too (lta.fix_vri_keys): a new
    blob, the version's file from then on, announced to the centre like any validation-data update."""
    db, fixed = job.db, 0
    for record_id, version, sha in upgrades_repo.done(db):
        try:
            pdf = lta.fix_vri_keys(blobs_repo.get_blob(db, sha))
        except SigningError as exc:
            log.info("VRI keys of %s/%s not fixed: %s", record_id, version, exc.message)
            continue
        if pdf is None:
            continue
        with db.transaction():
            new_sha = blobs_repo.put_blob(db, pdf, "application/pdf")
            upgrades_repo.mark_done(db, record_id, version, blob_sha256=new_sha, at=job.now.isoformat())
            announce_validation_update(db, records_repo.get(db, record_id, version), new_sha, at=job.now)
            audit.append(db, actor=job.actor, action="record.vri_keys", entity="record",
                         entity_id=f"{record_id}/{version}", before={"pdf_sha256": sha}, after={"pdf_sha256": new_sha})
        fixed += 1
    return fixed


def _upgrade(job: _Job, timestamper: TimeStamper, allow_fetching: bool) -> int:
    _fix_vri(job)
    return sum(_extend_one(job, record_id, version, timestamper, renewal=False, allow_fetching=allow_fetching)
               for record_id, version in upgrades_repo.pending(job.db))


def _due(db, at: datetime) -> list[tuple[str, int]]:
    margin = timedelta(days=SchoolSettings(db).timestamp_renew_days)
    due = []
    for record_id, version, sha in upgrades_repo.done(db):
        expiry = lta.last_timestamp_expiry(blobs_repo.get_blob(db, sha))
        if expiry is not None and expiry <= at + margin:
            due.append((record_id, version))
    return due


def _renew(job: _Job, timestamper: TimeStamper, at: datetime, allow_fetching: bool) -> int:
    return sum(_extend_one(job, record_id, version, timestamper, renewal=True, allow_fetching=allow_fetching)
               for record_id, version in _due(job.db, at))


def upgrade_pending(session, timestamper: TimeStamper, *, allow_fetching: bool = True) -> int:
    """Bring every queued issued PDF to PAdES B-LTA (validation data + document timestamp); return how many."""
    require(session.user, Action.SYNC)
    return _upgrade(_Job(session.db, session.account.username, session.now()), timestamper, allow_fetching)


def renewal_due(session, *, at: datetime | None = None) -> list[tuple[str, int]]:
    """Upgraded versions whose last document timestamp's certificate expires within the renewal margin."""
    require(session.user, Action.SYNC)
    return _due(session.db, at or session.now())


def renew_due(session, timestamper: TimeStamper, *, at: datetime | None = None, allow_fetching: bool = True) -> int:
    """Add a new archive timestamp to every upgraded file whose last timestamp expires soon; return how many."""
    require(session.user, Action.SYNC)
    return _renew(_Job(session.db, session.account.username, session.now()), timestamper, at or session.now(),
                  allow_fetching)


def background_job(db, *, now: datetime) -> tuple[int, int]:
    """The background work when a connection appears: upgrades and due renewals, if the TSA answers.

    Runs for the school (actor "he-thong" in the audit log), like the background sync: it only adds
    validation data and timestamps to records already issued. The renewal scan (it reads every upgraded
    file) runs at most once a day; the TSA is only asked when there is work. Returns (upgraded, renewed).
    """
    last = settings_repo.get_setting(db, RENEWAL_CHECKED_SETTING)
    scan = last is None or now - datetime.fromisoformat(last) >= RENEWAL_SCAN_EVERY
    due = _due(db, now) if scan else []
    if scan:
        _fix_vri(_Job(db, SYSTEM_ACTOR, now))   # needs no server: the data is in the file
    if not upgrades_repo.pending(db, limit=1) and not due:
        if scan:
            with db.transaction():
                settings_repo.set_setting(db, RENEWAL_CHECKED_SETTING, now.isoformat())
        return 0, 0
    timestamper = reachable(configured_timestamper(db))
    if timestamper is None:
        return 0, 0
    job = _Job(db, SYSTEM_ACTOR, now)
    upgraded = _upgrade(job, timestamper, True)
    renewed = sum(_extend_one(job, rid, version, timestamper, renewal=True, allow_fetching=True) for rid, version in due)
    if scan:
        with db.transaction():
            settings_repo.set_setting(db, RENEWAL_CHECKED_SETTING, now.isoformat())
    return upgraded, renewed


def upgrade_as(db, actor: str, timestamper: TimeStamper, *, now: datetime,
               progress: Callable[[int, int], None] | None = None,
               cancel: threading.Event | None = None) -> tuple[int, int, int]:
    """Upgrade every queued version, then renew the due ones, one at a time for `actor` (whose permission the
    caller checked); `progress(done, total)` after each, `cancel` stops between two. Returns (upgraded,
    renewed, not done: failed or left by the stop)."""
    job = _Job(db, actor, now)
    _fix_vri(job)
    work = [(item, False) for item in upgrades_repo.pending(db, limit=100_000)]
    work += [(item, True) for item in _due(db, now)]
    counts = [0, 0]
    for done, ((record_id, version), renewal) in enumerate(work):
        if cancel is not None and cancel.is_set():
            break
        if progress is not None:
            progress(done, len(work))
        counts[renewal] += _extend_one(job, record_id, version, timestamper, renewal=renewal, allow_fetching=True)
    if progress is not None:
        progress(len(work), len(work))
    return counts[0], counts[1], len(work) - counts[0] - counts[1]


def announce_validation_update(db, stored: StoredRecord, pdf_sha256: str, *, at: datetime) -> None:
    """Queue the upgraded file for the central system: same record version, new blob (sync/validation update)."""
    payload = json.loads(stored.payload or b"{}")
    kind = "hocba_tieuhoc" if payload.get("bang") == "thongtinsohocbasotieuhoc" else "hocba_thcs_thpt"
    outbox.enqueue_validation_update(
        db, record_id=stored.record.id, version=stored.record.version, kind=kind, payload=payload,
        payload_bytes=stored.payload or b"", payload_sha256=stored.payload_sha256 or "",
        blob={"sha256": pdf_sha256, "role": "signed_pdf", "media_type": "application/pdf"},
        updated_at=at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
