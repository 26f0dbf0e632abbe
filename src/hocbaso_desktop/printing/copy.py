"""The certified paper copy (bản chuyển đổi) of an issued học bạ page (domain.md §4.8, design decision 4).

Law on E-Transactions 2023 Art 12: the paper copy carries the whole content, the system and owner
holding the original, a conversion mark and the converter. The verification QR text is made by the
signing work and passed in; without it a placeholder area of the same size is printed with a caption,
never an invented code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer

from hocbaso_desktop.domain.i18n import VIETNAM_TIME, _, nfc
from hocbaso_desktop.domain.model import YearRecord
from hocbaso_desktop.printing.blocks import Styles, field_line, layout_table, markup, text

# 6 printer dots per module at 300 dpi keeps modules square (engineering-notes.md §8).
MODULE_PT = 6 / 300 * 72
QUIET_ZONE = 4
# The placeholder has the size of the largest expected code: version 24 (113 modules) + quiet zone.
PLACEHOLDER_MODULES = 113 + 2 * QUIET_ZONE
CONVERSION_MARK = "Bản chuyển đổi từ học bạ số"


@dataclass(frozen=True)
class CopyMark:
    """Who converted the record, when, from which system, and the verification QR text (if any)."""

    system_name: str
    system_owner: str
    converter_name: str
    converter_unit: str
    converted_at: datetime
    system_url: str = ""
    qr_text: str | None = None


class QrCode(Flowable):
    """A QR symbol drawn as vector squares at exactly MODULE_PT per module (ECC level Q)."""

    def __init__(self, content: str) -> None:
        super().__init__()
        self._rows = [list(row) for row in segno.make(nfc(content), error="q", boost_error=False)
                      .matrix_iter(border=QUIET_ZONE)]
        self.width = self.height = len(self._rows) * MODULE_PT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The symbol's fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw each horizontal run of dark modules as one rectangle."""
        path = self.canv.beginPath()
        for r, row in enumerate(self._rows):
            y = self.height - (r + 1) * MODULE_PT
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    path.rect(start * MODULE_PT, y, (c - start) * MODULE_PT, MODULE_PT)
                else:
                    c += 1
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


class QrPlaceholder(Flowable):
    """The area reserved for the verification QR code, with a caption saying it is not a code."""

    def __init__(self, caption: str, font: str) -> None:
        super().__init__()
        self.caption, self.font = caption, font
        self.width = self.height = PLACEHOLDER_MODULES * MODULE_PT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The reserved size."""
        return self.width, self.height

    def draw(self) -> None:
        """A dashed frame with the centred caption."""
        self.canv.saveState()
        self.canv.setDash(3, 3)
        self.canv.setLineWidth(0.6)
        self.canv.rect(0, 0, self.width, self.height)
        self.canv.setFont(self.font, 8.5)
        lines = nfc(self.caption).split("\n")
        for i, line in enumerate(lines):
            self.canv.drawCentredString(self.width / 2, self.height / 2 + (len(lines) / 2 - i - 0.8) * 10.5, line)
        self.canv.restoreState()


def _vietnam_time(moment: datetime) -> str:
    """"08:30, 25/05/2026 (giờ Việt Nam)": aware times are shown in UTC+7, naive ones as given."""
    if moment.tzinfo is not None:
        return moment.astimezone(VIETNAM_TIME).strftime("%H:%M, %d/%m/%Y") + " " + _("(giờ Việt Nam)")
    return moment.strftime("%H:%M, %d/%m/%Y")


def conversion_footer(record: YearRecord) -> str:
    """The line printed at the foot of every page of a copy."""
    return _("{mark} – mã học bạ {id} – phiên bản {v}", mark=_(CONVERSION_MARK), id=record.id, v=record.version)


def conversion_block(styles: Styles, record: YearRecord, mark: CopyMark, width: float) -> Flowable:
    """The conversion mark, the original's identity and location, the converter, and the QR area."""
    code: Flowable = (QrCode(mark.qr_text) if mark.qr_text
                      else QrPlaceholder(_("Vị trí mã QR xác thực\n(chưa có dữ liệu ký số)"), styles.fonts.italic))
    system = mark.system_name + (f" ({mark.system_url})" if mark.system_url else "")
    lines = [
        markup("<b>" + _(CONVERSION_MARK).upper() + "</b>", styles.heading),
        field_line(_("Mã học bạ số"), record.id, styles.body),
        field_line(_("Phiên bản"), str(record.version), styles.body),
        field_line(_("Năm học"), record.year, styles.body),
        field_line(_("Hệ thống lưu giữ bản gốc"), system, styles.body),
        field_line(_("Chủ quản hệ thống"), mark.system_owner, styles.body),
        field_line(_("Người chuyển đổi"), f"{mark.converter_name} – {mark.converter_unit}", styles.body),
        field_line(_("Thời điểm chuyển đổi"), _vietnam_time(mark.converted_at), styles.body),
        text(_("Quét mã QR để đối chiếu với bản gốc có chữ ký số."), styles.small),
    ]
    text_width = width - code.width - 12
    table = layout_table(styles, [[lines, code]], [text_width, code.width + 12], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    return KeepTogether([Spacer(1, 6), table])
