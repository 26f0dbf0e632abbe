"""Shared building blocks of every form: styles, text, the national header, grids and signature slots.

The form modules describe *what* goes where (column titles and widths as data); these blocks know
*how* it is drawn. Text always goes through `text()` (NFC, XML-escaped), so a name with "&" or "<" or
decomposed accents prints correctly. Grids are platypus Tables: they split between rows only, repeat
their header rows on the next page, and wrap long cell text inside the cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from hocbaso_desktop.domain.i18n import _, nfc
from hocbaso_desktop.printing.fonts import FontFamily

Cell = str | Flowable


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of the forms, all in the one registered serif family."""

    fonts: FontFamily
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    head: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    italic: ParagraphStyle
    italic_right: ParagraphStyle
    tiny: ParagraphStyle


def make_styles(fonts: FontFamily, *, cell_size: float = 9.5) -> Styles:
    """Build the styles for a family; `cell_size` is the table text size (smaller on wide sheets)."""
    def style(name: str, size: float, *, font: str = fonts.regular, align: int = TA_LEFT,
              space: float = 0) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.22, alignment=align,
                              spaceAfter=space)
    return Styles(
        fonts=fonts,
        body=style("body", 11.5, space=2),
        small=style("small", 9),
        cell=style("cell", cell_size),
        cell_center=style("cellc", cell_size, align=TA_CENTER),
        head=style("head", cell_size, font=fonts.bold, align=TA_CENTER),
        title=style("title", 18, font=fonts.bold, align=TA_CENTER, space=6),
        heading=style("heading", 12, font=fonts.bold, space=3),
        italic=style("italic", 11, font=fonts.italic, align=TA_CENTER),
        italic_right=style("italic_right", 11, font=fonts.italic, align=TA_RIGHT),
        tiny=style("tiny", 7.5, align=TA_CENTER),
    )


def text(value: object, style: ParagraphStyle) -> Paragraph:
    """A wrapping paragraph of plain text (NFC, escaped; line breaks kept)."""
    body = escape(nfc(str(value if value is not None else ""))).replace("\n", "<br/>")
    return Paragraph(body, style)


def markup(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of trusted reportlab markup (<b>, <i>) written by the form modules, never user text."""
    return Paragraph(nfc(value), style)


def field_line(label: str, value: object, style: ParagraphStyle) -> Paragraph:
    """"Label: value" with the label plain and the (escaped) value bold."""
    return markup(f"{escape(label)}: <b>{escape(nfc(str(value or '')))}</b>", style)


def vietnamese_date(day: date | None, place: str = "") -> str:
    """"Place, ngày 25 tháng 05 năm 2026" (dots when the date is not known yet)."""
    when = (_("ngày {d:02d} tháng {m:02d} năm {y}", d=day.day, m=day.month, y=day.year) if day
            else _("ngày ...... tháng ...... năm ......"))
    return f"{place}, {when}" if place else when[:1].upper() + when[1:]


def national_header(styles: Styles, left_lines: Sequence[str], width: float) -> Table:
    """The header of every form: the school's authority on the left, the national motto on the right."""
    widths = (width * 0.44, width * 0.56)
    left = [text(line.upper(), one_line_style(line.upper(), styles.head, widths[0] - 4))
            for line in left_lines if line]
    right = [markup(_("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), styles.head),
             markup("<u>" + _("Độc lập – Tự do – Hạnh phúc") + "</u>", styles.head)]
    return layout_table(styles, [[left, right]], list(widths), [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])


MIN_HEADER_SIZE = 7.0  # points: below this a line is allowed to wrap rather than become unreadable


def one_line_style(line: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """`style`, smaller when needed so that `line` fits on one line of `width` ("SỞ GD&ĐT TP. HỒ CHÍ MINH"
    must not break before "MINH"); never below MIN_HEADER_SIZE."""
    size = style.fontSize
    while size > MIN_HEADER_SIZE and stringWidth(nfc(line), style.fontName, size) > width:
        size -= 0.25
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", parent=style, fontSize=size, leading=size * 1.22)


def layout_table(styles: Styles, rows: Sequence[Sequence[object]], widths: Sequence[float],
                 commands: Sequence[tuple]) -> Table:
    """A table used for layout; its cell font is set, because reportlab otherwise selects an
    unembedded Helvetica for every cell, even cells holding only paragraphs."""
    table = Table([list(r) for r in rows], colWidths=list(widths))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9), *commands]))
    return table


@dataclass(frozen=True)
class Column:
    """A grid column: its title and its share of the table width, or a fixed width in points."""

    title: str
    weight: float
    wrap: bool = True       # False: short values drawn as plain centred strings (cheaper than Paragraphs)
    fixed: float | None = None  # points; the weighted columns share what the fixed ones leave


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    """Widths in points: fixed columns first, the rest shared by weight."""
    spare = width - sum(c.fixed for c in columns if c.fixed is not None)
    total = sum(c.weight for c in columns if c.fixed is None) or 1.0
    return [c.fixed if c.fixed is not None else spare * c.weight / total for c in columns]


