"""The demo/test PKI: chain, Vietnamese names, expired and non-signing certificates."""

from __future__ import annotations

from datetime import datetime

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.x509.oid import ExtendedKeyUsageOID

from hocbaso_desktop.token import DemoPki
from hocbaso_desktop.token.certinfo import certificate_info


def _issued_by(child: x509.Certificate, parent: x509.Certificate) -> None:
    parent.public_key().verify(child.signature, child.tbs_certificate_bytes, padding.PKCS1v15(),
                               child.signature_hash_algorithm)
    assert child.issuer == parent.subject


def test_chain_root_issuing_people(demo_pki: DemoPki, pki_now: datetime) -> None:
    root = x509.load_der_x509_certificate(demo_pki.root_der)
    issuing = x509.load_der_x509_certificate(demo_pki.issuing_der)
    _issued_by(root, root)
    _issued_by(issuing, root)
    assert issuing.extensions.get_extension_for_class(x509.BasicConstraints).value.path_length == 0
    for person in demo_pki.people.values():
        _issued_by(person.certificate, issuing)
        assert person.certificate.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier)
    teacher = certificate_info(demo_pki.people["giaovien"].certificate_der, b"\x01")
    assert teacher.subject_cn == "Nguyễn Thị Hoa – Giáo viên chủ nhiệm"
    assert teacher.key_usage == ("digital_signature", "content_commitment")
    assert teacher.not_before < pki_now < teacher.not_after
    assert (demo_pki.out_dir / "giaovien.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_expired_non_signing_and_tsa_variants(demo_pki: DemoPki, pki_now: datetime) -> None:
    expired = certificate_info(demo_pki.people["hethan"].certificate_der, b"")
    assert expired.not_after < pki_now and expired.can_sign_documents
    no_sign = certificate_info(demo_pki.people["khongky"].certificate_der, b"")
    assert no_sign.key_usage == ("key_encipherment",) and not no_sign.can_sign_documents
    tsa = demo_pki.people["tsa"].certificate
    eku = tsa.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.TIME_STAMPING]
