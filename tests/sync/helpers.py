"""Helpers for the sync tests: a school database with issued records, signed PDFs, envelopes."""

from __future__ import annotations

import io
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.writer import PdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko_certvalidator.registry import SimpleCertificateStore

from hocbaso_desktop.storage import blobs_repo, outbox
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.sync.protocol import canonical, sha256_hex

PASSWORD = "hocbaso-demo"
ADMIN = "quantri"


@lru_cache(maxsize=1)
def throwaway_signer() -> signers.SimpleSigner:
    """An in-memory ECDSA key with a self-signed certificate (integrity only, not trusted)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Trường thử nghiệm")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    a_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    a_key = asn1_keys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                            serialization.PrivateFormat.PKCS8,
                                                            serialization.NoEncryption()))
    return signers.SimpleSigner(signing_cert=a_cert, signing_key=a_key,
                                cert_registry=SimpleCertificateStore.from_certs([a_cert]))


@lru_cache(maxsize=1)
def blank_pdf() -> bytes:
    """A one-page empty PDF."""
    writer = PdfFileWriter()
    page = generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): generic.ArrayObject([generic.NumberObject(n) for n in (0, 0, 595, 842)]),
    })
    writer.insert_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def signed_pdf(payload_bytes: bytes) -> bytes:
    """A PDF embedding `payload.json` and carrying one valid PAdES signature."""
    w = IncrementalPdfFileWriter(io.BytesIO(blank_pdf()))
    embed.embed_file(w, embed.FileSpec(
        file_spec_string="payload.json", file_name="payload.json",
        embedded_data=embed.EmbeddedFileObject.from_file_data(w, data=payload_bytes, mime_type="application/json")))
    meta = signers.PdfSignatureMetadata(field_name="Sig1", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES)
    out = io.BytesIO()
    # bytes_reserved: without it pyHanko makes a second, dry-run signature to size the placeholder
    signers.PdfSigner(meta, signer=throwaway_signer()).sign_pdf(w, output=out, bytes_reserved=4096)
    return out.getvalue()


def fake_pdf(payload_bytes: bytes) -> bytes:
    """A signed-looking synthetic PDF (bench only: the server's signature check is switched off)."""
    return b"%PDF-1.7\n% synthetic\n" + payload_bytes + b"\n%%EOF\n"


def copy_school(template: Path, target: Path) -> Path:
    """Copy a closed school database and its key file."""
    shutil.copy2(template, target)
    shutil.copy2(template.with_name(template.name + ".keys"), target.with_name(target.name + ".keys"))
    return target


def open_school(path: Path, password: str = PASSWORD) -> SchoolDatabase:
    """Open a demo school as its administrator."""
    return SchoolDatabase.open(path, ADMIN, password)


def issue_records(db: SchoolDatabase, n: int, *, pdf_maker=signed_pdf, version: int = 1,
                  record_ids: list[str] | None = None) -> list[str]:
    """Insert `n` issued record rows with a signed PDF each, and enqueue them; return the record ids."""
    students = [r[0] for r in db.query("SELECT id FROM students ORDER BY id")]
    year = db.query_one("SELECT year FROM classes ORDER BY year DESC LIMIT 1")[0]
    ids = []
    for i in range(n):
        record_id = record_ids[i] if record_ids else str(uuid.uuid4())
        student = students[i % len(students)]
        payload = {"madinhdanhhocba": record_id, "mahocsinh": student, "namhoc": year, "phienban": version,
                   "nhanxet": "Hoàn thành tốt các nội dung học tập.", "so": i}
        payload_bytes = canonical(payload)
        pdf = pdf_maker(payload_bytes)
        sha = sha256_hex(payload_bytes)
        with db.transaction():
            pdf_sha = blobs_repo.put_blob(db, pdf, "application/pdf")
            db.execute("INSERT INTO records(id, version, student_id, year, regulation, status, payload, "
                       "payload_sha256, pdf, pdf_sha256, issued_on, created_at) "
                       "VALUES (?, ?, ?, ?, '27/2020', 'issued', ?, ?, ?, ?, '2027-05-30', '2027-05-30T00:00:00Z')",
                       (record_id, version, student, f"{year}-{i}-{version}", payload_bytes, sha, pdf, pdf_sha))
            outbox.enqueue(db, record_id=record_id, version=version, kind="hocba_tieuhoc",
                           event="NEW" if version == 1 else "UPDATE", payload=payload, payload_bytes=payload_bytes,
                           payload_sha256=sha, blobs=[{"sha256": pdf_sha, "role": "signed_pdf",
                                                       "media_type": "application/pdf"}],
                           updated_at="2027-05-30T03:00:00Z")
        ids.append(record_id)
    return ids
