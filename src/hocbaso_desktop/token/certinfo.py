"""Reading certificate details (subject, issuer, validity, key usage) for the token picker."""

from __future__ import annotations

from cryptography import x509
from cryptography.x509.oid import NameOID

from hocbaso_desktop.domain.i18n import nfc
from hocbaso_desktop.token.types import CertificateInfo

_KEY_USAGE_NAMES = ("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
                    "key_agreement", "key_cert_sign", "crl_sign")


def common_name(name: x509.Name) -> str:
    """The first CN of an X.509 name, or the whole name when it has none."""
    cns = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return nfc(str(cns[0].value)) if cns else nfc(name.rfc4514_string())


def key_usage_names(cert: x509.Certificate) -> tuple[str, ...]:
    """The key usage bits set in the certificate (empty when it has no KeyUsage extension)."""
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return ()
    return tuple(n for n in _KEY_USAGE_NAMES if getattr(ku, n))


def certificate_info(der: bytes, key_id: bytes, label: str = "", has_private_key: bool = True) -> CertificateInfo:
    """Build the `CertificateInfo` of a DER certificate."""
    cert = x509.load_der_x509_certificate(der)
    return CertificateInfo(der=der, key_id=key_id, subject_cn=common_name(cert.subject),
                           subject=nfc(cert.subject.rfc4514_string()), issuer=nfc(cert.issuer.rfc4514_string()),
                           issuer_cn=common_name(cert.issuer), not_before=cert.not_valid_before_utc,
                           not_after=cert.not_valid_after_utc, key_usage=key_usage_names(cert),
                           has_private_key=has_private_key, label=label)
