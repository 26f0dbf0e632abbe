"""The bundled font: present with its licence, every Vietnamese letter covered, registered as a family."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from hocbaso_desktop.printing import fonts
from hocbaso_desktop.printing.fonts import (
    _TIMES_FILES,
    FACES,
    VIETNAMESE_LETTERS,
    bundled_font_files,
    register_fonts,
)


def test_bundled_tinos_ships_with_licence_and_covers_vietnamese() -> None:
    files = bundled_font_files()
    assert set(files) == set(FACES)
    assert (files["Regular"].parent / "LICENSE-Tinos.txt").read_text(encoding="utf-8").count("OFL") >= 1
    assert len(set(VIETNAMESE_LETTERS)) == 2 * 89  # 89 lower-case letters (Latin + đ + toned vowels), capitals
    for face, path in files.items():
        cmap = TTFont(f"probe-{face}", str(path)).face.charToGlyph
        missing = [ch for ch in VIETNAMESE_LETTERS if ord(ch) not in cmap]
        assert not missing, (face, missing)


def test_register_fonts_gives_a_full_family_once() -> None:
    family = register_fonts(prefer_system=False)
    assert family.source == "Tinos"
    assert register_fonts(prefer_system=False) is family
    for name in (family.regular, family.bold, family.italic, family.bold_italic):
        assert isinstance(pdfmetrics.getFont(name), TTFont)
    # <b>/<i> inside paragraphs resolve to the family's faces
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(family.regular, 1, 0) == family.bold
    assert tt2ps(family.regular, 1, 1) == family.bold_italic


def _fake_times(folder: Path, source: dict[str, Path]) -> None:
    """Install font files under the Windows names of Times New Roman's four faces."""
    for face, names in _TIMES_FILES.items():
        shutil.copy(source[face], folder / names[0])


def test_system_times_new_roman_is_preferred_when_it_covers_vietnamese(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_times(tmp_path, bundled_font_files())  # metric twins: stand-ins for a real times.ttf
    monkeypatch.setattr(fonts, "_TIMES_DIRS", (tmp_path,))
    monkeypatch.setattr(fonts, "_registered", {})
    assert register_fonts(prefer_system=True).source == "Times New Roman"
    assert register_fonts(prefer_system=False).source == "Tinos"


def test_system_font_without_vietnamese_letters_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    armenian = Path("/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf")  # no Ơ/Ư forms
    if not armenian.is_file():
        pytest.skip("fonts-noto-core is not installed")
    _fake_times(tmp_path, {face: armenian for face in FACES})
    monkeypatch.setattr(fonts, "_TIMES_DIRS", (tmp_path,))
    monkeypatch.setattr(fonts, "_registered", {})
    assert register_fonts(prefer_system=True).source == "Tinos"
