"""Export of issued records (one per student, or one record) and QR verification against the school's data.

Each record is written as NAME.pdf (the current file: the B-LTA upgrade once there is one) and, when the
version has its XML form, NAME.xml beside it (the two forms of equal value).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
from collections.abc import Mapping
from datetime import UTC, date, datetime, time
from pathlib import Path

from hocbaso_desktop.domain.errors import NotFoundError, SigningError, VerificationError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.roles import Action, Scope, require
from hocbaso_desktop.limits import read_file_bounded
from hocbaso_desktop.private_files import write_private
from hocbaso_desktop.signing import qr
from hocbaso_desktop.signing.certificates import chain_for, check_signing_certificate
from hocbaso_desktop.signing.ltv import current_pdf
from hocbaso_desktop.signing.trust import trust_roots
from hocbaso_desktop.storage import (
    StoredRecord,
    audit,
    certificates_repo,
    records_repo,
    school_repo,
    xml_repo,
)


def _safe(name: str) -> str:
    """A file-name-safe form of a student's name (letters kept, Vietnamese included)."""
    return re.sub(r"[^\w.-]+", "_", name).strip("_") or "hocba"


def _issued(db, stored: StoredRecord) -> bytes:
    """The record's file as it stands (the upgraded B-LTA file once there is one)."""
    if stored.record.status.value != "issued" or stored.pdf is None:
        raise NotFoundError(_("Học bạ {id} chưa được phát hành.", id=stored.record.id))
    return current_pdf(db, stored) or stored.pdf


def export_record(session, record_id: str, out: Path) -> Path:
    """Write the issued PDF of a record's newest issued version to `out`."""
    db = session.db
    issued = [v for v in records_repo.versions(db, record_id) if v.record.status.value == "issued"]
    if not issued:
        raise NotFoundError(_("Học bạ {id} chưa được phát hành.", id=record_id))
    stored = issued[-1]
    require(session.user, Action.EXPORT_RECORDS, Scope(class_id=stored.record.class_id))
    out.parent.mkdir(parents=True, exist_ok=True)
    write_private(out, _issued(db, stored))
    files = [out.name]
    xml = xml_repo.get_xml(db, record_id, stored.record.version)
    if xml is not None:   # the XML form, of equal value, beside it: NAME.xml
        write_private(out.with_suffix(".xml"), xml)
        files.append(out.with_suffix(".xml").name)
    audit.append(db, actor=session.account.username, action="record.export", entity="record",
                 entity_id=f"{record_id}/{stored.record.version}", after={"file": out.name, "files": files})
    return out


def export_class(session, class_id: str, out_dir: Path) -> list[Path]:
    """Write one issued PDF per student of a class into `out_dir`; pages not issued are skipped."""
    require(session.user, Action.EXPORT_RECORDS, Scope(class_id=class_id))
    db = session.db
    names = {s.id: s.full_name for s in school_repo.students_in_class(db, class_id)}
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, StoredRecord]] = []
    try:  # files first: an OSError part way (USB stick full or pulled) leaves only files that are audited below
        for stored in records_repo.latest_for_class(db, class_id):
            if stored.record.status.value != "issued":
                continue
            path = out_dir / f"{_safe(names.get(stored.record.student_id, ''))}_{stored.record.id[:8]}" \
                             f"_v{stored.record.version}.pdf"
            write_private(path, _issued(db, stored))
            written.append((path, stored))
            xml = xml_repo.get_xml(db, stored.record.id, stored.record.version)
            if xml is not None:   # NAME.xml beside NAME.pdf
                write_private(path.with_suffix(".xml"), xml)
    finally:
        with db.transaction():
            for path, stored in written:
                audit.append(db, actor=session.account.username, action="record.export", entity="record",
                             entity_id=f"{stored.record.id}/{stored.record.version}", after={"file": path.name})
    return [path for path, _stored in written]


def qr_text_from(argument: str) -> str:
    """The QR text itself, or the text decoded from an image file with zbarimg (zbar-tools) when installed."""
    path = Path(argument)
    if argument.startswith(qr.PREFIX) or not path.is_file():
        return argument
    if path.suffix.lower() == ".txt":
        return read_file_bounded(path, 64 * 1024).decode("utf-8", errors="replace").strip()
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        raise VerificationError(_("Không đọc được ảnh mã QR: máy chưa cài zbarimg (gói zbar-tools). Hãy dán "
                                  "nội dung mã QR (bắt đầu bằng {p}).", p=qr.PREFIX))
    run = subprocess.run([zbarimg, "--quiet", "--raw", str(path)], capture_output=True, text=True, timeout=60,
                         check=False)
    if run.returncode != 0 or not run.stdout.strip():
        raise VerificationError(_("Không tìm thấy mã QR trong ảnh."))
    return run.stdout.strip().splitlines()[0]


ISSUING_ROLES = ("principal", "seal")


def verify_qr(text: str, certificates_der: list[bytes], roots_der: list[bytes],
              chain_der: list[bytes], issuers: Mapping[str, set[str]] | None = None) -> qr.QrSummary:
    """Verify a QR text's signature and that its signer's certificate chains to a trusted root.

    A QR is signed at issuance by the last required signer. With `issuers` (role → certificates the school
    bound, from its database) the signer must be bound for that role; the roles a QR names are never
    trusted below the floor (the last one is the principal or the seal), so a homeroom teacher's key
    cannot make a QR that verifies.
    """
    summary = qr.verify_qr_text(text, certificates_der)
    if issuers is not None:
        named = summary.required_roles[-1:] if summary.required_roles[-1:] in (("principal",), ("seal",)) else ()
        allowed = set().union(*(issuers.get(r, set()) for r in (named or ISSUING_ROLES)))
        if summary.signer_certificate_sha256 not in allowed:
            raise VerificationError(_("Mã QR CHƯA ĐỦ CHỮ KÝ: được ký bởi {s}, không phải người phát hành học bạ "
                                      "({r}) đã đăng ký với trường.", s=summary.signer,
                                      r=", ".join({"principal": "Hiệu trưởng", "seal": "Con dấu"}[x]
                                                  for x in (named or ISSUING_ROLES))))
    cert = next(c for c in certificates_der if hashlib.sha256(c).hexdigest() == summary.signer_certificate_sha256)
    # validity is judged on the issuance day the signed claims state (the seal may have expired since)
    at = datetime.combine(date.fromisoformat(summary.issued_on), time(12), tzinfo=UTC) if summary.issued_on \
        else datetime.now(UTC)
    try:
        check_signing_certificate(cert, at=at, trust_roots_der=roots_der, chain_der=chain_der)
    except SigningError as exc:
        raise VerificationError(_("Chứng thư của đơn vị ký mã QR không hợp lệ: {e}", e=str(exc))) from exc
    return summary


def school_qr_material(db) -> tuple[list[bytes], list[bytes], list[bytes]]:
    """Signer certificates (every binding ever made), trusted roots and intermediates of a school database."""
    return certificates_repo.all_certificates(db), trust_roots(db), list(chain_for(db))
