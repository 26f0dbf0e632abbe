"""Timestamps: B-T at signing when a timestamp server answers, else B-B now and a late upgrade later.

The upgrade (design decision 3, engineering notes §5.5) appends a document timestamp, with the
validation data pyHanko can gather, to the issued PDF as a new revision. The issued record row is
immutable, so the upgraded file is stored as a new blob attached to the record; verification accepts
such later revisions (LTA_UPDATES) for every earlier signature.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import logging

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.signers.pdf_signer import PdfTimeStamper
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko_certvalidator import ValidationContext

from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.signing.certificates import chain_for
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import SchoolSettings, audit, blobs_repo, records_repo, upgrades_repo

log = logging.getLogger(__name__)


def configured_timestamper(db) -> TimeStamper | None:
    """An RFC 3161 client for the school's timestamp server (the settings' timestamp URL), if one is set."""
    url = SchoolSettings(db).timestamp_url
    return HTTPTimeStamper(url, timeout=10) if url else None


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


def upgrade_pending(session, timestamper: TimeStamper, *, allow_fetching: bool = True) -> int:
    """Add a document timestamp and validation data to every queued issued PDF; return how many succeeded."""
    require(session.user, Action.SYNC)
    db = session.db
    roots = [asn1_x509.Certificate.load(d) for d in trust_roots(db)]
    others = [asn1_x509.Certificate.load(d) for d in chain_for(db)]
    done = 0
    for record_id, version in upgrades_repo.pending(db):
        stored = records_repo.get(db, record_id, version)
        context = ValidationContext(trust_roots=roots, other_certs=others, allow_fetching=allow_fetching)
        out = io.BytesIO()
        try:
            PdfTimeStamper(timestamper).timestamp_pdf(IncrementalPdfFileWriter(io.BytesIO(stored.pdf or b"")),
                                                      "sha256", validation_context=context, output=out)
        except (TimestampRequestError, PyHankoSigningError, OSError, ValueError) as exc:
            with db.transaction():
                upgrades_repo.mark_failed(db, record_id, version, error=str(exc))
            continue
        with db.transaction():
            sha = blobs_repo.put_blob(db, out.getvalue(), "application/pdf")
            upgrades_repo.mark_done(db, record_id, version, blob_sha256=sha, at=session.now().isoformat())
            audit.append(db, actor=session.account.username, action="record.timestamp", entity="record",
                         entity_id=f"{record_id}/{version}", before=None, after={"pdf_sha256": sha})
        done += 1
    return done
