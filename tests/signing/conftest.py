"""Fixtures for the signing tests: a small real school database, sessions per role, signers, a PDF.

The PKI is the token helper's (tests/fixtures/pki.py: giaovien, hieutruong, condau, hethan, khongky);
`software_signer` wraps its SoftwareSigner with a counter that can simulate a pulled token.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pytest
from tests.fixtures.signing import PASSWORD, YEAR, SigningSchool, build_school

from hocbaso_desktop.token.errors import TokenRemovedError

__all__ = ["PASSWORD", "YEAR", "SigningSchool", "build_school"]


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