def grid(styles: Styles, columns: Sequence[Column], rows: Sequence[Sequence[object]], width: float, *,
         header: Sequence[Sequence[Cell]] | None = None, extra_style: Sequence[tuple] = (),
         header_spans: Sequence[tuple] = ()) -> Table:
    """A ruled table with header rows repeated on each page; text that does not fit its cell wraps."""
    widths = column_widths(columns, width)
    bold, size = styles.fonts.bold, styles.cell.fontSize
    head_rows = [list(r) for r in header] if header is not None else [
        [_fit(c.title, w, bold, size, styles.head) for c, w in zip(columns, widths, strict=True)]]
    body = [[_cell(v, col, w, styles) for v, col, w in zip(row, columns, widths, strict=True)] for row in rows]
    n_head = len(head_rows)
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # All cells, header included: an empty string cell would otherwise pull in unembedded Helvetica.
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, size),
        ("FONT", (0, 0), (-1, n_head - 1), bold, size),
        ("ALIGN", (0, 0), (-1, n_head - 1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("BACKGROUND", (0, 0), (-1, n_head - 1), colors.Color(0.93, 0.93, 0.93)),
        *header_spans, *extra_style,
    ]
    commands += [("ALIGN", (i, n_head), (i, -1), "CENTER") for i, c in enumerate(columns) if not c.wrap]
    table = Table(head_rows + body, colWidths=widths, repeatRows=n_head, splitByRow=1)
    table.setStyle(TableStyle(commands))
    return table


PAD = 2.5  # horizontal cell padding, points


def _fit(value: str, width: float, font: str, size: float, style: ParagraphStyle) -> Cell:
    """A plain string when it fits on one line of the cell (much cheaper to lay out), else a wrapping paragraph."""
    plain = nfc(value)
    if "\n" not in plain and stringWidth(plain, font, size) <= width - 2 * PAD - 0.5:
        return plain
    return text(plain, style)


def _cell(value: object, column: Column, width: float, styles: Styles) -> Cell:
    if isinstance(value, Flowable):
        return value
    plain = "" if value is None else str(value)
    return _fit(plain, width, styles.fonts.regular, styles.cell.fontSize,
                styles.cell if column.wrap else styles.cell_center)


@dataclass
class SignatureCollector:
    """Collects where each signature slot was drawn: (role, year, page index, rectangle in points)."""

    boxes: list[tuple[str, str | None, int, tuple[float, float, float, float]]] = field(default_factory=list)


class SignatureSlot(Flowable):
    """A signature block: title, instruction, an empty box for the (visible) signature, then the name.

    When drawn it reports the empty box's absolute rectangle to the collector, so signing can place a
    visible PAdES signature exactly there.
    """

    def __init__(self, styles: Styles, role: str, title: str, instruction: str, name: str, *,
                 width: float, collector: SignatureCollector, year: str | None, box_height: float = 62,
                 note: str = "") -> None:
        super().__init__()
        self.role, self.year, self.collector = role, year, collector
        self.width, self.box_height = width, box_height
        # leading 1.35×: a line's capital accents (Ễ, Ộ) must not touch the line above
        self._title = text(title, ParagraphStyle("slot-title", parent=styles.head,
                                                 leading=styles.head.fontSize * 1.35)) if title else None
        self._instruction = text(instruction, ParagraphStyle(
            "instr", parent=styles.italic, fontSize=9.5, leading=12.5)) if instruction else None
        self._name = text(name, styles.head)
        self._note = text(note, ParagraphStyle("note", parent=styles.italic, fontSize=9, leading=12)) if note else None

    def _parts(self) -> list[Paragraph]:
        return [p for p in (self._title, self._instruction) if p is not None]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Size: the captions, the box and the name stacked."""
        self._heights = [p.wrap(self.width, available_height)[1] for p in self._parts()]
        self._name_h = self._name.wrap(self.width, available_height)[1]
        self.height = sum(self._heights) + self.box_height + self._name_h + 4
        return self.width, self.height

    def draw(self) -> None:
        """Draw the captions and the name, and record the box between them."""
        y = self.height
        for paragraph, h in zip(self._parts(), self._heights, strict=True):
            y -= h
            paragraph.drawOn(self.canv, 0, y)
        box_top = y - 2
        box_bottom = box_top - self.box_height
        self._name.drawOn(self.canv, 0, box_bottom - self._name_h - 2)
        if self._note is not None:
            note_h = self._note.wrap(self.width - 12, self.box_height)[1]
            self._note.drawOn(self.canv, 6, box_bottom + (self.box_height - note_h) / 2)
        x1, y1 = self.canv.absolutePosition(0, box_bottom)
        x2, y2 = self.canv.absolutePosition(self.width, box_top)
        page = self.canv.getPageNumber() - 1
        self.collector.boxes.append((self.role, self.year, page, (round(x1, 2), round(y1, 2), round(x2, 2),
                                                                 round(y2, 2))))


def signature_row(styles: Styles, slots: Sequence[Flowable | str], widths: Sequence[float],
                  above: Sequence[Flowable | str] | None = None, *, above_span: int = 1) -> Table:
    """Signature slots side by side, top-aligned, with an optional row above (place and date); one block.

    `above_span` lets the last cell of the row above run over that many columns (a long
    "Phường …, ngày … tháng … năm …" line that would otherwise break inside one column).
    """
    rows = ([list(above)] if above is not None else []) + [list(slots)]
    # Empty cells become spacers: a string cell would be drawn in the Table's default Helvetica.
    rows = [[Spacer(0, 0) if cell == "" else cell for cell in row] for row in rows]
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    if above is not None and above_span > 1:
        last = len(widths) - 1
        rows[0][last - above_span + 1] = rows[0][last]
        commands.append(("SPAN", (last - above_span + 1, 0), (last, 0)))
    return layout_table(styles, rows, widths, commands)
