"""The one-primitive signer the signing layer uses (style.md principle 4), with a software twin.

`RawSigner` gives the certificate, its chain and one operation: a PKCS#1 v1.5 (RSA) or DER ECDSA
signature over `data`, hashed with `digest_algorithm`. PDF preparation, digests of documents and CMS
structures stay in `signing/`; a token signer only signs the CMS signed attributes it is handed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _

if TYPE_CHECKING:
    from hocbaso_desktop.token.client import TokenClient

_HASHES = {"sha1": hashes.SHA1, "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512}


@runtime_checkable
class RawSigner(Protocol):
    """A certificate with its chain and a raw signature primitive."""

    certificate_der: bytes
    chain_der: tuple[bytes, ...]

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign `data` (hashed with `digest_algorithm`, e.g. "sha256"): PKCS#1 v1.5 for RSA, DER for ECDSA."""
        ...


class TokenSigner:
    """A `RawSigner` whose key stays on a token: signs through `TokenClient` (log in first)."""

    def __init__(self, client: TokenClient, serial: str, key_id: bytes, certificate_der: bytes,
                 chain_der: Sequence[bytes] = ()) -> None:
        self.client = client
        self.serial = serial
        self.key_id = bytes(key_id)
        self.certificate_der = bytes(certificate_der)
        self.chain_der = tuple(bytes(c) for c in chain_der)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign in the worker process; raises the TokenError subclasses of `TokenClient.sign`."""
        return self.client.sign(self.serial, self.key_id, data, digest_algorithm)

    def decrypt_oaep(self, ciphertext: bytes) -> bytes:
        """RSA-OAEP decryption by the same key in the worker (a package encrypted for this certificate)."""
        return self.client.decrypt(self.serial, self.key_id, ciphertext)


class SoftwareSigner:
    """A `RawSigner` from a private key in memory (tests, dev builds, demo data)."""

    def __init__(self, private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey, certificate_der: bytes,
                 chain_der: Sequence[bytes] = ()) -> None:
        self.private_key = private_key
        self.certificate_der = bytes(certificate_der)
        self.chain_der = tuple(bytes(c) for c in chain_der)

    @classmethod
    def from_pkcs12(cls, data: bytes, password: str | None) -> SoftwareSigner:
        """Load key, certificate and chain from a PKCS#12 (.p12/.pfx) file's bytes."""
        try:
            key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode() if password else None)
        except ValueError as exc:
            raise InvalidInputError(_("Không mở được tệp chứng thư số (.p12): sai mật khẩu hoặc tệp hỏng.")) \
                from exc
        if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) or cert is None:
            raise InvalidInputError(_("Tệp .p12 không chứa khóa RSA/EC và chứng thư số."))
        chain = [c.public_bytes(serialization.Encoding.DER) for c in extra]
        return cls(key, cert.public_bytes(serialization.Encoding.DER), chain)

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        """Sign with the in-memory key."""
        try:
            algorithm = _HASHES[digest_algorithm.lower()]()
        except KeyError:
            raise InvalidInputError(_("Thuật toán băm không được hỗ trợ: {name}", name=digest_algorithm)) from None
        if isinstance(self.private_key, rsa.RSAPrivateKey):
            return self.private_key.sign(data, padding.PKCS1v15(), algorithm)
        return self.private_key.sign(data, ec.ECDSA(algorithm))
