"""One bounded HTTP request, for every peer the program talks to (the central system, remote signing services).

Each request has an overall deadline (besides httpx's per-read timeouts: a peer sending one byte every 2 s
is cut off), and its answer is read at most to a size limit and inflated here, not by httpx, so a gzip bomb
stops at the limit too. Transport failures become OfflineError, a peer past a limit PeerLimitError.
"""

from __future__ import annotations

import logging
import time
import zlib
from typing import Any

import httpx

from hocbaso_desktop.sync.deadline import DeadlineTransport, deadline
from hocbaso_desktop.sync.errors import OfflineError, PeerLimitError

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = httpx.Timeout(connect=10, read=60, write=60, pool=10)
# Every answer of the protocol is small (an inbox page of 500 messages is well under 4 MiB); a larger
# one is not read past this limit.
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
# Overall time for one request: this much, plus the time to send its body at 32 KiB/s (a poor school
# link). A server sending one byte every 2 s is cut off here, whatever the per-read timeout.
REQUEST_DEADLINE_S = 30.0
UPLOAD_BYTES_PER_S = 32 * 1024
_DROPPED_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


class BoundedHttp:
    """An httpx client (shareable between threads) whose every request is bounded in time and size."""

    def __init__(self, *, base_url: str = "", headers: dict[str, str] | None = None,
                 transport: httpx.BaseTransport | None = None, timeout: httpx.Timeout = DEFAULT_TIMEOUT,
                 deadline_s: float = REQUEST_DEADLINE_S, max_bytes: int = MAX_RESPONSE_BYTES) -> None:
        self._deadline_s, self._max_bytes = deadline_s, max_bytes
        self._http = httpx.Client(base_url=base_url, transport=transport or DeadlineTransport(), timeout=timeout,
                                  follow_redirects=False, headers={**(headers or {}), "Accept-Encoding": "identity"})

    def close(self) -> None:
        """Close the connection pool."""
        self._http.close()

    def request(self, method: str, url: str, *, label: str = "", **kwargs: Any) -> httpx.Response:
        """Send and read the whole (bounded) answer; OfflineError or PeerLimitError when it cannot be had."""
        body = kwargs.get("content")
        # a streamed body (a file) says its size apart, so that its upload time counts too
        size = len(body) if isinstance(body, bytes) else int(kwargs.pop("body_bytes", 0))
        seconds = self._deadline_s + size / UPLOAD_BYTES_PER_S
        started = time.monotonic()
        try:
            with deadline(seconds), self._http.stream(method, url, **kwargs) as streamed:
                content = _read_bounded(streamed, self._max_bytes)
        except httpx.TimeoutException as exc:
            log.info("%s: %s", label or url, type(exc).__name__)
            if time.monotonic() - started >= seconds - 0.05:
                raise PeerLimitError.too_slow(seconds) from exc
            raise OfflineError() from exc
        except httpx.TransportError as exc:  # connect/read/write errors
            log.info("%s: %s", label or url, type(exc).__name__)
            raise OfflineError() from exc
        except httpx.HTTPError as exc:
            raise OfflineError() from exc
        log.info("%s -> %s", label or url, streamed.status_code)
        headers = [(k, v) for k, v in streamed.headers.multi_items() if k.lower() not in _DROPPED_HEADERS]
        return httpx.Response(streamed.status_code, headers=headers, content=content, request=streamed.request)


def _read_bounded(response: httpx.Response, limit: int) -> bytes:
    """The body, inflated here (not by httpx) so that a gzip bomb stops at the limit too."""
    if response.is_stream_consumed:  # an in-memory answer (a test transport): already read
        if len(response.content) > limit:
            raise PeerLimitError.too_large(limit)
        return response.content
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise PeerLimitError.too_large(limit)
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "", "gzip", "deflate"):
        raise OfflineError()  # we asked for identity; an unknown coding is not the central system
    inflater = zlib.decompressobj(47) if encoding in ("gzip", "deflate") else None  # 47: gzip or zlib header
    out = bytearray()
    try:
        for data in response.iter_raw():
            while data:
                if inflater is None:
                    out += data
                    data = b""
                else:
                    out += inflater.decompress(data, limit + 1 - len(out))
                    data = inflater.unconsumed_tail
                if len(out) > limit:
                    raise PeerLimitError.too_large(limit)
    except zlib.error as exc:
        raise OfflineError() from exc
    return bytes(out)
