"""A demo and test PKI built with `cryptography`: root CA → issuing CA → people with Vietnamese names.

Used by `hocbaso demo --issued` and by the tests (engineering notes §4.5). Signer certificates carry
digitalSignature + nonRepudiation (pyHanko requires nonRepudiation by default); options make one
certificate expired or one without signing usage, to test the refusals. Private keys are written to
`out_dir` unencrypted: this is demo material only, never a real school's keys.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from hocbaso_desktop.token.signer import SoftwareSigner

DEMO_ORGANIZATION = "Sở Giáo dục và Đào tạo Thử nghiệm"
_KU_FALSE = dict(digital_signature=False, content_commitment=False, key_encipherment=False,
                 data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                 encipher_only=False, decipher_only=False)


@dataclass(frozen=True)
class PersonSpec:
    """Who gets a certificate, and what is special about it."""

    key: str  # short identifier and file name, e.g. "giaovien"
    common_name: str  # e.g. "Nguyễn Thị Hoa – Giáo viên"
    organization: str = "Trường THCS Thử nghiệm Nguyễn Du"
    expired: bool = False
    signing_usage: bool = True  # False: keyEncipherment only (cannot sign documents)
    tsa: bool = False  # a timestamping authority certificate instead of a person

    @classmethod
    def organisation_seal(cls, key: str, organization: str) -> PersonSpec:
        """A school seal certificate (chứng thư số con dấu): it names the organisation, CN = O = the school."""
        return cls(key, organization, organization=organization)


DEFAULT_PEOPLE: tuple[PersonSpec, ...] = (
    PersonSpec("giaovien", "Nguyễn Thị Hoa – Giáo viên chủ nhiệm"),
    PersonSpec("hieutruong", "Trần Văn Đức – Hiệu trưởng"),
    PersonSpec.organisation_seal("condau", "Trường THCS Thử nghiệm Nguyễn Du"),
    PersonSpec("hethan", "Lê Thị Ánh – Giáo viên (hết hạn)", expired=True),
    PersonSpec("khongky", "Phạm Quốc Bảo – Không có quyền ký", signing_usage=False),
    PersonSpec("tsa", "Máy chủ cấp dấu thời gian thử nghiệm", organization=DEMO_ORGANIZATION, tsa=True),
)


@dataclass(frozen=True)
class DemoIdentity:
    """One person's key and certificate."""

    spec: PersonSpec
    private_key: rsa.RSAPrivateKey = field(repr=False)
    certificate_der: bytes = field(repr=False)

    @property
    def certificate(self) -> x509.Certificate:
        """The certificate as a `cryptography` object."""
        return x509.load_der_x509_certificate(self.certificate_der)


@dataclass(frozen=True)
class DemoPki:
    """The generated PKI: CA keys and certificates, and one identity per person."""

    out_dir: Path
    root_key: rsa.RSAPrivateKey = field(repr=False)
    root_der: bytes = field(repr=False)
    issuing_key: rsa.RSAPrivateKey = field(repr=False)
    issuing_der: bytes = field(repr=False)
    people: Mapping[str, DemoIdentity]

    @property
    def chain_der(self) -> tuple[bytes, ...]:
        """The chain above a person's certificate: issuing CA, then root."""
        return (self.issuing_der, self.root_der)

    def software_signer(self, key: str) -> SoftwareSigner:
        """A `SoftwareSigner` for the person `key`."""
        person = self.people[key]
        return SoftwareSigner(person.private_key, person.certificate_der, self.chain_der)


def vn_name(common_name: str, organization: str) -> x509.Name:
    """An X.509 name with Vietnamese text (UTF8String) and country VN."""
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _issue(subject: x509.Name, public_key: rsa.RSAPublicKey, issuer: x509.Name, issuer_key: rsa.RSAPrivateKey,
           not_before: datetime, not_after: datetime, *, ca: bool = False, path_len: int | None = None,
           usage: Mapping[str, bool], tsa: bool = False) -> x509.Certificate:
    """Sign one certificate (SHA-256, RSA)."""
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
         .serial_number(x509.random_serial_number()).not_valid_before(not_before).not_valid_after(not_after)
         .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
         .add_extension(x509.KeyUsage(**{**_KU_FALSE, **usage}), critical=True))
    if issuer != subject:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                            critical=False)
    if tsa:
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return b.sign(issuer_key, hashes.SHA256())


def _new_key(key_size: int) -> rsa.RSAPrivateKey:
    """A fresh RSA key."""
    return rsa.generate_private_key(public_exponent=65537, key_size=key_size)


def create_demo_pki(out_dir: str | os.PathLike[str], people: Sequence[PersonSpec] = DEFAULT_PEOPLE, *,
                    now: datetime, key_size: int = 2048) -> DemoPki:
    """Generate root CA → issuing CA → one certificate per person, and write PEM files to `out_dir`.

    `now` must be timezone-aware; certificates are valid from one day before it (expired ones ended
    30 days before it).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    root_key, issuing_key = _new_key(key_size), _new_key(key_size)
    root_name = vn_name("Root CA Thử nghiệm Học bạ số", DEMO_ORGANIZATION)
    issuing_name = vn_name("CA Thử nghiệm Học bạ số – Cấp 2", DEMO_ORGANIZATION)
    ca_usage = dict(key_cert_sign=True, crl_sign=True)
    root = _issue(root_name, root_key.public_key(), root_name, root_key, now - timedelta(days=3650),
                  now + timedelta(days=3650), ca=True, usage=ca_usage)
    issuing = _issue(issuing_name, issuing_key.public_key(), root_name, root_key, now - timedelta(days=1825),
                     now + timedelta(days=1825), ca=True, path_len=0, usage=ca_usage)
    identities: dict[str, DemoIdentity] = {}
    for spec in people:
        key = _new_key(key_size)
        if spec.expired:
            start, end = now - timedelta(days=400), now - timedelta(days=30)
        else:
            start, end = now - timedelta(days=1), now + timedelta(days=730)
        if spec.tsa:
            usage = dict(digital_signature=True)
        elif spec.signing_usage:
            usage = dict(digital_signature=True, content_commitment=True)
        else:
            usage = dict(key_encipherment=True)
        cert = _issue(vn_name(spec.common_name, spec.organization), key.public_key(), issuing_name, issuing_key,
                      start, end, usage=usage, tsa=spec.tsa)
        identities[spec.key] = DemoIdentity(spec, key, cert.public_bytes(serialization.Encoding.DER))
        _write_pem(out / f"{spec.key}.pem", cert, key, out / f"{spec.key}.key.pem")
    _write_pem(out / "root.pem", root, root_key, out / "root.key.pem")
    _write_pem(out / "issuing-ca.pem", issuing, issuing_key, out / "issuing-ca.key.pem")
    return DemoPki(out, root_key, root.public_bytes(serialization.Encoding.DER), issuing_key,
                   issuing.public_bytes(serialization.Encoding.DER), identities)


def _write_pem(cert_path: Path, cert: x509.Certificate, key: rsa.RSAPrivateKey, key_path: Path) -> None:
    """Write a certificate and its (demo, unencrypted) key as PEM."""
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
