"""The server's Ed25519 receipt key (made once in the data folder) and receipt signing."""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hocbaso_desktop.sync.protocol import receipt_message


class ReceiptSigner:
    """Signs receipts with the key in DIR/receipt_key.pem, generated on first use."""

    def __init__(self, data_dir: Path) -> None:
        path = Path(data_dir) / "receipt_key.pem"
        if not path.exists():
            key = Ed25519PrivateKey.generate()
            pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(pem)
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
        if not isinstance(loaded, Ed25519PrivateKey):
            raise ValueError(f"{path} is not an Ed25519 key")
        self._key = loaded
        raw = loaded.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.public_key_b64 = base64.b64encode(raw).decode("ascii")
        digest = hashlib.sha256(raw).hexdigest().upper()
        # what the Sở prints for the schools (out of band), to check the key they enter or receive
        self.fingerprint = " ".join(digest[i:i + 4] for i in range(0, 64, 4))

    def sign(self, *, record_id: str, version: int, sha256: str, received_at: str) -> str:
        """The base64 receipt for one stored record version."""
        message = receipt_message(record_id=record_id, version=version, sha256=sha256, received_at=received_at)
        return base64.b64encode(self._key.sign(message)).decode("ascii")
