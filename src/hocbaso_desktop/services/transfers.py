"""Transfers between schools (use cases of the window and of `hocbaso transfer`): package a student out, check a
package, receive the student; the clerk seals a package (and encrypts it for the receiving school's seal
certificate) or opens a package encrypted for this school's seal.

`check_package` shows before anything is written what a package holds and what was verified: each issued page's
signatures against this school's trust list, the seal, and the values carried over. The academic office makes and
receives packages (TRANSFER); the clerk seals and opens them with the seal's token (SIGN_SEAL). Every function
takes the running `Work` (the window's operation context, or the command line's), as the other use cases do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography import x509

from hocbaso_desktop.dataio import transfer, transfer_seal
from hocbaso_desktop.domain.errors import HocbasoError, InvalidInputError, SigningError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Student
from hocbaso_desktop.domain.roles import Action, is_allowed, require
from hocbaso_desktop.services.changes import NOTHING, Changed, Changes, audited
from hocbaso_desktop.services.work import Work
from hocbaso_desktop.signing import (
    binding_for_signer,
    bound_token_signer,
    certificates,
    common_name,
    package_seal,
    trust_roots,
    verify_pdf,
)
from hocbaso_desktop.token import PinPrompt, TokenClient, TokenInfo, default_module

SEAL_ROLE = "seal"


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
    sealed_by: str | None = None   # who sealed it (checked against the trust list), None: not sealed
    seal_problem: str = ""         # why the seal does not hold ("" when it holds or there is none)

    @property
    def ok(self) -> bool:
        """Whether every page and the seal (if any) verified (the student can be received)."""
        return all(p.ok for p in self.pages) and not self.seal_problem


@dataclass(frozen=True)
class PackageWritten:
    """A package written by `send` and what went into it."""

    path: Path
    student: str
    pages: int
    entries: int
    changes: Changes = NOTHING
    recipient: str = ""   # the receiving school the clerk's seal will encrypt it for ("": none named)


@dataclass(frozen=True)
class RecipientView:
    """A receiving school's seal certificate, checked for encryption (name, organisation, expiry dd/mm/yyyy)."""

    path: Path
    name: str
    organisation: str
    valid_to: str


@dataclass(frozen=True)
class SealSetup:
    """The clerk's seal: the bound certificate, its token and module; `problem` says why sealing cannot start."""

    certificate: str
    token_serial: str
    module_path: str
    problem: str = ""


@dataclass(frozen=True)
class SealedPackage:
    """Who sealed a package, and which school it was encrypted for (None: sealed only)."""

    signer: str
    encrypted_for: str | None


def _require_transfer_or_seal(session) -> None:
    if not (is_allowed(session.user, Action.TRANSFER) or is_allowed(session.user, Action.SIGN_SEAL)):
        require(session.user, Action.TRANSFER)   # raises with the usual message


def recipient_certificate(ctx: Work, path: Path | str) -> RecipientView:
    """Check a receiving school's seal certificate file (PEM, DER or .p7b) against this school's trust store."""
    session = ctx.session
    _require_transfer_or_seal(session)
    recipient = transfer_seal.recipient_from_file(session, path)
    cert = x509.load_der_x509_certificate(recipient.cert_der)
    return RecipientView(Path(path), recipient.name, recipient.organisation,
                         cert.not_valid_after_utc.strftime("%d/%m/%Y"))


def find_student(ctx: Work, name_or_id: str) -> Student:
    """A student by id, or by exact full name in the latest year's classes."""
    return transfer.find_student(ctx.session, name_or_id)


def send(ctx: Work, student: str, out: Path, on: date, destination: str,
         recipient_cert: Path | None = None) -> PackageWritten:
    """Transfer a student (by id, or by exact full name) out into a package file; with the receiving school's
    certificate, checked against the trust list before anything is written, the package is addressed to it (the
    clerk's seal then encrypts it for that school)."""
    session = ctx.session
    require(session.user, Action.TRANSFER)
    recipient = transfer_seal.recipient_from_file(session, recipient_cert) if recipient_cert else None
    student_id = transfer.find_student(session, student).id
    path = transfer.transfer_out(session, student_id, out, on=on, destination=destination)
    if recipient is not None:
        transfer_seal.address_package(session, path, recipient)
    manifest, _pdfs = transfer.read_package(path)
    return PackageWritten(path, manifest["hocsinh"].get("hovaten", ""), len(manifest["hocba"]),
                          len(manifest["danhgia"]), audited(students=True),  # the student has left the class
                          recipient.name if recipient else "")


