"""Bounds on what a file or a peer can make the program read: inflated sizes, JSON depth, file sizes.

Every reader of a compressed or nested input goes through here, so a zip bomb, a zlib bomb or JSON
nested 100,000 deep ends in one clear `InputTooLargeError` (an expected failure: exit 3, nothing
written) instead of gigabytes of memory or a RecursionError. Sizes are checked *while* inflating,
never from the sizes a file declares about itself (those can lie).
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _

MiB = 1024 * 1024
# An .xlsx of a 1,500-student school with all its scores inflates to ~40 MiB; 256 MiB is far above
# any real workbook and far below what hurts a school PC.
XLSX_MAX_INFLATED = 256 * MiB
XLSX_MAX_MEMBER = 128 * MiB
# A sync bundle's manifest lists file names and hashes only; items are one record's envelope each.
BUNDLE_MAX_MANIFEST = 16 * MiB
BUNDLE_MAX_MEMBER = 64 * MiB
BUNDLE_MAX_TOTAL = 2048 * MiB
PACKAGE_MAX_MANIFEST = 16 * MiB
PACKAGE_MAX_MEMBER = 64 * MiB
QR_MAX_TEXT = 8192  # a version-40 QR holds 4,296 alphanumeric characters
QR_MAX_INFLATED = 64 * 1024
JSON_MAX_DEPTH = 64  # our deepest document (an export) nests 6 levels
JSON_MAX_FILE = 256 * MiB
RECEIPTS_MAX_FILE = 64 * MiB


class InputTooLargeError(InvalidInputError):
    """A file or a peer sent more (or deeper) data than the program accepts."""


def too_large(what: str, limit: int) -> InputTooLargeError:
    """The one message for an input over its limit (`what` names the file or the peer)."""
    return InputTooLargeError(_("“{f}” vượt quá giới hạn cho phép ({n}); không xử lý và không ghi gì.",
                                f=what, n=human_size(limit)))


def human_size(n: int) -> str:
    """A size for a person: 64 MiB, 512 KiB, 100 B."""
    for unit, size in (("GiB", 1024 * MiB), ("MiB", MiB), ("KiB", 1024)):
        if n >= size:
            return f"{n / size:g} {unit}"
    return f"{n} B"


def read_member(zf: zipfile.ZipFile, name: str, limit: int, *, what: str = "") -> bytes:
    """Read one member of a zip, inflating at most `limit` bytes (InputTooLargeError beyond)."""
    out = bytearray()
    with zf.open(name) as fh:
        while True:
            chunk = fh.read(min(1 << 20, limit + 1 - len(out)))
            if not chunk:
                return bytes(out)
            out += chunk
            if len(out) > limit:
                raise too_large(what or name, limit)


def check_zip_total(path: Path | str, limit_total: int, limit_member: int, *, what: str = "") -> None:
    """Inflate every member of a zip without keeping it; InputTooLargeError over the limits.

    For readers that open the zip themselves (openpyxl): it costs one pass of CPU, no memory.
    """
    total = 0
    label = what or Path(path).name
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            size = 0
            with zf.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    size += len(chunk)
                    total += len(chunk)
                    if size > limit_member or total > limit_total:
                        raise too_large(label, limit_member if size > limit_member else limit_total)


def inflate_zlib(data: bytes, limit: int, *, what: str) -> bytes:
    """zlib.decompress bounded to `limit` output bytes (InputTooLargeError beyond, zlib.error if bad)."""
    d = zlib.decompressobj()
    out = d.decompress(data, limit + 1)
    if len(out) > limit or d.unconsumed_tail:
        raise too_large(what, limit)
    if not d.eof:
        raise zlib.error("truncated")
    return out


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str | bytes) -> int:
    """The deepest nesting of arrays and objects in a JSON text (strings skipped), without parsing it."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    depth = deepest = 0
    for m in _BRACKET.finditer(_STRING.sub("", text)):
        if m.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads_bounded(text: str | bytes, *, what: str, max_depth: int = JSON_MAX_DEPTH, **kwargs: Any) -> Any:
    """json.loads after checking the nesting depth (InputTooLargeError if deeper than `max_depth`)."""
    if json_depth(text) > max_depth:
        raise InputTooLargeError(_("“{f}” lồng nhau quá sâu (hơn {n} mức); không xử lý và không ghi gì.",
                                   f=what, n=max_depth))
    return json.loads(text, **kwargs)


def read_file_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of a file, refusing one larger than `limit` before reading it."""
    p = Path(path)
    with p.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise too_large(p.name, limit)
    return data
