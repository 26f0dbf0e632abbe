"""Printing: Ministry-template PDFs (học bạ, class summary sheets, certified copies) drawn with reportlab.

Input is domain objects only (`domain.record_book`); output is PDF bytes plus the rectangles of the
signature slots, so signing can place visible signatures in them. No storage, no signing here.

This is the package's face, loaded name by name on first use: signing a batch needs only the font files,
not reportlab's platypus (about 80 ms of every `hocbaso sign` start, issue 18).
"""

from __future__ import annotations

from hocbaso_desktop.faces import lazy_face

# name -> the module it comes from (None: the name is a module of this package)
_FACE: dict[str, str | None] = {
    "SummaryRow": "class_summary_pdf",
    "CopyMark": "copy",
    "PdfMeta": "document",
    "RenderedPdf": "document",
    "SignatureBox": "document",
    "signature_boxes": "document",
    "FontError": "fonts",
    "FontFamily": "fonts",
    "VIETNAMESE_LETTERS": "fonts",
    "bundled_font_files": "fonts",
    "register_fonts": "fonts",
    "render_legacy_page": "legacy_page",
    "render_school_report": "school_report_pdf",
    "render_selftest_page": "selftest_page",
    "render_certified_copy": "render",
    "render_class_summary": "render",
    "render_record_book": "render",
    "render_year_page": "render",
}

__all__, __getattr__, __dir__ = lazy_face(__name__, _FACE, globals())
