"""Issuing converted paper pages: the school seal (văn thư) alone signs each one, as a conversion.

A converted page's required signers are the seal alone (`issuance.required_roles(db, record=...)`), so
this module only chooses the pages (by year or student rather than by class) and hands them to
`signing.issuance.sign_records`: the same certificate checks, one transaction per page for its
signature, issuance (blob, QR, status) and outbox item with the scan, audited; a token pulled mid-batch
leaves earlier pages issued and the current one untouched.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.signing import issuance
from hocbaso_desktop.storage import records_repo, school_repo, trichluc_repo

ROLE = SignerRole.SEAL


@dataclass(frozen=True)
class ConversionItem:
    """A converted page waiting for the seal."""

    record_id: str
    version: int
    student_name: str
    year: str
    payload_sha256: str


@dataclass(frozen=True)
class ConversionResult:
    """How an issuance batch ended."""

    issued: int
    remaining: int
    stopped_by: str = ""


def plan_conversions(session, year: str, student_id: str | None = None) -> tuple[ConversionItem, ...]:
    """The converted pages of a year (or one student's) that the seal signs next; nothing changes."""
    require(session.user, Action.SIGN_SEAL)
    db = session.db
    items = []
    for record_id, version in trichluc_repo.awaiting_seal(db, year, student_id):
        stored = records_repo.get(db, record_id, version)
        student = school_repo.get_student(db, stored.record.student_id)
        items.append(ConversionItem(record_id, version, student.full_name, year, stored.payload_sha256 or ""))
    return tuple(sorted(items, key=lambda i: (i.student_name.split()[-1:], i.student_name)))


def issue_conversions(session, items: tuple[ConversionItem, ...], signer, *, timestamper=None,
                      progress: Callable[[int, int, ConversionItem], None] | None = None) -> ConversionResult:
    """Seal-sign and issue each page of `items` with `signer` (a logged-in token's RawSigner); blocking."""
    require(session.user, Action.SIGN_SEAL)
    by_id = {(i.record_id, i.version): i for i in items}
    batch = tuple(issuance.BatchItem(i.record_id, i.version, i.student_name, i.payload_sha256) for i in items)

    def report(done: int, total: int, item: issuance.BatchItem) -> None:
        if progress is not None:
            progress(done, total, by_id[(item.record_id, item.version)])

    result = issuance.sign_records(session, ROLE, batch, signer, progress=report, timestamper=timestamper)
    return ConversionResult(result.issued, result.remaining, stopped_by=result.stopped_by)
