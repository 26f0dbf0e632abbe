"""The central system's keys: where the school's trust in them comes from.

Two keys, pinned the same way: the Ed25519 receipt key (settings "sync.receipt_keys") that signs receipts,
and the X25519 bundle key (settings "sync.bundle_keys", issue 21) that USB bundles are encrypted for.
A key is trusted (pinned: {server_url: base64 key}) only from
  - an online `GET /ping` to the school's *configured* centre over verified TLS (plain HTTP only to
    this computer, the reference server), at first contact; or
  - the administrator, who enters the key and its fingerprint from an out-of-band source (the
    fingerprint printed by the Sở): `hocbaso sync trust-receipt-key`, or the sync settings screen.
A receipts file never pins a key: whoever made the file chose the key in it. A different key later
raises ReceiptKeyChangedError; the administrator checks it with the Sở and forgets the old pin. A
different bundle key is not pinned over the old one (bundles keep going to the pinned key, and the upload
says the centre cannot open them) until the administrator forgets the old pins.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import urlsplit

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.storage import SchoolDatabase, audit, settings_repo
from hocbaso_desktop.sync.bundle_crypto import public_key_from_b64 as bundle_public_key
from hocbaso_desktop.sync.errors import ReceiptKeyChangedError
from hocbaso_desktop.sync.protocol import public_key_from_b64

PINS_KEY = "sync.receipt_keys"
BUNDLE_PINS_KEY = "sync.bundle_keys"
RECEIPT, BUNDLE = "receipt", "bundle"
_PINS = {RECEIPT: PINS_KEY, BUNDLE: BUNDLE_PINS_KEY}


def _normalise(url: str) -> str:
    return url.strip().rstrip("/")


def fingerprint(receipt_key_b64: str) -> str:
    """The key's fingerprint as the Sở prints it: SHA-256 of the raw 32 bytes, hex in groups of 4."""
    raw = base64.b64decode(receipt_key_b64, validate=True)
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, 64, 4))


def _same_fingerprint(a: str, b: str) -> bool:
    clean = lambda s: "".join(ch for ch in s.upper() if ch in "0123456789ABCDEF")  # noqa: E731
    return hmac.compare_digest(clean(a), clean(b))


def pinned_key(db: SchoolDatabase, server_url: str, kind: str = RECEIPT) -> str | None:
    """The receipt (or bundle) key pinned for `server_url`, if any."""
    return (settings_repo.get_setting(db, _PINS[kind], {}) or {}).get(_normalise(server_url))


def _verified_channel(url: str) -> bool:
    """HTTPS (httpx verifies the certificate), or plain HTTP to this computer only."""
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1"))


def check_and_pin(db: SchoolDatabase, server_url: str, receipt_key: str, bundle_key: str | None = None) -> str:
    """After a successful online ping: pin `receipt_key` (and `bundle_key`) on first contact with the configured
    centre over a verified channel; raise ReceiptKeyChangedError if another receipt key is pinned. Returns the
    receipt key to use."""
    if bundle_key:
        _pin_bundle_key(db, server_url, bundle_key)
    pins = dict(settings_repo.get_setting(db, PINS_KEY, {}) or {})
    url = _normalise(server_url)
    current = pins.get(url)
    if current is not None:
        if current != receipt_key:
            raise ReceiptKeyChangedError()
        return current
    configured = settings_repo.SchoolSettings(db).server_url
    if _verified_channel(url) and configured and _normalise(str(configured)) == url:
        pins[url] = receipt_key
        with db.transaction():
            settings_repo.set_setting(db, PINS_KEY, pins)
            audit.append(db, actor="sync", action="sync.pin_receipt_key", entity="settings", entity_id=url,
                         before=None, after={"fingerprint": fingerprint(receipt_key), "source": "ping"})
    # Another server (an administrator's one-off run) is used for this run only and never pinned.
    return receipt_key


def _pin_bundle_key(db: SchoolDatabase, server_url: str, bundle_key: str) -> None:
    """Pin the centre's bundle key from a verified ping to the configured centre (never over another pin)."""
    url = _normalise(server_url)
    pins = dict(settings_repo.get_setting(db, BUNDLE_PINS_KEY, {}) or {})
    configured = settings_repo.SchoolSettings(db).server_url
    if url in pins or not (_verified_channel(url) and configured and _normalise(str(configured)) == url):
        return
    pins[url] = bundle_key
    with db.transaction():
        settings_repo.set_setting(db, BUNDLE_PINS_KEY, pins)
        audit.append(db, actor="sync", action="sync.pin_bundle_key", entity="settings", entity_id=url,
                     before=None, after={"fingerprint": fingerprint(bundle_key), "source": "ping"})


def trust_key(db: SchoolDatabase, server_url: str, receipt_key: str, given_fingerprint: str, *, actor: str,
              kind: str = RECEIPT) -> str:
    """Pin a key the administrator entered with its out-of-band fingerprint; return the fingerprint.

    The fingerprint must match the key (a typo or a key taken from a file is caught here). A different
    key already pinned is replaced only after `forget`.
    """
    try:
        if kind == BUNDLE:
            bundle_public_key(receipt_key.strip())
        else:
            public_key_from_b64(receipt_key.strip())
        actual = fingerprint(receipt_key.strip())
    except ValueError as exc:
        raise InvalidInputError(_("Khoá mã hoá gói không hợp lệ (cần khoá X25519 dạng base64, 44 ký tự).")
                                if kind == BUNDLE else
                                _("Khoá biên nhận không hợp lệ (cần khoá Ed25519 dạng base64, 44 ký tự)."),
                                field="key") from exc
    if not _same_fingerprint(actual, given_fingerprint):
        raise InvalidInputError(_("Dấu vân tay không khớp với khoá đã nhập: không ghi nhận. Hãy đối chiếu lại với "
                                  "văn bản của Sở."), field="fingerprint")
    url = _normalise(server_url)
    pins = dict(settings_repo.get_setting(db, _PINS[kind], {}) or {})
    if pins.get(url) not in (None, receipt_key.strip()):
        raise InvalidInputError(_("Đã có một khoá khác của máy chủ này; hãy bỏ khoá cũ trước "
                                  "(sync configure --forget-receipt-key)."), field="key")
    pins[url] = receipt_key.strip()
    with db.transaction():
        settings_repo.set_setting(db, _PINS[kind], pins)
        audit.append(db, actor=actor, action=f"sync.pin_{kind}_key", entity="settings", entity_id=url,
                     before=None, after={"fingerprint": actual, "source": "administrator"})
    return actual


def forget(db: SchoolDatabase, server_url: str) -> bool:
    """Remove the pins (receipt and bundle key) for `server_url` (administrator, after checking the new keys);
    True if one existed."""
    existed = False
    with db.transaction():
        for setting in _PINS.values():
            pins = dict(settings_repo.get_setting(db, setting, {}) or {})
            existed = pins.pop(_normalise(server_url), None) is not None or existed
            settings_repo.set_setting(db, setting, pins)
    return existed
