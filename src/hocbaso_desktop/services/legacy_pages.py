"""Legacy pages (trích lục): the use cases and pure helpers behind the trích lục screens.

Database work runs on the db lane (import with a dry run, one page by hand, the seal's list and the
issuance); reading a scan file and asking the token worker for tokens run on the io lane. The seal
signs page by page through `trichluc_issue.issue_conversions`, so Stop takes effect between pages.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.dataio import trichluc, trichluc_issue, trichluc_xlsx
from hocbaso_desktop.dataio.trichluc import TrichlucPage, TrichlucReport
from hocbaso_desktop.dataio.trichluc import (
    TrichlucRejectedError as TrichlucRejectedError,  # the screens catch it
)
from hocbaso_desktop.dataio.trichluc_issue import ConversionItem
from hocbaso_desktop.domain import catalogue, legacy
from hocbaso_desktop.domain.errors import InvalidInputError, SigningError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.legacy import LegacySubject, LegacyYearResult
from hocbaso_desktop.domain.model import parse_school_year, school_year_of
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.services.changes import NOTHING, Changed, Changes, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import Scan, binding_for_signer, bound_token_signer, check_scan, common_name
from hocbaso_desktop.storage import school_repo
from hocbaso_desktop.token import PinPrompt, default_module

# Which regulations a school's pages may be under (the same rule trichluc._check applies when storing).
LEVEL_REGULATIONS = {Level.TIEU_HOC: (legacy.TT27,), Level.THCS: (legacy.TT58, legacy.TT22),
                     Level.THPT: (legacy.TT58, legacy.TT22)}
PAST_YEARS = 15   # how far back the year lists go


@dataclass(frozen=True)
class StudentChoice:
    """A student the academic officer may enter a page for."""

    student_id: str
    label: str        # "Họ tên — lớp 4A (mã HS)"


@dataclass(frozen=True)
class EntryContext:
    """What the hand-entry form needs: the school's level, its regulations, students, recent years."""

    level: str
    regulations: tuple[str, ...]
    students: tuple[StudentChoice, ...]
    years: tuple[str, ...]


@dataclass(frozen=True)
class SealPrep:
    """The seal's list and certificate (or why signing cannot start)."""

    items: tuple[ConversionItem, ...]
    years: tuple[str, ...]     # the years searched (newest first), for the year picker
    certificate: str
    token_serial: str
    module_path: str
    problem: str


@dataclass(frozen=True)
class SealOutcome:
    """How an issuance batch ended."""

    issued: int
    remaining: int
    stopped_by: str = ""
    cancelled: bool = False
    changes: Changes = NOTHING  # sealed pages are issued and queued for the centre


def past_years(latest: str, count: int = PAST_YEARS) -> tuple[str, ...]:
    """`latest` and the `count - 1` school years before it, newest first ("2025-2026", "2024-2025", …)."""
    start = int(parse_school_year(latest)[:4])
    return tuple(f"{y}-{y + 1}" for y in range(start, start - count, -1))


def subject_rows(regulation: str, level: str, grade: int) -> tuple[tuple[str, str], ...]:
    """(code, name) of the subjects a page of `regulation` lists, to prefill the results table."""
    if regulation == legacy.TT58:
        return tuple((code, name) for code, name, _aliases in legacy.SUBJECTS_58)
    subject_level = Level.TIEU_HOC if regulation == legacy.TT27 else level
    low, high = catalogue.grade_range(subject_level)
    specs = catalogue.subjects_for(subject_level, min(max(grade, low), high))
    return tuple((s.code, s.name) for s in specs)


def check_subject(regulation: str, subject: LegacySubject) -> str:
    """The Vietnamese reason one subject cell cannot stand, or "" (validated through domain.legacy)."""
    probe = LegacyYearResult(regulation, "2020-2021", 3 if regulation == legacy.TT27 else 6, "x", (subject,))
    try:
        legacy.validate_legacy(probe)
    except InvalidInputError as exc:
        return exc.message
    return ""


def check_result(result: LegacyYearResult) -> str:
    """The Vietnamese reason a whole page cannot stand, or ""."""
    try:
        legacy.validate_legacy(result)
    except InvalidInputError as exc:
        return exc.message
    return ""


def entry_context(ctx: Work) -> EntryContext:
    """The school's level and regulations, every student (by class of the latest year) and recent years."""
    require(ctx.session.user, Action.IMPORT_DATA)  # the whole school's roll: only who enters past records
    db = ctx.session.db
    level = school_repo.get_school(db).level.value
    latest = school_repo.latest_year(db) or school_year_of(ctx.session.today())
    students: list[StudentChoice] = []
    for school_class in school_repo.list_classes(db, latest):
        for student in school_repo.students_in_class(db, school_class.id):
            code = f" ({student.student_code})" if student.student_code else ""
            students.append(StudentChoice(student.id, _("{n} — lớp {c}", n=student.full_name, c=school_class.name) + code))
    return EntryContext(level, LEVEL_REGULATIONS[level], tuple(students), past_years(latest)[1:])


