"""The key file beside each school database: the random data key, wrapped once per user.

design.md decision 1 / engineering-notes §2.4. The database is encrypted with a random 256-bit
data key that is never stored in the clear. For each user the key file holds the data key wrapped
(AES-256-GCM) under a key derived from the user's password with Argon2id; one more wrap uses the
recovery code shown once at set-up. The key file holds nothing readable without a password: it is
needed *before* the database can be opened, so it cannot live inside it. Writes are atomic
(temporary file + rename) so a power cut never leaves half a key file.

Since issue 21 a wrap is *sealed* (`SealedWrap`): the password unwraps the user's own X25519 private
key, and the data key is sealed to that user's public key. So the data key can be replaced (`PRAGMA
rekey`, storage/rekey.py) and sealed again for every remaining account and the recovery code without
their passwords. Older wraps (`Wrap`) still open the file and become sealed at the user's next sign-in.
During a re-key the file also holds the `pending` wraps of the new key (see storage/rekey.py).
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
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hocbaso_desktop.domain.errors import NotADatabaseError, StorageError, WrongPasswordError
from hocbaso_desktop.domain.i18n import _

FORMAT = "hocbaso-keys/2"
READABLE_FORMATS = ("hocbaso-keys/1", FORMAT)
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
    def from_json(cls, doc: dict) -> Wrap | SealedWrap:
        """Read a wrap back from the key file (either form)."""
        if "wrapped_private" in doc:
            return SealedWrap.from_json(doc)
        d = base64.b64decode
        return cls(dict(doc["kdf"]), d(doc["salt"]), d(doc["nonce"]), d(doc["wrapped"]))


_RAW = serialization.Encoding.Raw
_b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731


@dataclass(frozen=True)
class SealedWrap:
    """The user's X25519 private key wrapped under their password, and the data key sealed to its public key."""

    kdf: dict
    salt: bytes
    nonce: bytes
    wrapped_private: bytes
    public: bytes
    ephemeral: bytes
    box_nonce: bytes
    box: bytes

    def to_json(self) -> dict:
        """The JSON form stored in the key file."""
        return {"kdf": self.kdf, "salt": _b64(self.salt), "nonce": _b64(self.nonce),
                "wrapped_private": _b64(self.wrapped_private), "public": _b64(self.public),
                "ephemeral": _b64(self.ephemeral), "box_nonce": _b64(self.box_nonce), "box": _b64(self.box)}

    @classmethod
    def from_json(cls, doc: dict) -> SealedWrap:
        """Read a sealed wrap back from the key file."""
        d = base64.b64decode
        return cls(dict(doc["kdf"]), d(doc["salt"]), d(doc["nonce"]), d(doc["wrapped_private"]), d(doc["public"]),
                   d(doc["ephemeral"]), d(doc["box_nonce"]), d(doc["box"]))

    def resealed(self, data_key: bytes, name: str) -> SealedWrap:
        """The same user's wrap for another data key (no password needed: sealed to their public key)."""
        eph, box_nonce, box = _seal(data_key, self.public, name)
        return SealedWrap(self.kdf, self.salt, self.nonce, self.wrapped_private, self.public, eph, box_nonce, box)


def _box_key(shared: bytes, name: str, ephemeral: bytes, public: bytes) -> bytes:
    info = b"hocbaso-dbkey-v2|" + name.encode() + b"|" + ephemeral + public
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _seal(data_key: bytes, public: bytes, name: str) -> tuple[bytes, bytes, bytes]:
    eph = X25519PrivateKey.generate()
    eph_pub = eph.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    key = _box_key(eph.exchange(X25519PublicKey.from_public_bytes(public)), name, eph_pub, public)
    nonce = secrets.token_bytes(12)
    return eph_pub, nonce, AESGCM(key).encrypt(nonce, data_key, _aad(name))


def _sealed_wrap(data_key: bytes, name: str, kek: bytes, kdf: dict, salt: bytes) -> SealedWrap:
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(kek).encrypt(nonce, raw, _aad(name) + b"|x25519")
    eph, box_nonce, box = _seal(data_key, public, name)
    return SealedWrap(dict(kdf), salt, nonce, wrapped, public, eph, box_nonce, box)


def _open_sealed(wrap: SealedWrap, name: str, kek: bytes) -> bytes:
    raw = AESGCM(kek).decrypt(wrap.nonce, wrap.wrapped_private, _aad(name) + b"|x25519")
    private = X25519PrivateKey.from_private_bytes(raw)
    key = _box_key(private.exchange(X25519PublicKey.from_public_bytes(wrap.ephemeral)), name, wrap.ephemeral,
                   wrap.public)
    return AESGCM(key).decrypt(wrap.box_nonce, wrap.box, _aad(name))


def _wrap_from_json(doc: dict) -> Wrap | SealedWrap:
    return SealedWrap.from_json(doc) if "wrapped_private" in doc else Wrap.from_json(doc)


def _derive(secret: str, salt: bytes, kdf: dict) -> bytes:
    return hash_secret_raw(secret.encode("utf-8"), salt, time_cost=kdf["t"], memory_cost=kdf["m"],
                           parallelism=kdf["p"], hash_len=32, type=Type.ID)


def _aad(name: str) -> bytes:
    return f"hocbaso-dbkey-v1|user:{name}".encode()


