"""Pinning the centre's bundle key (services.receipt_trust.trust_bundle_key): administrator only, checked
against the Sở's fingerprint, and it says what it changed."""

from __future__ import annotations

import base64
import hashlib

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from hocbaso_desktop.domain.errors import InvalidInputError, PermissionDeniedError
from hocbaso_desktop.services import Changed, Changes, trust_bundle_key
from hocbaso_desktop.storage import SchoolSettings, audit, settings_repo

SERVER = "https://hocba.so-gd.example.vn"


def _key() -> tuple[str, str]:
    """A bundle key (X25519, base64) and its fingerprint as the Sở prints it, computed here from the raw bytes."""
    raw = X25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest().upper()
    return base64.b64encode(raw).decode(), " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def _configured(session) -> None:
    with session.db.transaction():
        SchoolSettings(session.db).set_sync(SERVER, None)


def _pins(session) -> dict:
    return dict(settings_repo.get_setting(session.db, "sync.bundle_keys", {}) or {})


def test_the_administrator_pins_the_bundle_key_and_gets_changed_settings(session_as):
    admin = session_as("quantri")
    _configured(admin)
    key, fingerprint = _key()
    pinned = trust_bundle_key(admin, key, fingerprint.lower())
    assert isinstance(pinned, Changed)
    assert pinned.value == (SERVER, fingerprint) and pinned.changes == Changes(settings=True, audit=True)
    assert list(_pins(admin).values()) == [key]
    assert audit.recent(admin.db, limit=1)[0].action == "sync.pin_bundle_key"


def test_a_teacher_is_refused_and_nothing_is_pinned(session_as):
    admin, teacher = session_as("quantri"), session_as("gvcn.4a")
    _configured(admin)
    key, fingerprint = _key()
    with pytest.raises(PermissionDeniedError, match=r"gvcn\.4a"):
        trust_bundle_key(teacher, key, fingerprint)
    assert _pins(admin) == {}


def test_a_fingerprint_that_does_not_match_pins_nothing(session_as):
    admin = session_as("quantri")
    _configured(admin)
    key, _fingerprint = _key()
    _other, wrong = _key()
    before = len(audit.recent(admin.db, limit=10_000))
    with pytest.raises(InvalidInputError, match="Dấu vân tay không khớp"):
        trust_bundle_key(admin, key, wrong)
    assert _pins(admin) == {} and len(audit.recent(admin.db, limit=10_000)) == before
