"""Bounded reading of request bodies: gzip is inflated with a limit checked while inflating."""

from __future__ import annotations

import zlib


class BodyTooLargeError(Exception):
    """The body (after decompression) is larger than allowed."""


class BadBodyError(Exception):
    """The body is not valid gzip."""


def gunzip_bounded(raw: bytes, limit: int) -> bytes:
    """Inflate a gzip body, never producing more than `limit` bytes (a 1 MB bomb costs 1 MB, not 2 GB)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise BadBodyError() from exc
    if len(out) > limit or inflater.unconsumed_tail:
        raise BodyTooLargeError()
    if not inflater.eof:
        raise BadBodyError()
    return out
