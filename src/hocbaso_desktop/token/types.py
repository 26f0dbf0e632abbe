"""Plain data describing modules, tokens and certificates (picklable: they cross the worker pipe)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Token flags (PKCS#11 v2.40 CK_TOKEN_INFO.flags); kept here so no PyKCS11 import is needed.
CKF_LOGIN_REQUIRED = 0x4
CKF_USER_PIN_INITIALIZED = 0x8
CKF_PROTECTED_AUTHENTICATION_PATH = 0x100
CKF_TOKEN_INITIALIZED = 0x400
CKF_USER_PIN_COUNT_LOW = 0x10000
CKF_USER_PIN_FINAL_TRY = 0x20000
CKF_USER_PIN_LOCKED = 0x40000


@dataclass(frozen=True)
class ModuleInfo:
    """A PKCS#11 module path: configured or discovered, and whether it looks loadable here."""

    path: str
    vendor: str
    source: str  # "configured" | "discovered"
    found: bool
    loadable: bool
    problem: str | None = None  # Vietnamese explanation when not loadable


@dataclass(frozen=True)
class TokenInfo:
    """One token present in a slot. Select tokens by `serial`; `slot` may change between calls."""

    slot: int
    label: str
    serial: str
    manufacturer: str
    model: str
    flags: int

    @property
    def pin_final_try(self) -> bool:
        """The token says the next wrong PIN locks it (never attempt a login then)."""
        return bool(self.flags & CKF_USER_PIN_FINAL_TRY)

    @property
    def pin_count_low(self) -> bool:
        """The token says at least one wrong PIN was entered since the last good login."""
        return bool(self.flags & CKF_USER_PIN_COUNT_LOW)

    @property
    def pin_locked(self) -> bool:
        """The user PIN is locked."""
        return bool(self.flags & CKF_USER_PIN_LOCKED)

    @property
    def protected_auth_path(self) -> bool:
        """The PIN is typed on the reader's own keypad (log in with ``pin=None``)."""
        return bool(self.flags & CKF_PROTECTED_AUTHENTICATION_PATH)


@dataclass(frozen=True)
class CertificateInfo:
    """An X.509 certificate on a token, with the CKA_ID that links it to its private key."""

    der: bytes
    key_id: bytes
    subject_cn: str
    subject: str
    issuer: str
    issuer_cn: str
    not_before: datetime
    not_after: datetime
    key_usage: tuple[str, ...]  # e.g. ("digital_signature", "content_commitment")
    has_private_key: bool
    label: str = ""

    @property
    def can_sign_documents(self) -> bool:
        """Whether the key usage allows signing documents (digitalSignature or nonRepudiation)."""
        return not self.key_usage or bool({"digital_signature", "content_commitment"} & set(self.key_usage))
