"""The service's own test PKI (root → issuing CA → one certificate per signer), made with `cryptography` alone."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass
class ServicePki:
    """The CA certificates and, per signer, the key and certificate (DER)."""

    root_der: bytes
    issuing_der: bytes
    keys: dict[str, rsa.RSAPrivateKey] = field(default_factory=dict)
    certs: dict[str, bytes] = field(default_factory=dict)

    def chain(self, name: str) -> list[bytes]:
        """Leaf first, as credentials/info returns it with certificates "chain"."""
        return [self.certs[name], self.issuing_der, self.root_der]

    def root_pem(self) -> bytes:
        """The root in PEM, for `hocbaso trust add`."""
        return x509.load_der_x509_certificate(self.root_der).public_bytes(serialization.Encoding.PEM)


def _name(cn: str, org: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: x509.Name, key, issuer: x509.Name, issuer_key, *, ca: bool, path_len: int | None,
          now: datetime, days: int, usage: x509.KeyUsage) -> x509.Certificate:
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len), critical=True)
               .add_extension(usage, critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                              critical=False))
    if not ca:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                         data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


def make_service_pki(signers: dict[str, str], *, now: datetime | None = None, days: int = 365) -> ServicePki:
    """A fresh PKI; `signers` maps a user id to the common name of its certificate."""
    now = now or datetime.now(UTC).replace(microsecond=0)
    der = serialization.Encoding.DER
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = _name("CSC Test Root CA", "Remote Signing Test Service")
    root = _cert(root_name, root_key, root_name, root_key, ca=True, path_len=1, now=now, days=days * 5,
                 usage=_usage(ca=True))
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = _name("CSC Test Issuing CA", "Remote Signing Test Service")
    issuing = _cert(ca_name, ca_key, root_name, root_key, ca=True, path_len=0, now=now, days=days * 3,
                    usage=_usage(ca=True))
    pki = ServicePki(root.public_bytes(der), issuing.public_bytes(der))
    for user, cn in signers.items():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = _cert(_name(cn, "Remote Signing Test Service"), key, ca_name, ca_key, ca=False, path_len=None,
                     now=now, days=days, usage=_usage(ca=False))
        pki.keys[user], pki.certs[user] = key, cert.public_bytes(der)
    return pki
