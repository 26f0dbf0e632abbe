"""The converted page's mark "Bản chuyển đổi từ học bạ giấy": at the italic's own widths, its font cut once."""

from __future__ import annotations

import io
import subprocess

from fontTools import subset
from PIL import Image
from reportlab.pdfgen import canvas
from tests.fixtures.pdf_fonts import expected_widths, font_widths

from hocbaso_desktop.printing.fonts import bundled_font_files
from hocbaso_desktop.signing import check_scan, conversion_pdf
from hocbaso_desktop.signing.scan_pdf import CONVERSION_MARK


def _results_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(100, 700, "Kết quả học tập")
    page.save()
    return out.getvalue()


def _scan_pdf() -> bytes:
    image = io.BytesIO()
    Image.new("RGB", (400, 500), "white").save(image, format="PNG", dpi=(300, 300))
    return check_scan(image.getvalue(), "trang1.png").pdf


def test_the_mark_is_written_at_the_fonts_own_widths(tmp_path):
    # Tinos has 2,048 units to the em; PDF reads /W in thousandths: raw widths spaced the mark's letters apart
    pdf = conversion_pdf(_results_pdf(), _scan_pdf())
    [mark] = [widths for name, widths in font_widths(pdf).items() if name.endswith("Tinos-Italic-Identity-H")]
    expected = expected_widths(bundled_font_files()["Italic"], CONVERSION_MARK)
    assert set(CONVERSION_MARK) <= set(mark)
    assert {ch: round(mark[ch]) for ch in set(CONVERSION_MARK)} == {ch: round(w) for ch, w in expected.items()}
    path = tmp_path / "chuyen-doi.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert CONVERSION_MARK in text


def test_the_marks_font_is_cut_once_per_process(monkeypatch):
    results, scan = _results_pdf(), _scan_pdf()
    conversion_pdf(results, scan)   # the process's first mark may cut the font
    calls = []
    real = subset.Subsetter.subset
    monkeypatch.setattr(subset.Subsetter, "subset", lambda self, font: (calls.append(1), real(self, font))[1])
    pages = [conversion_pdf(results, scan) for _ in range(3)]
    assert calls == []
    for page in pages:   # each page still carries the mark's glyphs, from the subset made before
        [mark] = [w for name, w in font_widths(page).items() if name.endswith("Tinos-Italic-Identity-H")]
        assert set(CONVERSION_MARK) <= set(mark)
