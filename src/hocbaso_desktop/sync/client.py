"""HTTP client of the central sync API (central-api.md), over httpx with an injectable transport.

Every answer is classified before it is believed: no protocol marker (or no JSON) means "offline",
never success and never rejection; 401/403 raise AuthError; 413 TooLargeError; 429/503
RetryLaterError with the server's Retry-After; other failures OfflineError. A 201 is parsed strictly
into one `ItemResult` per item sent, or ProtocolError. The client keeps no state of its own besides
one httpx.Client (which "can be shared between threads"), so the blob upload workers share it. The
bearer token is never logged.
"""

from __future__ import annotations

import gzip
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from hocbaso_desktop import __version__
from hocbaso_desktop.sync import bundle_crypto, protocol
from hocbaso_desktop.sync.backoff import retry_after_seconds
from hocbaso_desktop.sync.bounded_http import (
    DEFAULT_TIMEOUT,
    MAX_RESPONSE_BYTES,
    REQUEST_DEADLINE_S,
    BoundedHttp,
)
from hocbaso_desktop.sync.errors import (
    AuthError,
    BadRequestError,
    BlobRejectedError,
    OfflineError,
    ProtocolError,
    RetryLaterError,
    TooLargeError,
)

log = logging.getLogger(__name__)
GATE_WAIT_CAP_S = 30  # a thread never blocks longer on Retry-After; the engine's own wait can be cancelled


@dataclass(frozen=True)
class ServerInfo:
    """What `GET /ping` tells: server time, limits, the receipt key and (issue 21) the bundle key."""

    server_time: str
    max_batch_items: int
    max_body_bytes: int
    receipt_key: str
    bundle_key: str | None = None


@dataclass(frozen=True)
class ItemResult:
    """The server's answer for one submitted envelope."""

    record_id: str
    version: int
    sha256: str
    status: str
    received_at: str | None
    receipt: str | None
    errors: tuple[dict, ...]

    @property
    def missing_blob(self) -> bool:
        """Whether the rejection is only about a blob the server does not hold."""
        return self.status == "rejected" and any(e.get("code") == "missing_blob" for e in self.errors)


@dataclass(frozen=True)
class InboxItem:
    """One message from the central system."""

    cursor: str
    type: str
    body: dict


@dataclass(frozen=True)
class InboxPage:
    """One page of the inbox and the cursor after it."""

    items: tuple[InboxItem, ...]
    next: str | None


