"""USB bundles encrypted for the centre's key (hocbaso-bundle/2): X25519 + HKDF-SHA256 + AES-256-GCM.

The centre publishes an X25519 public key beside its receipt key (`GET /ping` → `bundle_key`); the school
pins it the same way (online, TLS-verified ping to the configured centre, or the administrator with the
Sở's fingerprint). For each bundle the school makes a fresh X25519 key pair; the content key is

    HKDF-SHA256(ikm = X25519(ephemeral, centre), salt = ephemeral_pub ‖ centre_pub,
                info = "hocbaso-bundle/2 " ‖ school_code)

and every member is `HBE2 ‖ nonce(12) ‖ AES-256-GCM(content key, nonce, data, aad = school_code "/" member name)`.
Only the centre's private key opens it: neither the school's API token nor the PC that carries the stick
to the internet can read a name in it. The plain header `bundle.json` says only the format, the school
code, the device, the ephemeral key and the fingerprint of the centre key it was made for. The centre
still checks every record's signatures as on any upload; the school's token authenticates the upload.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import zipfile

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT_V2 = "hocbaso-bundle/2"
ALGORITHM = "X25519-HKDF-SHA256-A256GCM"
HEADER = "bundle.json"
MAGIC = b"HBE2"
_RAW = (serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_fingerprint(public_b64: str) -> str:
    """SHA-256 of the raw 32-byte key, hex in groups of four (as the Sở prints it)."""
    digest = hashlib.sha256(base64.b64decode(public_b64, validate=True)).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def public_key_from_b64(text: str) -> X25519PublicKey:
    """An X25519 public key from its base64 raw form (ValueError otherwise)."""
    raw = base64.b64decode(str(text).strip(), validate=True)
    if len(raw) != 32:
        raise ValueError("not a 32-byte X25519 key")
    return X25519PublicKey.from_public_bytes(raw)


def public_b64(key: X25519PrivateKey | X25519PublicKey) -> str:
    """The base64 raw public key."""
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return base64.b64encode(public.public_bytes(*_RAW)).decode("ascii")


def _content_key(shared: bytes, ephemeral_pub: bytes, centre_pub: bytes, school_code: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_pub + centre_pub,
                info=b"hocbaso-bundle/2 " + school_code.encode("utf-8")).derive(shared)


class BundleSealer:
    """Encrypts the members of one bundle for the centre's public key."""

    def __init__(self, centre_key_b64: str, school_code: str, device_id: str) -> None:
        centre = public_key_from_b64(centre_key_b64)
        ephemeral = X25519PrivateKey.generate()
        eph_pub = ephemeral.public_key().public_bytes(*_RAW)
        self._school = school_code
        self._aead = AESGCM(_content_key(ephemeral.exchange(centre), eph_pub, centre.public_bytes(*_RAW), school_code))
        self.header = {"format": FORMAT_V2, "school_code": school_code, "device_id": device_id,
                       "encryption": {"alg": ALGORITHM, "ephemeral_key": base64.b64encode(eph_pub).decode("ascii"),
                                      "recipient_fingerprint": key_fingerprint(centre_key_b64)}}

    def seal(self, name: str, data: bytes) -> bytes:
        """One member's stored bytes."""
        nonce = secrets.token_bytes(12)
        return MAGIC + nonce + self._aead.encrypt(nonce, data, f"{self._school}/{name}".encode())

    def header_bytes(self) -> bytes:
        """The plain header member."""
        return json.dumps(self.header, ensure_ascii=False, sort_keys=True).encode("utf-8")


def read_header(zf: zipfile.ZipFile, *, limit: int = 4096) -> dict | None:
    """The plain header of a hocbaso-bundle/2, or None for an older bundle (ValueError when malformed)."""
    if HEADER not in zf.namelist():
        return None
    info = zf.getinfo(HEADER)
    if info.file_size > limit:
        raise ValueError("bundle header too large")
    with zf.open(info) as member:
        raw = member.read(limit + 1)
    if len(raw) > limit:
        raise ValueError("bundle header too large")
    header = json.loads(raw)
    if not isinstance(header, dict):
        raise ValueError("not a hocbaso-bundle/2 header")
    enc = header.get("encryption")
    if (header.get("format") != FORMAT_V2 or not isinstance(enc, dict) or enc.get("alg") != ALGORITHM
            or not isinstance(header.get("school_code"), str) or not isinstance(header.get("device_id"), str)):
        raise ValueError("not a hocbaso-bundle/2 header")
    return header


class BundleOpener:
    """Decrypts the members of one bundle with the centre's private key (InvalidTag when changed)."""

    def __init__(self, private_key: X25519PrivateKey, header: dict) -> None:
        eph_pub = base64.b64decode(header["encryption"]["ephemeral_key"], validate=True)
        centre_pub = private_key.public_key().public_bytes(*_RAW)
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(eph_pub))
        self._school = header["school_code"]
        self._aead = AESGCM(_content_key(shared, eph_pub, centre_pub, self._school))

    def open(self, name: str, stored: bytes) -> bytes:
        """One member's plain bytes."""
        if not stored.startswith(MAGIC) or len(stored) < 4 + 12 + 16:
            raise ValueError("not an encrypted member")
        return self._aead.decrypt(stored[4:16], stored[16:], f"{self._school}/{name}".encode())
