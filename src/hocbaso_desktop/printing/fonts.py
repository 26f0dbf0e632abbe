"""Fonts for the printed forms: Times New Roman when installed, else the bundled Tinos.

Tinos (Apache-2.0/OFL, from fonts-croscore) is metric-compatible with Times New Roman and covers every
Vietnamese letter (engineering-notes.md §6). It ships in ``resources/fonts`` so PDFs look the same on
Windows and Linux. A system Times New Roman is used only if it has every Vietnamese letter: some old
Windows copies lack the Ơ/Ư forms, and reportlab would silently print blanks.
All four faces are registered as one family, so ``<b>``/``<i>`` work in Paragraphs; every font is
embedded (reportlab always embeds TrueType subsets).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.i18n import _

FAMILY = "HBSerif"
FACES = ("Regular", "Bold", "Italic", "BoldItalic")
# Every letter of the Vietnamese alphabet with every tone mark: 89 lower-case letters and their capitals.
VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
VIETNAMESE_LETTERS += VIETNAMESE_LETTERS.upper()

# Times New Roman file names per face: Windows, then the msttcorefonts package on Linux.
_TIMES_FILES = {
    "Regular": ("times.ttf", "Times_New_Roman.ttf", "Times New Roman.ttf"),
    "Bold": ("timesbd.ttf", "Times_New_Roman_Bold.ttf", "Times New Roman Bold.ttf"),
    "Italic": ("timesi.ttf", "Times_New_Roman_Italic.ttf", "Times New Roman Italic.ttf"),
    "BoldItalic": ("timesbi.ttf", "Times_New_Roman_Bold_Italic.ttf", "Times New Roman Bold Italic.ttf"),
}
_TIMES_DIRS = (
    Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts",
    Path("/usr/share/fonts/truetype/msttcorefonts"),
    Path("/Library/Fonts"),
)


class FontError(HocbasoError):
    """No usable font with Vietnamese letters was found (the bundled one is missing or broken)."""


@dataclass(frozen=True)
class FontFamily:
    """The registered family: reportlab font names per face and where the files came from."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    source: str  # "Times New Roman" or "Tinos"


_lock = threading.Lock()
_registered: dict[bool, FontFamily] = {}


def bundled_font_files() -> dict[str, Path]:
    """The bundled Tinos TTF file of each face."""
    folder = Path(str(resources.files("hocbaso_desktop").joinpath("resources/fonts")))
    return {face: folder / f"Tinos-{face}.ttf" for face in FACES}


def _system_times_files() -> dict[str, Path] | None:
    found: dict[str, Path] = {}
    for face, names in _TIMES_FILES.items():
        path = next((d / n for d in _TIMES_DIRS for n in names if (d / n).is_file()), None)
        if path is None:
            return None
        found[face] = path
    return found


def _covers_vietnamese(font: TTFont) -> bool:
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in VIETNAMESE_LETTERS)


def _load(prefix: str, files: dict[str, Path]) -> dict[str, TTFont] | None:
    try:
        fonts = {face: TTFont(f"{prefix}-{face}", str(path)) for face, path in files.items()}
    except (TTFError, OSError):
        return None
    return fonts if all(_covers_vietnamese(f) for f in fonts.values()) else None


def register_fonts(*, prefer_system: bool = True) -> FontFamily:
    """Register the serif family once per process and return its face names.

    With ``prefer_system=False`` the bundled Tinos is always used (tests and byte-identical output
    across machines). Raises FontError if no usable font exists.
    """
    with _lock:
        if prefer_system in _registered:
            return _registered[prefer_system]
        fonts, source = None, ""
        if prefer_system:
            system_files = _system_times_files()
            if system_files is not None:
                fonts, source = _load(f"{FAMILY}TNR", system_files), "Times New Roman"
        if fonts is None:
            fonts, source = _load(f"{FAMILY}Tinos", bundled_font_files()), "Tinos"
        if fonts is None:
            raise FontError(_("Không tìm thấy phông chữ tiếng Việt (Tinos) đi kèm chương trình."))
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        names = {face: font.fontName for face, font in fonts.items()}
        pdfmetrics.registerFontFamily(
            names["Regular"], normal=names["Regular"], bold=names["Bold"], italic=names["Italic"],
            boldItalic=names["BoldItalic"],
        )
        family = FontFamily(names["Regular"], names["Bold"], names["Italic"], names["BoldItalic"], source)
        _registered[prefer_system] = family
        return family