class CentralClient:
    """A client of one central server for one school device."""

    def __init__(self, base_url: str, api_token: str, device_id: str, *,
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT,
                 compress: bool = True, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic, deadline_s: float = REQUEST_DEADLINE_S,
                 max_response_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self._compress = compress
        # A 429/503 with Retry-After holds back every request of this client, from every upload thread,
        # until the time the server asked for (a HEAD was seen retried 0.07 s after "Retry-After: 1").
        self._sleep, self._clock = sleep, clock
        self._not_before = 0.0
        self._gate = threading.Lock()
        self._http = BoundedHttp(
            base_url=base_url.rstrip("/"), transport=transport, timeout=timeout, deadline_s=deadline_s,
            max_bytes=max_response_bytes,
            headers={"Authorization": f"Bearer {api_token}", "User-Agent": f"hocbaso-desktop/{__version__}",
                     "X-Hocbaso-Device": device_id})

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transport -------------------------------------------------------------------------
    def _wait_for_server(self) -> None:
        with self._gate:
            delay = self._not_before - self._clock()
        if delay > 0:
            self._sleep(min(delay, GATE_WAIT_CAP_S))

    def _note_busy(self, response: httpx.Response) -> None:
        if response.status_code in (429, 503):
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if wait:
                with self._gate:
                    self._not_before = max(self._not_before, self._clock() + wait)

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        self._wait_for_server()
        response = self._http.request(method, protocol.API + path, label=f"sync {method} {path}", **kwargs)
        self._note_busy(response)
        return response

    @staticmethod
    def _marked_json(response: httpx.Response) -> dict | None:
        try:
            body = response.json()
        except (ValueError, UnicodeDecodeError):
            return None
        return body if protocol.has_marker(body) else None

    def _classify(self, response: httpx.Response, expected: int, *, sized: bool = False) -> dict:
        """Return the marked JSON body of an expected answer, or raise the matching error.

        `sized`: the request carried a body, so 413 means "too large" (elsewhere it is a stranger's answer).
        """
        status = response.status_code
        body = self._marked_json(response)
        if status in (401, 403):
            raise AuthError()
        if status in (429, 503):
            raise RetryLaterError(retry_after_seconds(response.headers.get("Retry-After")))
        if status == 413 and sized:
            raise TooLargeError()
        if body is None:
            raise OfflineError()  # captive portal, proxy page, garbage: not the central system
        if status == expected:
            return body
        if status == 400:
            raise BadRequestError(str(body.get("error", ""))[:200])
        raise OfflineError()

    def _json_request(self, method: str, path: str, payload: dict) -> httpx.Response:
        raw = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self._compress and len(raw) > protocol.GZIP_THRESHOLD:
            raw = gzip.compress(raw, compresslevel=5)
            headers["Content-Encoding"] = "gzip"
        return self._send(method, path, content=raw, headers=headers)

    # --- endpoints ---------------------------------------------------------------------------
    def ping(self) -> ServerInfo:
        """`GET /ping`: server time, limits and receipt key (ProtocolError if malformed)."""
        body = self._classify(self._send("GET", "/ping"), 200)
        try:
            bundle_key = body.get("bundle_key")
            info = ServerInfo(str(body["server_time"]), int(body["max_batch_items"]), int(body["max_body_bytes"]),
                              str(body["receipt_key"]), str(bundle_key) if bundle_key is not None else None)
            protocol.public_key_from_b64(info.receipt_key)
            if info.bundle_key is not None:
                bundle_crypto.public_key_from_b64(info.bundle_key)
        except (KeyError, TypeError, ValueError) as exc:
            raise ProtocolError("ping") from exc
        if info.max_batch_items < 1 or info.max_body_bytes < 1024:
            raise ProtocolError("ping limits")
        return info

    def has_blob(self, sha256: str) -> bool:
        """`HEAD /blobs/{sha256}`: True on 204, False on 404; anything else is classified."""
        response = self._send("HEAD", f"/blobs/{sha256}")
        if response.status_code == 204:
            return True
        if response.status_code == 404:
            return False
        self._classify(response, 204)
        raise OfflineError()

    def put_blob(self, sha256: str, data: bytes, media_type: str) -> None:
        """`PUT /blobs/{sha256}`: store the bytes (idempotent); BlobRejectedError on 422."""
        response = self._send("PUT", f"/blobs/{sha256}", content=data, headers={"Content-Type": media_type})
        if response.status_code == 422 and self._marked_json(response) is not None:
            raise BlobRejectedError(sha256)
        body = self._classify(response, 201, sized=True)
        if body.get("sha256") != sha256:
            raise ProtocolError("blob hash")

    def submit(self, school_code: str, device_id: str, envelopes: list[dict]) -> list[ItemResult]:
        """`POST /submissions`: one result per envelope, in order (ProtocolError otherwise)."""
        body = protocol.submission_body(school_code=school_code, device_id=device_id, items=envelopes)
        answer = self._classify(self._json_request("POST", "/submissions", body), 201, sized=True)
        return parse_results(answer, envelopes)

    def post_bundle(self, school_code: str, path: Path) -> list[ItemResult]:
        """`POST /bundles?school_code=`: the encrypted bundle file as it is (hocbaso-bundle/2); one result per
        envelope in it. The uploading PC cannot read the bundle, so the results name what the server found."""
        size = Path(path).stat().st_size
        with open(path, "rb") as fh:
            response = self._send("POST", "/bundles", params={"school_code": school_code}, body_bytes=size,
                                  content=iter(lambda: fh.read(1 << 20), b""),
                                  headers={"Content-Type": "application/zip", "Content-Length": str(size)})
        body = self._marked_json(response)
        if response.status_code == 422 and body is not None:
            raise BadRequestError(str(body.get("error", ""))[:200])
        answer = self._classify(response, 201, sized=True)
        return parse_results(answer, _identities(answer))

    def inbox(self, school_code: str, *, after: str | None, limit: int = 100) -> InboxPage:
        """`GET /schools/{code}/inbox`: the next messages after `after` (ProtocolError if malformed)."""
        params: dict[str, Any] = {"limit": limit}
        if after is not None:
            params["after"] = after
        body = self._classify(self._send("GET", f"/schools/{school_code}/inbox", params=params), 200)
        return parse_inbox(body)


    def post_anchors(self, school_code: str, anchors: list[dict]) -> None:
        """`POST /schools/{code}/audit-anchors`: the centre keeps the school's signed audit heads."""
        self._classify(self._json_request("POST", f"/schools/{school_code}/audit-anchors",
                                          {"protocol": protocol.PROTOCOL, "anchors": anchors}), 201, sized=True)

    def get_anchors(self, school_code: str) -> list:
        """`GET /schools/{code}/audit-anchors`: every anchor the centre holds for the school."""
        body = self._classify(self._send("GET", f"/schools/{school_code}/audit-anchors"), 200)
        anchors = body.get("anchors")
        if not isinstance(anchors, list):
            raise ProtocolError("anchors")
        return anchors


def _identities(answer: dict) -> list[dict]:
    """The identities the server answered for (a bundle's contents are known only to the server)."""
    results = answer.get("results")
    if not isinstance(results, list):
        raise ProtocolError("results")
    return [{k: r.get(k) for k in ("record_id", "version", "sha256")} if isinstance(r, dict) else {} for r in results]


def parse_results(answer: dict, envelopes: list[dict]) -> list[ItemResult]:
    """Strictly parse the `results` of a 201 against the envelopes sent (ProtocolError on any mismatch)."""
    results = answer.get("results")
    if not isinstance(results, list) or len(results) != len(envelopes):
        raise ProtocolError("results")
    parsed = []
    for raw, sent in zip(results, envelopes, strict=True):
        if not isinstance(raw, dict):
            raise ProtocolError("result")
        status, version, errors = raw.get("status"), raw.get("version"), raw.get("errors", [])
        if (status not in protocol.ITEM_STATUSES or raw.get("record_id") != sent["record_id"]
                or type(version) is not int or version != sent["version"] or raw.get("sha256") != sent["sha256"]):
            raise ProtocolError("result identity")
        if not isinstance(errors, list) or not all(isinstance(e, dict) for e in errors):
            raise ProtocolError("result errors")
        received_at, receipt = raw.get("received_at"), raw.get("receipt")
        if status in ("stored", "duplicate") and not (isinstance(received_at, str) and isinstance(receipt, str)):
            raise ProtocolError("receipt")
        parsed.append(ItemResult(sent["record_id"], version, sent["sha256"], status,
                                 received_at if isinstance(received_at, str) else None,
                                 receipt if isinstance(receipt, str) else None,
                                 tuple({str(k): str(v) for k, v in e.items()} for e in errors)))
    return parsed


def parse_inbox(body: dict) -> InboxPage:
    """Strictly parse an inbox page (ProtocolError on anything unexpected)."""
    items = body.get("items")
    if not isinstance(items, list):
        raise ProtocolError("inbox")
    parsed = []
    for raw in items:
        if not (isinstance(raw, dict) and isinstance(raw.get("cursor"), str) and raw.get("cursor")
                and raw.get("type") in protocol.INBOX_TYPES and isinstance(raw.get("body"), dict)):
            raise ProtocolError("inbox item")
        parsed.append(InboxItem(raw["cursor"], raw["type"], raw["body"]))
    nxt = body.get("next")
    return InboxPage(tuple(parsed), nxt if isinstance(nxt, str) else None)
