"""A one-page test PDF for the self-test: the bundled serif family, every Vietnamese letter, embedded fonts.

The Ministry templates need a whole record book to draw; the self-test only has to prove that
reportlab, the font files and PDF output work in this installation, so it draws a plain page.
"""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from hocbaso_desktop.domain.i18n import _, in_vietnamese
from hocbaso_desktop.printing.fonts import VIETNAMESE_LETTERS, register_fonts

SAMPLE_SENTENCE = "Học bạ số — Trường Tiểu học Nguyễn Trãi, lớp 4A: Hoàn thành tốt; Đạt; Ưu tú."


@in_vietnamese
def render_selftest_page(*, created: datetime | None = None) -> bytes:
    """Draw the test page with the bundled Tinos faces and return the PDF bytes."""
    fonts = register_fonts(prefer_system=False)
    buffer = io.BytesIO()
    # invariant=1 keeps the bytes free of the current time when `created` is given (repeatable output).
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1 if created is not None else 0)
    pdf.setTitle(_("Trang in thử của chương trình Học bạ số"))
    height = A4[1]
    y = height - 72
    pdf.setFont(fonts.bold, 16)
    pdf.drawString(72, y, _("Trang in thử — Học bạ số"))
    y -= 28
    for face in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic):
        pdf.setFont(face, 11)
        pdf.drawString(72, y, SAMPLE_SENTENCE)
        y -= 18
    pdf.setFont(fonts.regular, 10)
    half = len(VIETNAMESE_LETTERS) // 2
    for line in (VIETNAMESE_LETTERS[:half], VIETNAMESE_LETTERS[half:]):
        y -= 16
        pdf.drawString(72, y, line)
    if created is not None:
        pdf.drawString(72, y - 24, _("Thời điểm: {t}", t=created.strftime("%d/%m/%Y %H:%M")))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
