"""Printing: Ministry-template PDFs (học bạ, class summary sheets, certified copies) drawn with reportlab.

Input is domain objects only (`domain.record_book`); output is PDF bytes plus the rectangles of the
signature slots, so signing can place visible signatures in them. No storage, no signing here.
"""

from hocbaso_desktop.printing.class_summary_pdf import SummaryRow
from hocbaso_desktop.printing.copy import CopyMark
from hocbaso_desktop.printing.document import PdfMeta, RenderedPdf, SignatureBox, signature_boxes
from hocbaso_desktop.printing.fonts import FontError, FontFamily, register_fonts
from hocbaso_desktop.printing.render import (
    render_certified_copy,
    render_class_summary,
    render_record_book,
    render_year_page,
)

__all__ = [
    "CopyMark",
    "FontError",
    "FontFamily",
    "PdfMeta",
    "RenderedPdf",
    "SignatureBox",
    "SummaryRow",
    "register_fonts",
    "render_certified_copy",
    "render_class_summary",
    "render_record_book",
    "render_year_page",
    "signature_boxes",
]
