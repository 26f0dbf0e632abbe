"""pyHanko's reader of PDF hex strings, reading in blocks instead of one byte at a time.

pyHanko reads `<...>` one byte per Python call (two, with the whitespace check). A signature's /Contents is
such a string of 16,000–48,000 digits, read on every verification, export check, timestamp upgrade and
renewal: about a third of the time pyHanko takes to validate a record. This reader takes the block up to
the closing `>` at once. Whenever that block holds anything but hex digits and whitespace (a comment, a
stray byte) or the file ends first, it goes back and lets pyHanko's own reader read the string, so the
result, the error and the position after it are always pyHanko's: tests/signing/test_pdf_hex.py compares
the two on generated input.
"""

from __future__ import annotations

import binascii

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PDF_WHITESPACE

PYHANKO_READER = generic.read_hex_string_from_stream   # pyHanko's own, for what the block reader leaves
_PLAIN = generic.HEX_DIGITS + PDF_WHITESPACE
BLOCK = 64 * 1024


def read_hex_string(stream) -> generic.ByteStringObject | generic.TextStringObject:
    """Read the hex string at the stream's position (on its `<`) into a PDF string object."""
    start = stream.tell()
    stream.read(1)
    parts: list[bytes] = []
    while True:
        block = stream.read(BLOCK)
        end = block.find(b">")
        body = block if end < 0 else block[:end]
        if not block or body.translate(None, _PLAIN):
            stream.seek(start)
            return PYHANKO_READER(stream)
        parts.append(body)
        if end >= 0:
            break
    stream.seek(start + 1 + sum(map(len, parts)) + 1)
    digits = b"".join(parts).translate(None, PDF_WHITESPACE)
    if len(digits) % 2:
        digits += b"0"
    return generic.pdf_string(binascii.unhexlify(digits))


def install() -> None:
    """Make pyHanko's object parser use `read_hex_string` (idempotent)."""
    generic.read_hex_string_from_stream = read_hex_string
