"""Transfers between schools: package a student out, check a package, receive the student (use cases).

`check_package` shows before anything is written what a package holds and what was verified: each
issued page's signatures checked against this school's trust list, and the scores carried over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hocbaso_desktop.dataio import transfer, transfer_seal
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
    recipient: str = ""   # the receiving school the clerk's seal will encrypt it for ("": none named)


def send(ctx: Work, student: str, out: Path, on: date, destination: str,
         recipient_cert: Path | None = None) -> PackageWritten:
    """Transfer a student (by id, or by exact full name) out into a package file and describe its content; with
    the receiving school's certificate, checked against the trust list before anything is written, the package
    is addressed to it (the seal then encrypts it for that school)."""
    session = ctx.session
    require(session.user, Action.TRANSFER)
    recipient = transfer_seal.recipient_from_file(session, recipient_cert) if recipient_cert else None
    student_id = transfer.find_student(session, student).id
    path = transfer.transfer_out(session, student_id, out, on=on, destination=destination)
    manifest, _pdfs = transfer.read_package(path)
    if recipient is not None:
        transfer_seal.address_package(session, path, recipient)
    return PackageWritten(path, manifest["hocsinh"].get("hovaten", ""), len(manifest["hocba"]),
                          len(manifest["danhgia"]), audited(students=True),  # the student has left the class
                          recipient.name if recipient is not None else "")


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


def receive(ctx: Work, path: Path, class_name: str, on: date, *,
            manual_entry: bool = False) -> Changed[transfer.TransferInResult]:
    """Receive the student of a package into a class (verified again, all or nothing); `manual_entry` takes the
    open year's values of an unsealed package as this school's own audited entry."""
    return Changed(transfer.transfer_in(ctx.session, path, class_name, on=on, manual_entry=manual_entry),
                   audited(students=True, assessments=True, records=True))


@dataclass(frozen=True)
class SealedPackage:
    """Who sealed a package, and which school it was encrypted for (None: sealed only)."""

    signer: str
    encrypted_for: str | None


def seal(ctx: Work, path: Path, prompt, *, module_path: str | None = None, token_serial: str | None = None,
         recipient_cert: Path | None = None) -> Changed[SealedPackage]:
    """Sign a package with the school's seal token (the clerk, one PIN) and, when the receiving school's
    certificate is known (given here, or kept by `send`), encrypt it for that school."""
    from hocbaso_desktop.signing import bound_token_signer

    session = ctx.session
    require(session.user, Action.SIGN_SEAL)
    recipient = transfer_seal.recipient_from_file(session, recipient_cert) if recipient_cert else None
    with bound_token_signer(session, "seal", prompt, module_path=module_path, token_serial=token_serial) as signer:
        info, encrypted_for = transfer_seal.seal_package(session, path, signer, recipient=recipient)
    return Changed(SealedPackage(info.signer, encrypted_for.name if encrypted_for is not None else None), audited())


def open_sealed(ctx: Work, path: Path, out: Path, prompt, *, module_path: str | None = None,
                token_serial: str | None = None) -> Changed[Path]:
    """Decrypt a package encrypted for this school's seal with the seal token (the clerk) into `out`."""
    from hocbaso_desktop.signing import bound_token_signer

    session = ctx.session
    require(session.user, Action.SIGN_SEAL)
    with bound_token_signer(session, "seal", prompt, module_path=module_path, token_serial=token_serial) as signer:
        return Changed(transfer_seal.open_package(session, path, out, signer), audited())
