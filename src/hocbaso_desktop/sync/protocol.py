"""The `hocbaso-sync/1` protocol schema shared by the client and the reference server.

Only constants and pure functions live here (no I/O, no httpx), so the reference server in
`hocbaso_server` can import it without sharing any other code path with the client: canonical
JSON (RFC 8785 / JCS), envelope building, the receipt message and its Ed25519 check.
See ../shared/docs/central-api.md, which this module follows exactly.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

import rfc8785
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _

PROTOCOL = "hocbaso-sync/1"
API = "/api/v1"
KINDS = frozenset({"hocba_tieuhoc", "hocba_thcs_thpt", "class_summary", "revocation"})
EVENTS = frozenset({"NEW", "UPDATE", "CANCEL"})
ITEM_STATUSES = frozenset({"stored", "duplicate", "stale", "conflict", "rejected"})
INBOX_TYPES = frozenset({"transfer_in", "revocation", "notice"})
BLOB_ROLES = frozenset({"signed_pdf", "scan", "attachment"})
DEFAULT_MAX_BATCH_ITEMS = 100
DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
CLOCK_SKEW_LIMIT_S = 300
GZIP_THRESHOLD = 1024  # request bodies above 1 KiB may be gzip-encoded (central-api.md "Basics")

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


def canonical(value: Any) -> bytes:
    """RFC 8785 (JCS) canonical JSON bytes of `value`."""
    return rfc8785.dumps(value)


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def is_sha256(text: object) -> bool:
    """Whether `text` is a lower-case hex SHA-256."""
    return isinstance(text, str) and bool(_HEX64.match(text))


def is_rfc3339_utc(text: object) -> bool:
    """Whether `text` is an RFC 3339 UTC time like 2026-11-23T08:00:00Z."""
    return isinstance(text, str) and bool(_RFC3339.match(text))


def has_marker(body: object) -> bool:
    """Whether a decoded JSON body is an answer of this protocol (else: not the central system)."""
    return isinstance(body, dict) and body.get("protocol") == PROTOCOL


def build_envelope(*, record_id: str, kind: str, version: int, event: str, updated_at: str,
                   payload: dict, blobs: list[dict]) -> dict:
    """The ENVELOPE of central-api.md for one record version; `sha256` is of the canonical payload."""
    return {
        "record_id": record_id,
        "kind": kind,
        "version": int(version),
        "event": event,
        "updated_at": updated_at,
        "sha256": sha256_hex(canonical(payload)),
        "payload": payload,
        "blobs": [{"sha256": b["sha256"], "role": b["role"], "media_type": b["media_type"]} for b in blobs],
    }


def submission_body(*, school_code: str, device_id: str, items: list[dict]) -> dict:
    """The request body of `POST /submissions`."""
    return {"protocol": PROTOCOL, "school_code": school_code, "device_id": device_id, "items": items}


def receipt_message(*, record_id: str, version: int, sha256: str, received_at: str) -> bytes:
    """The bytes a receipt signs: JCS of {record_id, version, sha256, received_at}."""
    return canonical({"record_id": record_id, "version": int(version), "sha256": sha256,
                      "received_at": received_at})


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    """Decode a base64 raw Ed25519 public key (ValueError if it is not one)."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, TypeError) as exc:
        raise ValueError("receipt key is not base64") from exc
    if len(raw) != 32:
        raise ValueError("receipt key is not 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def verify_receipt(receipt_key_b64: str, *, record_id: str, version: int, sha256: str, received_at: str,
                   receipt_b64: str) -> bool:
    """Whether `receipt_b64` is the server's valid signature for this record version."""
    if not (isinstance(receipt_b64, str) and isinstance(received_at, str)):
        return False
    try:
        key = public_key_from_b64(receipt_key_b64)
        signature = base64.b64decode(receipt_b64, validate=True)
        key.verify(signature, receipt_message(record_id=record_id, version=version, sha256=sha256,
                                              received_at=received_at))
    except (ValueError, binascii.Error, InvalidSignature):
        return False
    return True


def check_server_url(url: str) -> str:
    """The central system's base URL, checked: HTTPS (the school's token travels with every request),
    plain HTTP only to this computer (the reference server of tests and demos); no trailing slash."""
    text = url.strip()
    parts = urlsplit(text)
    local = parts.hostname in ("127.0.0.1", "localhost", "::1")
    if not parts.hostname or not (parts.scheme == "https" or (parts.scheme == "http" and local)):
        raise InvalidInputError(_("Địa chỉ máy chủ phải bắt đầu bằng https:// (http:// chỉ dùng cho máy chủ thử "
                                  "trên chính máy này)."), field="server")
    return text.rstrip("/")
