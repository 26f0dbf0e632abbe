"""Fixtures for the signing tests: a small real school database, sessions per role, signers, a PDF.

The PKI is the token helper's (tests/fixtures/pki.py: giaovien, hieutruong, condau, hethan, khongky);
`software_signer` wraps its SoftwareSigner with a counter that can simulate a pulled token.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hocbaso_desktop.app import Session
from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.model import (
    Enrolment,
    Level,
    PartialDate,
    School,
    SchoolClass,
    Sex,
    Staff,
    StaffTitle,
    Student,
)
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.storage import assessments_repo, school_repo, trust_repo, users_repo
from hocbaso_desktop.storage.database import SchoolDatabase
from hocbaso_desktop.token.errors import TokenRemovedError

PASSWORD = "hocbaso-test"
YEAR = "2025-2026"


@dataclass
class CountingSigner:
    """A RawSigner wrapper that fails like a pulled token after `fail_after` signatures."""

    inner: object
    fail_after: int | None = None
    calls: int = 0
    certificate_der: bytes = field(init=False)
    chain_der: tuple[bytes, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.certificate_der = self.inner.certificate_der
        self.chain_der = tuple(self.inner.chain_der)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        if self.fail_after is not None and self.calls >= self.fail_after:
            raise TokenRemovedError("Thiết bị ký (USB token) đã bị rút ra. Hãy cắm lại và thử lại.")
        self.calls += 1
        return self.inner.sign_raw(data, digest_algorithm)


@pytest.fixture
def software_signer(demo_pki):
    """software_signer("giaovien", fail_after=None) -> CountingSigner over the demo PKI's key."""
    def make(person: str, fail_after: int | None = None) -> CountingSigner:
        return CountingSigner(demo_pki.software_signer(person), fail_after)
    return make


@dataclass
class SigningSchool:
    """A school database with one class of students and the signing accounts."""

    db: SchoolDatabase
    class_id: str
    accounts: dict[str, object]

    def session(self, username: str) -> Session:
        account = users_repo.get_user(self.db, username)
        return Session(self.db, account, users_repo.principal_for(self.db, account))


def build_school(path: Path, demo_pki, n_students: int = 3) -> SigningSchool:
    """Create a primary school with class 4A, staff, users and year-end entries; trust the demo root."""
    school = School("79000701", "Trường Tiểu học Thử Nghiệm", Level.TIEU_HOC, "79", "Sở GD&ĐT Thử nghiệm",
                    "Phường Bến Nghé", "TP Hồ Chí Minh")
    db, _recovery = SchoolDatabase.create(path, school=school, admin_username="quantri",
                                          admin_full_name="Quản Trị", admin_password=PASSWORD)
    staff = [Staff("st-ht", "Trần Văn Đức", StaffTitle.PRINCIPAL, "079080000001"),
             Staff("st-gv", "Nguyễn Thị Hoa", StaffTitle.TEACHER, "079080000002"),
             Staff("st-vt", "Lê Thị Văn", StaffTitle.CLERK, "079080000003")]
    with db.transaction():
        for s in staff:
            school_repo.add_staff(db, s)
        school_repo.add_class(db, SchoolClass("cls-4a", YEAR, 4, "4A", "st-gv"))
        students = [Student(f"hs-{i}", f"Phạm Văn Học Sinh {chr(65 + i)}", Sex.MALE, PartialDate(2016, 3, i + 1),
                            student_code=f"HS{i:03d}") for i in range(n_students)]
        school_repo.add_students(db, students)
        school_repo.add_enrolments(db, [Enrolment(s.id, YEAR, "4A", school.name, class_id="cls-4a") for s in students])
    entries = []
    for s in students:
        entries += [AssessmentEntry(s.id, "TV", "cn", "level", "T"), AssessmentEntry(s.id, "TV", "cn", "test", "9"),
                    AssessmentEntry(s.id, "TO", "cn", "level", "H"), AssessmentEntry(s.id, "TO", "cn", "test", "7")]
    assessments_repo.bulk_insert_entries(db, YEAR, entries, actor="quantri", reason="test")
    accounts = {
        "hieutruong": users_repo.insert_user(db, username="hieutruong", full_name="Trần Văn Đức",
                                             role=Role.PRINCIPAL, actor="quantri", staff_id="st-ht"),
        "gvcn.4a": users_repo.insert_user(db, username="gvcn.4a", full_name="Nguyễn Thị Hoa", role=Role.HOMEROOM,
                                          actor="quantri", staff_id="st-gv"),
        "vanthu": users_repo.insert_user(db, username="vanthu", full_name="Lê Thị Văn", role=Role.CLERK,
                                         actor="quantri", staff_id="st-vt"),
    }
    trust_repo.add_anchor(db, demo_pki.root_der, subject="Root CA Thử nghiệm Học bạ số", actor="quantri",
                          at="2026-01-01T00:00:00+00:00")
    return SigningSchool(db, "cls-4a", accounts)


@pytest.fixture
def test_school(tmp_path, demo_pki):
    """A fresh school database (closed after the test)."""
    ts = build_school(tmp_path / "truong.hocbaso", demo_pki)
    yield ts
    ts.db.close()


def simple_pdf() -> bytes:
    """A one-page PDF made with reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.drawString(72, 760, "Hoc ba so - trang thu")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.fixture
def dummy_timestamper(demo_pki):
    """An in-process RFC 3161 timestamper with the demo PKI's TSA certificate (pyHanko's DummyTimeStamper)."""
    from asn1crypto import keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.timestamps import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    def make(fixed_dt=None):
        tsa = demo_pki.people["tsa"]
        return DummyTimeStamper(
            tsa_cert=asn1_x509.Certificate.load(tsa.certificate_der),
            tsa_key=keys.PrivateKeyInfo.load(tsa.private_key.private_bytes(
                serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())),
            certs_to_embed=SimpleCertificateStore.from_certs(
                [asn1_x509.Certificate.load(c) for c in demo_pki.chain_der]),
            fixed_dt=fixed_dt)
    return make
