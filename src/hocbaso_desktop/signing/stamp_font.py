"""The visible stamp's font engine: pyHanko's OpenType accumulator with its subset made once per glyph set.

pyHanko subsets and recompiles the stamp font for every signature (fontTools: ~30 % of a signature's time,
profiled in issue 18). Within a batch one signer's stamps differ only in the time, so each accumulator is
fed every digit and the date's punctuation up front: all stamps of one signer then use the same glyphs,
and the compiled, compressed subset is reused from a small per-process cache. The font bytes embedded are
exactly what pyHanko would have embedded for that glyph set (CIDs are GIDs: `retain_gids`), so the PDF is
the same but for the few extra digits.

The same engine writes the conversion mark of a transcribed page (scan_pdf), on the bundled italic cut to
the mark's characters (`cut_font`): a stock accumulator parsed and subset the whole font for every page.
"""

from __future__ import annotations

import hashlib
import io
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import uharfbuzz as hb
from fontTools import subset, ttLib
from fontTools.ttLib.scaleUpem import scale_upem
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.api import FontEngine
from pyhanko.pdf_utils.font.opentype import (
    CIDFontType2,
    GlyphAccumulator,
    GlyphAccumulatorFactory,
    _read_ps_name,
)
from pyhanko.pdf_utils.generic import pdf_name

# Characters of every stamp's date and time line: fed to each accumulator so a signer's glyph set is stable.
STABLE_CHARACTERS = "0123456789/: "
_CACHE_SIZE = 32
_PARSED_FONTS = 2  # the stamp font and the conversion mark's italic


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


@dataclass(frozen=True)
class _ParsedFont:
    """A font program parsed once, every table decompiled up front, then only read (by any thread)."""

    tt: ttLib.TTFont
    hb_font: hb.Font
    ps_name: str
    units_per_em: int
    glyph_set: object
    reverse_cmap: dict


_parsed_fonts: OrderedDict[str, _ParsedFont] = OrderedDict()
_parsed_lock = threading.Lock()


def _parsed(digest: str, data: bytes) -> _ParsedFont:
    with _parsed_lock:
        found = _parsed_fonts.get(digest)
        if found is not None:
            _parsed_fonts.move_to_end(digest)
        else:
            tt = ttLib.TTFont(io.BytesIO(data))
            tt.ensureDecompiled()  # lazy table loading is not thread-safe; nothing is loaded later
            if "CFF " in tt:
                raise ValueError("the stamp font must be a TrueType (glyf) font")
            found = _ParsedFont(tt, hb.Font(hb.Face(data)), _read_ps_name(tt), tt["head"].unitsPerEm,
                                tt.getGlyphSet(preferCFF=True), tt["cmap"].buildReversed())
            _parsed_fonts[digest] = found
            while len(_parsed_fonts) > _PARSED_FONTS:  # the fonts of one process are few: keep the newest
                _parsed_fonts.popitem(last=False)
        return found


class CachedSubsetAccumulator(GlyphAccumulator):
    """A GlyphAccumulator whose font subset comes from `SUBSETS` when the same glyphs were embedded before."""

    def __init__(self, writer, font_data: bytes, font_size, *, font_digest: str, obj_stream=None) -> None:
        # GlyphAccumulator.__init__ (pyHanko 0.38) without parsing the font again: the font program is parsed
        # once per process (`_parsed`: ~3 ms a signature saved) and only read here. Checked by
        # tests/signing/test_stamp_font.py against a stock accumulator's PDF objects.
        parsed = _parsed(font_digest, font_data)
        self.hb_font, self.tt = parsed.hb_font, parsed.tt
        FontEngine.__init__(self, writer, parsed.ps_name, embedded_subset=True, obj_stream=obj_stream,
                            font_size=font_size)
        self._font_ref = writer.allocate_placeholder()
        self.cff_charset, self.use_raw_gids = None, True
        self.cidfont_obj = CIDFontType2(parsed.tt, parsed.ps_name, self.subset_prefix)
        self.features = None
        self.units_per_em = parsed.units_per_em
        self._glyphs = {}
        self._glyph_set = parsed.glyph_set
        self._cid_to_unicode = {}
        self._GlyphAccumulator__reverse_cmap = parsed.reverse_cmap
        self.ot_language_tag = self.ot_script_tag = self.writing_direction = self.bcp47_lang_code = None
        self._subset_created = self._write_prepared = False
        self._font_data = font_data
        self._font_digest = font_digest
        self.shape(STABLE_CHARACTERS, with_actual_text=False)

    def _extract_subset(self, options=None) -> None:
        key = (self._font_digest, frozenset(self._glyphs))
        compressed = SUBSETS.get(key)
        if compressed is None:
            self.tt = ttLib.TTFont(io.BytesIO(self._font_data))  # subsetting rewrites the font: never the shared one
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


@lru_cache(maxsize=4)
def _digest_of(font_data: bytes) -> str:
    return font_digest(font_data)  # hashing a font once, not once a signature


@dataclass(frozen=True)
class InMemoryFontFactory(GlyphAccumulatorFactory):
    """pyHanko's OpenType font engine fed from bytes instead of a file path, its subsets cached."""

    font_data: bytes = b""

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:
        """A glyph accumulator over a fresh handle on the font bytes (its subset cached per glyph set)."""
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return CachedSubsetAccumulator(writer, self.font_data, self.font_size, obj_stream=obj_stream,
                                       font_digest=_digest_of(self.font_data))


def cut_font(font_file: Path, unicodes: Iterable[int]) -> bytes:
    """`font_file` cut down to `unicodes`: no shaping tables (NFC Vietnamese is precomposed), no hinting,
    1,000 units to the em.

    pyHanko writes the font's own advance widths into the PDF's /W array, which PDF reads as thousandths of
    the em: a font of 2,048 units (Tinos, Times New Roman) came out letter-spaced ("B ả n  c h u y ể n").
    """
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    options.hinting = False
    options.notdef_outline = True
    font = ttLib.TTFont(str(font_file))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=list(unicodes))
    subsetter.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()
