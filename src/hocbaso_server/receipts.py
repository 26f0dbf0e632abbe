"""The server's Ed25519 receipt key and receipt signing.

The key is one of the store's secrets, so every process of the server (and every machine sharing the
database) signs with the same key, which the schools pin. A reference server keeps it in its database
unencrypted; a province's production system would keep it in an HSM.
"""

from __future__ import annotations

import base64
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hocbaso_desktop.sync.protocol import receipt_message
from hocbaso_server.store import CentralStore


def _new_key_pem() -> str:
    key = Ed25519PrivateKey.generate()
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode("ascii")


class ReceiptSigner:
    """Signs receipts with the store's receipt key, generated on first use."""

    def __init__(self, store: CentralStore) -> None:
        loaded = serialization.load_pem_private_key(store.secret("receipt_key_pem", _new_key_pem).encode("ascii"),
                                                    password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError("the stored receipt key is not an Ed25519 key")
        self._key = loaded
        raw = loaded.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.public_key_b64 = base64.b64encode(raw).decode("ascii")
        digest = hashlib.sha256(raw).hexdigest().upper()
        # what the Sở prints for the schools (out of band), to check the key they enter (issue 21)
        self.fingerprint = " ".join(digest[i:i + 4] for i in range(0, 64, 4))

    def sign(self, *, record_id: str, version: int, sha256: str, received_at: str) -> str:
        """The base64 receipt for one stored record version."""
        message = receipt_message(record_id=record_id, version=version, sha256=sha256, received_at=received_at)
        return base64.b64encode(self._key.sign(message)).decode("ascii")
