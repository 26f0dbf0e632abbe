"""The key file beside each school database: the random data key, wrapped once per user.

design.md decision 1 / engineering-notes §2.4. The database is encrypted with a random 256-bit
data key that is never stored in the clear. For each user the key file holds the data key wrapped
(AES-256-GCM) under a key derived from the user's password with Argon2id; one more wrap uses the
recovery code shown once at set-up. The key file holds nothing readable without a password: it is
needed *before* the database can be opened, so it cannot live inside it. Writes are atomic
(temporary file + rename) so a power cut never leaves half a key file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hocbaso_desktop.errors import NotADatabaseError, StorageError, WrongPasswordError
from hocbaso_desktop.i18n import _

FORMAT = "hocbaso-keys/1"
RECOVERY = "__recovery__"
# t=3, m=64 MiB, p=2: 130–190 ms on the reference machine (engineering-notes §2.4); stored per wrap
# so it can be raised later without locking anyone out.
DEFAULT_KDF = {"t": 3, "m": 65536, "p": 2}
# The recovery code is random, so a light KDF is enough; it is still Argon2id for uniformity.
RECOVERY_KDF = {"t": 1, "m": 8192, "p": 1}


def keyfile_path(db_path: Path) -> Path:
    """The key file that belongs to `db_path`."""
    return db_path.with_name(db_path.name + ".keys")


@dataclass(frozen=True)
class Wrap:
    """The data key wrapped for one user (or for the recovery code)."""

    kdf: dict
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict:
        """The JSON form stored in the key file."""
        b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
        return {"kdf": self.kdf, "salt": b64(self.salt), "nonce": b64(self.nonce), "wrapped": b64(self.wrapped)}

    @classmethod
    def from_json(cls, doc: dict) -> Wrap:
        """Read a wrap back from the key file."""
        d = base64.b64decode
        return cls(dict(doc["kdf"]), d(doc["salt"]), d(doc["nonce"]), d(doc["wrapped"]))


def _derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["t"], memory_cost=kdf["m"],
                           parallelism=kdf["p"], hash_len=32, type=Type.ID)


def _aad(name: str) -> bytes:
    return f"hocbaso-dbkey-v1|user:{name}".encode()


def wrap_key(data_key: bytes, name: str, secret: str, kdf: dict | None = None) -> Wrap:
    """Wrap `data_key` for `name` under a key derived from `secret`."""
    params = dict(kdf or DEFAULT_KDF)
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_derive(secret, salt, params)).encrypt(nonce, data_key, _aad(name))
    return Wrap(params, salt, nonce, wrapped)


def unwrap_key(wrap: Wrap, name: str, secret: str) -> bytes:
    """Return the data key, or raise `WrongPasswordError`."""
    try:
        return AESGCM(_derive(secret, wrap.salt, wrap.kdf)).decrypt(wrap.nonce, wrap.wrapped, _aad(name))
    except InvalidTag as exc:
        raise WrongPasswordError(_("Sai tên đăng nhập hoặc mật khẩu.")) from exc


def new_recovery_code() -> str:
    """A recovery code to print once: 8 groups of 5 characters from an unambiguous alphabet (~200 bits)."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    chars = "".join(secrets.choice(alphabet) for _ in range(40))
    return "-".join(chars[i:i + 5] for i in range(0, 40, 5))


def normalise_recovery_code(code: str) -> str:
    """Accept a recovery code typed with spaces, lower case or without dashes."""
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i:i + 5] for i in range(0, len(raw), 5))


class KeyFile:
    """The wraps of one database's data key, read from and written to ``<db>.keys``."""

    def __init__(self, path: Path, wraps: dict[str, Wrap]) -> None:
        self.path = path
        self.wraps = wraps

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read the key file; a missing or damaged one is a `NotADatabaseError`."""
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("format") != FORMAT:
                raise ValueError("format")
            wraps = {name: Wrap.from_json(w) for name, w in doc["wraps"].items()}
        except FileNotFoundError as exc:
            raise NotADatabaseError(
                _("Không tìm thấy tệp khoá “{f}” đi kèm cơ sở dữ liệu.", f=path.name)) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise NotADatabaseError(_("Tệp khoá “{f}” bị hỏng.", f=path.name)) from exc
        return cls(path, wraps)

    def save(self) -> None:
        """Write atomically: a temporary file in the same folder, flushed, then renamed over."""
        doc = {"format": FORMAT, "wraps": {n: w.to_json() for n, w in sorted(self.wraps.items())}}
        data = json.dumps(doc, indent=1).encode("utf-8")
        try:
            fd, tmp = tempfile.mkstemp(prefix=".keys-", dir=self.path.parent)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            raise StorageError(_("Không ghi được tệp khoá: {e}", e=exc.strerror or exc)) from exc

    def unlock(self, username: str, password: str) -> bytes:
        """Unwrap the data key with a user's password (`WrongPasswordError` for an unknown user too)."""
        wrap = self.wraps.get(username)
        if wrap is None or username == RECOVERY:
            # Same work and message as a wrong password, so the screen does not reveal which usernames exist.
            unwrap_key(wrap_key(secrets.token_bytes(32), "x", "x"), "x", password + "-")
        return unwrap_key(wrap, username, password)

    def unlock_recovery(self, code: str) -> bytes:
        """Unwrap the data key with the recovery code."""
        return unwrap_key(self.wraps[RECOVERY], RECOVERY, normalise_recovery_code(code))

    def set_user(self, username: str, data_key: bytes, password: str) -> None:
        """Add or replace a user's wrap (not saved until `save`)."""
        self.wraps[username] = wrap_key(data_key, username, password)

    def set_users_sharing_password(self, usernames: list[str], data_key: bytes, password: str) -> None:
        """Wrap the key for several users who share one password (the demo) with a single derivation.

        Each wrap keeps its own nonce and its user-bound AAD; only the salt, and so the derived key, is
        shared, which reveals nothing the shared password does not already.
        """
        params = dict(DEFAULT_KDF)
        salt = secrets.token_bytes(16)
        kek = AESGCM(_derive(password, salt, params))
        for name in usernames:
            nonce = secrets.token_bytes(12)
            self.wraps[name] = Wrap(params, salt, nonce, kek.encrypt(nonce, data_key, _aad(name)))

    def set_recovery(self, data_key: bytes, code: str) -> None:
        """Add or replace the recovery wrap."""
        self.wraps[RECOVERY] = wrap_key(data_key, RECOVERY, normalise_recovery_code(code), RECOVERY_KDF)

    def remove_user(self, username: str) -> None:
        """Remove a user's wrap: their password no longer opens the database."""
        self.wraps.pop(username, None)
