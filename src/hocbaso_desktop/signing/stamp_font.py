"""The visible stamp's font engine: pyHanko's OpenType accumulator with its subset made once per glyph set.

pyHanko subsets and recompiles the stamp font for every signature (fontTools: ~30 % of a signature's time,
profiled in issue 18). Within a batch one signer's stamps differ only in the time, so each accumulator is
fed every digit and the date's punctuation up front: all stamps of one signer then use the same glyphs,
and the compiled, compressed subset is reused from a small per-process cache. The font bytes embedded are
exactly what pyHanko would have embedded for that glyph set (CIDs are GIDs: `retain_gids`), so the PDF is
the same but for the few extra digits.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zlib
from collections import OrderedDict

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
from pyhanko.pdf_utils.generic import pdf_name

# Characters of every stamp's date and time line: fed to each accumulator so a signer's glyph set is stable.
STABLE_CHARACTERS = "0123456789/: "
_CACHE_SIZE = 32


class _SubsetCache:
    """Compressed font programs by (font digest, glyph ids); thread-safe, least recently used dropped."""

    def __init__(self) -> None:
        self._items: OrderedDict[tuple[str, frozenset[int]], bytes] = OrderedDict()
        self._lock = threading.Lock()
        self.misses = 0

    def get(self, key: tuple[str, frozenset[int]]) -> bytes | None:
        with self._lock:
            data = self._items.get(key)
            if data is not None:
                self._items.move_to_end(key)
            return data

    def put(self, key: tuple[str, frozenset[int]], data: bytes) -> None:
        with self._lock:
            self.misses += 1
            self._items[key] = data
            while len(self._items) > _CACHE_SIZE:
                self._items.popitem(last=False)


SUBSETS = _SubsetCache()


class CachedSubsetAccumulator(GlyphAccumulator):
    """A GlyphAccumulator whose font subset comes from `SUBSETS` when the same glyphs were embedded before."""

    def __init__(self, *args, font_digest: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._font_digest = font_digest
        self.shape(STABLE_CHARACTERS, with_actual_text=False)

    def _extract_subset(self, options=None) -> None:
        key = (self._font_digest, frozenset(self._glyphs))
        compressed = SUBSETS.get(key)
        if compressed is None:
            super()._extract_subset(options)
            program = io.BytesIO()
            self.tt.save(program)
            compressed = zlib.compress(program.getvalue())
            SUBSETS.put(key, compressed)
        cid_font = self.cidfont_obj

        def set_font_file(writer, _data=compressed, _font=cid_font) -> generic.IndirectObject:
            stream = generic.StreamObject({pdf_name("/Filter"): pdf_name("/FlateDecode")}, encoded_data=_data)
            ref = writer.add_object(stream)
            _font._font_descriptor[pdf_name("/FontFile2")] = ref
            return ref

        cid_font.set_font_file = set_font_file  # this accumulator's font object only


def font_digest(data: bytes) -> str:
    """The cache key part that names a font program."""
    return hashlib.sha256(data).hexdigest()
