"""Sealing a transfer package with the school's seal (issue 21): `hocbaso transfer seal FILE`, as văn thư.

The academic office makes the package (`transfer out`); the clerk seals it with the seal's token, the
way a paper dossier is stamped. The receiving school checks the seal (dataio/transfer.py) before it
takes any value that is not in a signed PDF.
"""

from __future__ import annotations

import zipfile
from datetime import UTC
from pathlib import Path

from hocbaso_desktop.dataio.transfer import read_package_sealed
from hocbaso_desktop.domain.roles import Action, require
from hocbaso_desktop.private_files import private_target
from hocbaso_desktop.signing import package_seal
from hocbaso_desktop.storage import audit, school_repo


def seal_package(session, path: Path | str, signer) -> package_seal.SealInfo:
    """Sign the package's members with `signer` (the seal's logged-in token) and add `seal.json`; 0600, atomic."""
    require(session.user, Action.SIGN_SEAL)
    db = session.db
    manifest, _pdfs, members, _old_seal = read_package_sealed(path)
    code = school_repo.get_school(db).code
    at = session.now().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    sealed = package_seal.seal(members, signer, school_code=code, at=at)
    with private_target(path) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
        out.writestr(package_seal.SEAL_MEMBER, sealed)
    with db.transaction():
        audit.append(db, actor=session.account.username, action="transfer.seal", entity="student",
                     entity_id=str(manifest.get("hocsinh", {}).get("id", "")), after={"file": Path(path).name})
    return package_seal.SealInfo(signer_name(signer), code, at, "")


def signer_name(signer) -> str:
    """The common name of the signer's certificate."""
    from cryptography import x509

    from hocbaso_desktop.signing import common_name

    return common_name(x509.load_der_x509_certificate(signer.certificate_der))