def check_package(ctx: Work, path: Path) -> PackageCheck:
    """Read a package, check its hashes, its seal and each page's signatures against this school's trust list."""
    session = ctx.session
    require(session.user, Action.TRANSFER)
    db = session.db
    manifest, pdfs, members, seal_bytes = transfer.read_package_sealed(path)
    roots = trust_roots(db)
    sealed_by, seal_problem = None, ""
    if seal_bytes is not None:
        try:
            sealed_by = package_seal.check(members, seal_bytes, roots=list(roots),
                                           chain=list(certificates.chain_for(db))).signer
        except HocbasoError as exc:
            seal_problem = exc.message
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
                        len(manifest["quatrinhhoctap"]), sealed_by, seal_problem)


def receive(ctx: Work, path: Path, class_name: str, on: date, *,
            manual_entry: bool = False) -> Changed[transfer.TransferInResult]:
    """Receive the student of a package into a class (verified again, all or nothing); `manual_entry` takes an
    unsealed package's values as this school's own audited entry within its open entry windows."""
    return Changed(transfer.transfer_in(ctx.session, path, class_name, on=on, manual_entry=manual_entry),
                   audited(students=True, assessments=True, records=True))


def seal_setup(ctx: Work) -> SealSetup:
    """The clerk's bound seal certificate and its token (the window lists tokens of that module)."""
    session = ctx.session
    require(session.user, Action.SIGN_SEAL)
    try:
        binding = binding_for_signer(session, SEAL_ROLE)
    except SigningError as exc:
        return SealSetup("", "", "", exc.message)
    if binding.is_remote:
        return SealSetup("", "", "", _("Con dấu của trường được gắn với dịch vụ ký từ xa; niêm phong gói chuyển "
                                       "trường cần thiết bị ký (USB token) của con dấu."))
    cert = x509.load_der_x509_certificate(binding.cert_der)
    label = _("{n} — hết hạn {d}", n=common_name(cert), d=cert.not_valid_after_utc.strftime("%d/%m/%Y"))
    return SealSetup(label, binding.token_serial, binding.module_path or default_module() or "")


def list_tokens(module_path: str, env: Mapping[str, str] | None = None) -> list[TokenInfo]:
    """The tokens present for a PKCS#11 module (the window asks on its io lane)."""
    with TokenClient(module_path or None, env=env) as client:
        return client.list_tokens()


def seal(ctx: Work, path: Path, prompt: PinPrompt, *, module_path: str | None = None,
         token_serial: str | None = None, recipient_cert: Path | None = None, env: Mapping[str, str] | None = None,
         client=None) -> Changed[SealedPackage]:
    """Seal a package with the school's seal token (the clerk, one PIN) and, when the receiving school's certificate
    is known (given here, or kept by `send`), encrypt it for that school. The certificate is checked before the PIN
    is asked."""
    session = ctx.session
    require(session.user, Action.SIGN_SEAL)
    recipient = transfer_seal.recipient_from_file(session, recipient_cert) if recipient_cert else None
    with bound_token_signer(session, SEAL_ROLE, prompt, module_path=module_path or None,
                            token_serial=token_serial or None, env=env, client=client) as signer:
        info, encrypted_for = transfer_seal.seal_package(session, path, signer, recipient=recipient)
    return Changed(SealedPackage(info.signer, encrypted_for.name if encrypted_for else None), audited())


def open_sealed(ctx: Work, path: Path, out: Path, prompt: PinPrompt, *, module_path: str | None = None,
                token_serial: str | None = None, env: Mapping[str, str] | None = None,
                client=None) -> Changed[Path]:
    """Decrypt a package encrypted for this school's seal with the seal token (the clerk) into `out` (0600, audited);
    the seal inside is checked when the academic office receives it."""
    session = ctx.session
    require(session.user, Action.SIGN_SEAL)
    if Path(out).resolve() == Path(path).resolve():
        raise InvalidInputError(_("Tệp gói đã mở phải khác tệp gói đã mã hoá."))
    with bound_token_signer(session, SEAL_ROLE, prompt, module_path=module_path or None,
                            token_serial=token_serial or None, env=env, client=client) as signer:
        return Changed(transfer_seal.open_package(session, path, out, signer), audited())