def wrap_key(data_key: bytes, name: str, secret: str, kdf: dict | None = None) -> SealedWrap:
    """Seal `data_key` for `name`: a new key pair whose private half is wrapped under `secret`."""
    params = dict(kdf or DEFAULT_KDF)
    salt = secrets.token_bytes(16)
    return _sealed_wrap(data_key, name, _derive(secret, salt, params), params, salt)


def unwrap_key(wrap: Wrap | SealedWrap, name: str, secret: str) -> bytes:
    """Return the data key, or raise `WrongPasswordError`."""
    try:
        kek = _derive(secret, wrap.salt, wrap.kdf)
        if isinstance(wrap, SealedWrap):
            return _open_sealed(wrap, name, kek)
        return AESGCM(kek).decrypt(wrap.nonce, wrap.wrapped, _aad(name))
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
    """The wraps of one database's data key, read from and written to ``<db>.keys``.

    `pending` holds the wraps of a new data key while a re-key is under way (storage/rekey.py); the
    database opens with exactly one of the two keys, and the opener finishes the step.
    """

    def __init__(self, path: Path, wraps: dict[str, Wrap | SealedWrap],
                 pending: dict[str, SealedWrap] | None = None) -> None:
        self.path = path
        self.wraps = wraps
        self.pending = pending

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Read the key file; a missing or damaged one is a `NotADatabaseError`."""
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            if doc.get("format") not in READABLE_FORMATS:
                raise ValueError("format")
            wraps = {name: _wrap_from_json(w) for name, w in doc["wraps"].items()}
            pending = doc.get("pending")
            pending = {name: SealedWrap.from_json(w) for name, w in pending.items()} if pending else None
        except FileNotFoundError as exc:
            raise NotADatabaseError(
                _("Không tìm thấy tệp khoá “{f}” đi kèm cơ sở dữ liệu.", f=path.name)) from exc
        except (ValueError, KeyError, TypeError) as exc:
            raise NotADatabaseError(_("Tệp khoá “{f}” bị hỏng.", f=path.name)) from exc
        return cls(path, wraps, pending)

    def save(self) -> None:
        """Write atomically (0600): a temporary file in the same folder, flushed, then renamed over."""
        doc: dict = {"format": FORMAT, "wraps": {n: w.to_json() for n, w in sorted(self.wraps.items())}}
        if self.pending:
            doc["pending"] = {n: w.to_json() for n, w in sorted(self.pending.items())}
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
        return self.unlock_candidates(username, password)[0]

    def unlock_candidates(self, username: str, password: str) -> list[bytes]:
        """The current data key, then the pending one (a re-key under way), that this password unwraps."""
        wrap = self.wraps.get(username)
        if wrap is None or username == RECOVERY:
            # Same work and message as a wrong password, so the screen does not reveal which usernames exist.
            unwrap_key(wrap_key(secrets.token_bytes(32), "x", "x"), "x", password + "-")
        keys = [unwrap_key(wrap, username, password)]
        if self.pending and username in self.pending:
            keys.append(unwrap_key(self.pending[username], username, password))
        return keys

    def unlock_recovery(self, code: str) -> bytes:
        """Unwrap the data key with the recovery code."""
        return self.recovery_candidates(code)[0]

    def recovery_candidates(self, code: str) -> list[bytes]:
        """The current and the pending data key the recovery code unwraps."""
        keys = [unwrap_key(self.wraps[RECOVERY], RECOVERY, normalise_recovery_code(code))]
        if self.pending and RECOVERY in self.pending:
            keys.append(unwrap_key(self.pending[RECOVERY], RECOVERY, normalise_recovery_code(code)))
        return keys

    def set_user(self, username: str, data_key: bytes, password: str) -> None:
        """Add or replace a user's wrap (not saved until `save`)."""
        self.wraps[username] = wrap_key(data_key, username, password)

    def is_sealed(self, username: str) -> bool:
        """Whether the user's wrap can follow a re-key (older wraps cannot until the user signs in)."""
        return isinstance(self.wraps.get(username), SealedWrap)

    def set_users_sharing_password(self, usernames: list[str], data_key: bytes, password: str) -> None:
        """Wrap the key for several users who share one password (the demo) with a single derivation.

        Each user keeps their own key pair, nonce and user-bound AAD; only the salt, and so the derived key,
        is shared, which reveals nothing the shared password does not already.
        """
        params = dict(DEFAULT_KDF)
        salt = secrets.token_bytes(16)
        kek = _derive(password, salt, params)
        for name in usernames:
            self.wraps[name] = _sealed_wrap(data_key, name, kek, params, salt)

    def set_recovery(self, data_key: bytes, code: str) -> None:
        """Add or replace the recovery wrap."""
        self.wraps[RECOVERY] = wrap_key(data_key, RECOVERY, normalise_recovery_code(code), RECOVERY_KDF)

    def remove_user(self, username: str) -> None:
        """Remove a user's wrap: their password no longer opens the database."""
        self.wraps.pop(username, None)
        if self.pending:
            self.pending.pop(username, None)

    def sealed_for(self, data_key: bytes) -> tuple[dict[str, SealedWrap], list[str]]:
        """Every sealed wrap re-sealed for `data_key`, and the names whose older wraps cannot follow."""
        sealed = {n: w.resealed(data_key, n) for n, w in self.wraps.items() if isinstance(w, SealedWrap)}
        return sealed, sorted(n for n, w in self.wraps.items() if not isinstance(w, SealedWrap))
