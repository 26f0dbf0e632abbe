"""Turning a story of flowables into PDF bytes: page setup, metadata, footer, signature boxes.

Output is deterministic: reportlab's invariant mode fixes the document id, and the creation date
is a parameter (never the clock), so the same input gives the same bytes.

A `PageMark` in the story sets the mark printed across every page from there on (None: no mark): a
draft's pages carry "BẢN NHÁP – CHƯA PHÁT HÀNH", so a printed draft cannot pass for an issued record.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from hocbaso_desktop import __version__
from hocbaso_desktop.domain.i18n import nfc
from hocbaso_desktop.printing.blocks import SignatureCollector
from hocbaso_desktop.printing.fonts import FontFamily
from hocbaso_desktop.printing.pdfa import KEYWORDS, mark_pdfa

Rect = tuple[float, float, float, float]
PORTRAIT_MARGINS = (20 * mm, 15 * mm, 15 * mm, 15 * mm)   # left (binding side), right, top, bottom
LANDSCAPE_MARGINS = (10 * mm, 10 * mm, 10 * mm, 12 * mm)
CREATOR = "hocbaso-desktop"


@dataclass(frozen=True)
class PdfMeta:
    """Document information: title, author (the school), subject and the fixed creation time."""

    title: str
    author: str
    subject: str
    created: datetime


@dataclass(frozen=True)
class SignatureBox:
    """Where a signature slot was drawn: role ("gvcn"/"principal"/"seal"), year, 0-based page, rect in points."""

    role: str
    year: str | None
    page: int
    rect: Rect


@dataclass(frozen=True)
class RenderedPdf:
    """A rendered form: the PDF bytes, its page count and its signature boxes."""

    data: bytes
    page_count: int
    boxes: tuple[SignatureBox, ...]


class PageMark(Flowable):
    """Takes no room; from the page it lands on, every page carries `text` (None: no mark)."""

    def __init__(self, text: str | None) -> None:
        super().__init__()
        self.text = text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """No room taken."""
        return 0, 0

    def draw(self) -> None:
        """Set the mark of this page and of the pages after it."""
        self.canv._hocbaso_mark = self.text  # type: ignore[attr-defined]


def _draw_mark(canv: Canvas, text: str, font: str, width: float, height: float, top: float) -> None:
    """The mark twice: in the top margin in red, and large, pale and diagonal across the page."""
    canv.saveState()
    canv.setFillColorRGB(0.75, 0.0, 0.0)
    canv.setFont(font, 11)
    canv.drawCentredString(width / 2, height - top / 2 - 4, text)
    size = 40.0
    while size > 20 and stringWidth(text, font, size) > 0.95 * (width ** 2 + height ** 2) ** 0.5 * 0.8:
        size -= 2
    canv.setFillColorRGB(0.8, 0.0, 0.0, alpha=0.16)
    canv.setFont(font, size)
    canv.translate(width / 2, height / 2)
    canv.rotate(54.7)  # along the A4 diagonal
    canv.drawCentredString(0, -size / 3, text)
    canv.restoreState()


def signature_boxes(rendered: RenderedPdf, year: str | None = None) -> dict[str, tuple[int, Rect]]:
    """The signature boxes of one school year's page (or of year-less forms): role → (page, (x1, y1, x2, y2))."""
    return {b.role: (b.page, b.rect) for b in rendered.boxes if b.year == year}


def content_width(*, wide: bool = False) -> float:
    """The frame width of a portrait (or, with `wide`, landscape) A4 page."""
    left, right, _top, _bottom = LANDSCAPE_MARGINS if wide else PORTRAIT_MARGINS
    page_width = landscape(A4)[0] if wide else A4[0]
    return page_width - left - right


def _pdf_date(created: datetime) -> Callable[..., str]:
    offset = created.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    stamp = created.strftime("D:%Y%m%d%H%M%S") + f"{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    return lambda *_ignored: stamp


def _draw_footer(canv: Canvas, text: str, font: str, width: float, left: float, right: float,
                 bottom: float) -> None:
    """Draw the footer inside the margins (cheap printers lose the paper's edges): shrink, else two lines."""
    room = width - left - right
    size = 8.5
    while size > 6 and stringWidth(text, font, size) > room:
        size -= 0.5
    lines = [text]
    if stringWidth(text, font, size) > room:
        words, first = text.split(" "), ""
        for i, word in enumerate(words):
            candidate = f"{first} {word}".strip()
            if stringWidth(candidate, font, size) > room:
                lines = [first, " ".join(words[i:])]
                break
            first = candidate
    canv.setFont(font, size)
    for n, line in enumerate(lines):
        canv.drawCentredString(width / 2, bottom / 2 + (len(lines) - 1 - n) * (size + 1.5), line)


def build_pdf(story: Sequence[Flowable], meta: PdfMeta, fonts: FontFamily, collector: SignatureCollector, *,
              wide: bool = False, footer: Callable[[int], str] | None = None) -> RenderedPdf:
    """Lay out `story` on A4 (landscape with `wide`) and return the bytes with the signature boxes.

    `footer(page_number)` gives a line printed at the bottom of each page (e.g. the conversion mark).
    """
    page_size = landscape(A4) if wide else A4
    left, right, top, bottom = LANDSCAPE_MARGINS if wide else PORTRAIT_MARGINS
    frame = Frame(left, bottom, page_size[0] - left - right, page_size[1] - top - bottom, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    pages = [0]

    def on_page(canv: Canvas, _doc: BaseDocTemplate) -> None:
        pages[0] = canv.getPageNumber()
        if footer is not None:
            canv.saveState()
            _draw_footer(canv, nfc(footer(canv.getPageNumber())), fonts.italic, page_size[0], left, right, bottom)
            canv.restoreState()

    def on_page_end(canv: Canvas, _doc: BaseDocTemplate) -> None:
        # at the end, so the PageMark flowables of this page have been drawn; drawn over the content
        mark = getattr(canv, "_hocbaso_mark", None)
        if mark:
            _draw_mark(canv, nfc(mark), fonts.bold, page_size[0], page_size[1], top)

    date_formatter = _pdf_date(meta.created)

    class _Canvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            kwargs["invariant"] = 1
            # Without this every page would reference an unembedded Helvetica (the canvas default).
            kwargs["initialFontName"] = fonts.regular
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self.setDateFormatter(date_formatter)
            mark_pdfa(self, title=nfc(meta.title), author=nfc(meta.author), subject=nfc(meta.subject),
                      creator=CREATOR, producer=producer, created=meta.created)

    buffer = io.BytesIO()
    producer = f"hocbaso-desktop {__version__} (ReportLab)"
    doc = BaseDocTemplate(buffer, pagesize=page_size, title=nfc(meta.title), author=nfc(meta.author),
                          subject=nfc(meta.subject), creator=CREATOR, invariant=1, producer=producer, keywords=KEYWORDS,
                          leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    doc.build(list(story), canvasmaker=_Canvas)
    boxes = tuple(SignatureBox(role, year, page, rect) for role, year, page, rect in collector.boxes)
    return RenderedPdf(buffer.getvalue(), pages[0], boxes)