def read_scan(ctx: Work, path: Path) -> tuple[bytes, Scan]:
    """Read a scan file and check it (io lane): the bytes and the checked scan, or InvalidInputError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(_("Không đọc được tệp {f}.", f=path.name), field="scan") from exc
    return data, check_scan(data, path.name)


def import_file(ctx: Work, path: Path, scans_dir: Path | None, dry_run: bool) -> Changed[TrichlucReport]:
    """Check (dry run) or store the pages of a workbook."""
    report = trichluc_xlsx.import_trichluc(ctx.session, path, scans_dir=scans_dir, dry_run=dry_run)
    return Changed(report, Changes() if dry_run else audited(records=True, students=True))


def add_page(ctx: Work, page: TrichlucPage) -> Changed[str]:
    """Store one page entered by hand; return its record id."""
    return Changed(trichluc.add_page(ctx.session, page), audited(records=True))


def plan_seal(ctx: Work, year: str | None = None) -> SealPrep:
    """Converted pages of `year` (None: every recent year) waiting for the seal, and the bound seal certificate."""
    session = ctx.session
    years = past_years(school_repo.latest_year(session.db) or school_year_of(session.today()))
    items = tuple(item for y in ((year,) if year else years)
                  for item in trichluc_issue.plan_conversions(session, y))
    try:
        binding = binding_for_signer(session, trichluc_issue.ROLE)
    except SigningError as exc:
        return SealPrep(items, years, "", "", "", exc.message)
    cert = x509.load_der_x509_certificate(binding.cert_der)
    label = _("{n} — hết hạn {d}", n=common_name(cert), d=cert.not_valid_after_utc.strftime("%d/%m/%Y"))
    return SealPrep(items, years, label, binding.token_serial, binding.module_path or default_module() or "", "")


def issue(ctx: Work, prep: SealPrep, token_serial: str, prompt: PinPrompt,
          env: Mapping[str, str] | None = None) -> SealOutcome:
    """Log in once (one PIN for the batch) and seal-sign each page, stopping between pages on Cancel."""
    session = ctx.session
    items = tuple(i for year in sorted({i.year for i in prep.items})
                  for i in trichluc_issue.plan_conversions(session, year)
                  if (i.record_id, i.version) in {(p.record_id, p.version) for p in prep.items})
    total, issued = len(items), 0
    ctx.progress(_("Chuẩn bị ký {n} bản chuyển đổi…", n=total), 0, total)
    with bound_token_signer(session, trichluc_issue.ROLE, prompt, module_path=prep.module_path or None,
                            token_serial=token_serial or None, env=env) as signer:
        for index, item in enumerate(items):
            if ctx.cancelled:
                return SealOutcome(issued, total - index, cancelled=True, changes=_sealed(issued))
            result = trichluc_issue.issue_conversions(session, (item,), signer)
            issued += result.issued
            if result.stopped_by:
                return SealOutcome(issued, total - index, stopped_by=result.stopped_by, changes=_sealed(issued))
            ctx.progress(_("Đã ký {i}/{n}: {s}", i=index + 1, n=total, s=item.student_name), index + 1, total)
    return SealOutcome(issued, 0, changes=_sealed(issued))


def pending_seal(ctx: Work, year: str, student_id: str | None = None) -> tuple[ConversionItem, ...]:
    """The converted pages of `year` (or one student's) waiting for the seal (the clerk); nothing changes."""
    return trichluc_issue.plan_conversions(ctx.session, year, student_id)


def seal_pages(ctx: Work, items: tuple[ConversionItem, ...], prompt: PinPrompt, *, module_path: str | None = None,
               token_serial: str | None = None,
               on_issued: Callable[[int, int, ConversionItem], None] | None = None) -> SealOutcome:
    """Seal-sign and issue `items` in one batch with the bound seal token (one PIN), each signature timestamped
    when the school's timestamp server answers (`hocbaso trichluc issue`); stops at the first refusal."""
    from hocbaso_desktop.signing import ltv  # the timestamp client loads only for a batch

    session = ctx.session
    require(session.user, Action.SIGN_SEAL)
    timestamper = ltv.reachable(ltv.configured_timestamper(session.db))
    with bound_token_signer(session, trichluc_issue.ROLE, prompt, module_path=module_path,
                            token_serial=token_serial) as signer:
        result = trichluc_issue.issue_conversions(session, items, signer, timestamper=timestamper, progress=on_issued)
    return SealOutcome(result.issued, result.remaining, stopped_by=result.stopped_by, changes=_sealed(result.issued))


def _sealed(issued: int) -> Changes:
    return audited(records=True, outbox=True) if issued else NOTHING
