"""PDF/A-3b identification of what printing writes: the year page, the whole book, the certified copy, the legacy page.

The structural checks are tests/fixtures/pdfa.py (veraPDF, the reference validator, is not installable here);
poppler's pdfinfo, an independent reader, must also see the XMP packet with the PDF/A identification.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from hocbaso_desktop.printing import render_certified_copy, render_record_book, render_year_page
from hocbaso_desktop.printing.legacy_page import render_legacy_page
from hocbaso_desktop.printing.pdfa import srgb_profile
from tests.fixtures.pdfa import pdfa3b_problems
from tests.fixtures.printing import CREATED, YEAR, _run, pdf_fonts, pdf_info
from tests.printing.test_copy import MARK


def test_year_page_book_and_copy_are_pdfa3b(secondary_books, primary_books) -> None:
    docs = [render_year_page(secondary_books[0], YEAR, created=CREATED, prefer_system_font=False).data,
            render_record_book(primary_books[0], created=CREATED, prefer_system_font=False).data,
            render_certified_copy(secondary_books[1], YEAR, MARK, created=CREATED, prefer_system_font=False).data]
    for data in docs:
        assert pdfa3b_problems(data) == []
        assert all(embedded for _name, embedded in pdf_fonts(data))
        meta = _run("pdfinfo", data, "-meta")   # poppler reads the XMP packet itself
        assert "<pdfaid:part>3</pdfaid:part>" in meta and "<pdfaid:conformance>B</pdfaid:conformance>" in meta
        assert escape(pdf_info(data)["Author"]) in meta


def test_legacy_page_is_pdfa3b_and_repeatable() -> None:
    payload = {"namhoc": "2010-2011", "tentruong": "Trường THCS Thử", "madinhdanhhocba": "r-1",
               "phienbanthongtinhocba": "1", "ngaytao": "2026-05-30", "trichluc": True}
    first = render_legacy_page(payload, "ab" * 32)
    assert pdfa3b_problems(first) == []
    assert render_legacy_page(payload, "ab" * 32) == first


def test_the_output_intent_profile_is_srgb() -> None:
    icc = srgb_profile()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and icc[12:16] == b"mntr"
    assert "sRGB".encode("utf-16-be") in icc   # the description (mluc, UTF-16)
