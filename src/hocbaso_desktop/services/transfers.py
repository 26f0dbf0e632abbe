"""Transfers between schools: package a student out, check a package, receive the student (use cases).

`check_package` shows before anything is written what a package holds and what was verified: each
issued page's signatures checked against this school's trust list, and the scores carried over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hocbaso_desktop.dataio import transfer
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.i18n import _
from hocbaso_desktop.services.changes import NOTHING, Changed, Changes, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import trust_roots, verify_pdf


@dataclass(frozen=True)
class PackagePage:
    """One issued page in a package and the result of verifying it here."""

    year: str
    record: str
    signers: str      # "gvcn: Name; principal: Name; …"
    verdict: str      # "Hợp lệ" or the problems
    ok: bool


@dataclass(frozen=True)
class PackageCheck:
    """What a transfer package holds, verified before receiving the student."""

    student: str
    from_school: str
    transferred_on: str
    pages: tuple[PackagePage, ...]
    entries: int
    history: int

    @property
    def ok(self) -> bool:
        """Whether every page verified (the student can be received)."""
        return all(p.ok for p in self.pages)


@dataclass(frozen=True)
class PackageWritten:
    """A package written by transfer_out and what went into it."""

    path: Path
    student: str
    pages: int
    entries: int
    changes: Changes = NOTHING


def send(ctx: Work, student_id: str, out: Path, on: date, destination: str) -> PackageWritten:
    """Transfer a student out into a package file and describe its content."""
    path = transfer.transfer_out(ctx.session, student_id, out, on=on, destination=destination)
    manifest, _pdfs = transfer.read_package(path)
    return PackageWritten(path, manifest["hocsinh"].get("hovaten", ""), len(manifest["hocba"]),
                          len(manifest["danhgia"]), audited(students=True))  # the student has left the class


def check_package(ctx: Work, path: Path) -> PackageCheck:
    """Read a package, check its hashes and verify each page's signatures against this school's trust list."""
    session = ctx.session
    require(session.user, Action.TRANSFER)
    manifest, pdfs = transfer.read_package(path)
    roots = trust_roots(session.db)
    pages = []
    for r in manifest["hocba"]:
        report = verify_pdf(pdfs[r["tep"]], roots)
        problems = [*report.problems, *(p for s in report.signatures for p in s.problems)]
        if report.record_id != r["madinhdanhhocba"]:
            problems.append(_("mã học bạ trong tệp không khớp danh mục của gói"))
        ok = report.ok and not problems
        signers = "; ".join(f"{s.role}: {s.signer}" for s in report.signatures)
        pages.append(PackagePage(r["namhoc"], f"{r['madinhdanhhocba'][:8]} v{r['phienban']}", signers,
                                 _("Hợp lệ") if ok else "; ".join(problems) or _("Không hợp lệ"), ok))
    school = manifest["truong"]
    return PackageCheck(manifest["hocsinh"].get("hovaten", ""), f"{school['tentruong']} ({school['matruong']})",
                        manifest.get("ngaychuyen", ""), tuple(pages), len(manifest["danhgia"]),
                        len(manifest["quatrinhhoctap"]))


def receive(ctx: Work, path: Path, class_name: str, on: date) -> Changed[transfer.TransferInResult]:
    """Receive the student of a package into a class (verified again, all or nothing)."""
    return Changed(transfer.transfer_in(ctx.session, path, class_name, on=on),
                   audited(students=True, assessments=True, records=True))
