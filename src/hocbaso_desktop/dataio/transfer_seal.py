"""Sealing a transfer package with the school's seal (issue 21): `hocbaso transfer seal FILE`, as văn thư.

The academic office makes the package (`transfer out`); the clerk seals it with the seal's token, the
way a paper dossier is stamped. The receiving school checks the seal (dataio/transfer.py) before it
takes any value that is not in a signed PDF.

When the receiving school's certificate is known (a file the receiving school hands over: `transfer out
--to-cert` keeps it, with the CA certificates that came with it, in the package as `nguoinhan.pem`, or `transfer seal --to-cert`), the sealed package is
then encrypted for it (signing/package_envelope.py: CMS, RSA-OAEP + AES-256-GCM) and the file becomes that
CMS; the receiving school's clerk opens it with its seal's token (`transfer open`) before `transfer in`.
Without a certificate the package stays sealed only, and the command says so.
"""

from __future__ import annotations

import zipfile
from datetime import UTC
from pathlib import Path

from hocbaso_desktop.dataio.transfer import read_package_sealed
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.limits import read_file_bounded, read_member
from hocbaso_desktop.private_files import private_target
from hocbaso_desktop.signing import package_envelope, package_seal
from hocbaso_desktop.storage import audit, school_repo

RECIPIENT_MEMBER = "nguoinhan.pem"     # the receiving school's certificate and its CAs, until the clerk seals
OLD_RECIPIENT_MEMBERS = ("nguoinhan.der",)   # the leaf alone, as packages made before kept it
MAX_ENCRYPTED_PACKAGE = 1024 * 1024 * 1024


def recipient_from_file(session, path: Path | str) -> package_envelope.Recipient:
    """The receiving school's certificate from a file (PEM or DER), checked against this school's trust store."""
    try:
        data = read_file_bounded(path, package_envelope.MAX_CERT_FILE)
    except OSError as exc:
        raise InvalidInputError(_("Không đọc được tệp chứng thư {p}.", p=str(path)), field="to_cert") from exc
    return package_envelope.recipient_from_bytes(session.db, data, at=session.now(), what=Path(path).name)


def address_package(session, path: Path | str, recipient: package_envelope.Recipient) -> None:
    """Keep the receiving school's certificate in an unsealed package, for the clerk's seal to encrypt to it."""
    require(session.user, Action.TRANSFER)
    with zipfile.ZipFile(path) as src:
        members = {info.filename: src.read(info) for info in src.infolist()
                   if info.filename not in (RECIPIENT_MEMBER, *OLD_RECIPIENT_MEMBERS)}
    with private_target(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
        # the CAs travel with it: the clerk's seal checks the certificate again, and this school's trust store may
        # hold only the receiving school's root
        out.writestr(RECIPIENT_MEMBER, b"".join(_pem(d) for d in (recipient.cert_der, *recipient.chain_der)))


def _addressed_to(session, path: Path | str) -> package_envelope.Recipient | None:
    """The certificate `transfer out --to-cert` kept in the package, checked again now."""
    with zipfile.ZipFile(path) as package:
        kept = [n for n in (RECIPIENT_MEMBER, *OLD_RECIPIENT_MEMBERS) if n in package.namelist()]
        if not kept:
            return None
        der = read_member(package, kept[0], package_envelope.MAX_CERT_FILE, what=Path(path).name)
    return package_envelope.recipient_from_bytes(session.db, der, at=session.now(), what=Path(path).name)


Recipient = package_envelope.Recipient


def _pem(der: bytes) -> bytes:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    return x509.load_der_x509_certificate(der).public_bytes(Encoding.PEM)


def seal_package(session, path: Path | str, signer, *,
                 recipient: Recipient | None = None) -> tuple[package_seal.SealInfo, Recipient | None]:
    """Sign the package's members with `signer` (the seal's logged-in token) and add `seal.json`; then, when the
    receiving school's certificate is known, encrypt the whole package for it. 0600, atomic. Returns who sealed
    and whom the package was encrypted for (None: sealed only)."""
    require(session.user, Action.SIGN_SEAL)
    db = session.db
    recipient = recipient or _addressed_to(session, path)
    manifest, _pdfs, members, _old_seal = read_package_sealed(path)
    code = school_repo.get_school(db).code
    at = session.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sealed = package_seal.seal(members, signer, school_code=code, at=at)
    with private_target(path) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
            for name, data in members.items():
                out.writestr(name, data)
            out.writestr(package_seal.SEAL_MEMBER, sealed)
        if recipient is not None:
            tmp.write_bytes(package_envelope.encrypt_for(tmp.read_bytes(), recipient.cert_der))
    with db.transaction():
        audit.append(db, actor=session.account.username, action="transfer.seal", entity="student",
                     entity_id=str(manifest.get("hocsinh", {}).get("id", "")),
                     after={"file": Path(path).name, "encrypted_for": recipient.name if recipient else None})
    return package_seal.SealInfo(signer_name(signer), code, at, ""), recipient


def open_package(session, path: Path | str, out: Path | str, signer) -> Path:
    """Decrypt a package encrypted for this school's seal with the seal's token (`signer`, logged in) into `out`
    (0600); the seal inside is checked later by `transfer in`, as for any package."""
    require(session.user, Action.SIGN_SEAL)
    name = Path(path).name
    try:
        data = read_file_bounded(path, MAX_ENCRYPTED_PACKAGE)
    except OSError as exc:
        raise InvalidInputError(_("Không đọc được gói chuyển trường {p}.", p=str(path))) from exc
    if not package_envelope.is_enveloped(data):
        raise InvalidInputError(_("Gói {p} không được mã hoá: dùng trực tiếp với hocbaso transfer in.", p=name))
    plain = package_envelope.decrypt_with(data, signer.certificate_der, signer.decrypt_oaep, what=name)
    target = Path(out)
    with private_target(target) as tmp:
        tmp.write_bytes(plain)
    with session.db.transaction():
        audit.append(session.db, actor=session.account.username, action="transfer.open", entity="file",
                     entity_id=name, after={"out": target.name})
    return target


def signer_name(signer) -> str:
    """The common name of the signer's certificate."""
    from cryptography import x509

    from hocbaso_desktop.signing import common_name

    return common_name(x509.load_der_x509_certificate(signer.certificate_der))
