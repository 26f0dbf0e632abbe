"""The scan of a paper page (checked, images turned into PDF) and the converted page's PDF: results + scan.

The scan standard for paper → electronic copies (domain.md §4.8) is PDF ≥ 1.4, colour, ≥ 200 dpi: a PDF
must declare version 1.4 or later and open; a PNG/JPEG must decode, and when it states its resolution,
state at least 200 dpi. Images become a one-page-per-image PDF at their own resolution (Pillow).
The converted page's PDF is the transcribed results (signing's payload page) with the line
"Bản chuyển đổi từ học bạ giấy" stamped at the top of its first page, then the scan's pages.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache

from PIL import Image, UnidentifiedImageError
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.stamp import TextStamp, TextStampStyle

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.i18n import _, in_vietnamese
from hocbaso_desktop.printing import bundled_font_files
from hocbaso_desktop.signing.pdf_update import open_writer
from hocbaso_desktop.signing.stamp_font import STABLE_CHARACTERS, InMemoryFontFactory, cut_font

MAX_SCAN_BYTES = 20 * 1024 * 1024
MIN_DPI = 200
CONVERSION_MARK = "Bản chuyển đổi từ học bạ giấy"
_PDF_HEADER = re.compile(rb"^%PDF-(\d)\.(\d)")


@dataclass(frozen=True)
class Scan:
    """A checked scan as PDF bytes, its page count and what it was given as."""

    pdf: bytes
    pages: int
    source_type: str        # application/pdf, image/png or image/jpeg


def check_scan(data: bytes, name: str = "") -> Scan:
    """Check a scan (PDF or PNG/JPEG) and return it as PDF; InvalidInputError (Vietnamese) when it cannot be used."""
    label = name or _("bản scan")
    if not data:
        raise InvalidInputError(_("Tệp {f} rỗng.", f=label), field="scan")
    if len(data) > MAX_SCAN_BYTES:
        raise InvalidInputError(_("Tệp {f} lớn hơn {m} MB.", f=label, m=MAX_SCAN_BYTES // (1024 * 1024)),
                                field="scan")
    header = _PDF_HEADER.match(data[:16])
    if header:
        if (int(header.group(1)), int(header.group(2))) < (1, 4):
            raise InvalidInputError(_("Tệp {f} là PDF {v}; bản scan cần PDF 1.4 trở lên.", f=label,
                                      v=f"{header.group(1).decode()}.{header.group(2).decode()}"), field="scan")
        return Scan(data, _page_count(data, label), "application/pdf")
    if data.startswith(b"\x89PNG\r\n\x1a\n") or data.startswith(b"\xff\xd8\xff"):
        return _image_to_pdf(data, label)
    raise InvalidInputError(_("Tệp {f} không phải PDF, PNG hoặc JPEG.", f=label), field="scan")


def _page_count(data: bytes, label: str) -> int:
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        pages = int(reader.root["/Pages"]["/Count"])
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InvalidInputError(_("Không đọc được tệp PDF {f}: tệp hỏng.", f=label), field="scan") from exc
    if pages < 1:
        raise InvalidInputError(_("Tệp PDF {f} không có trang nào.", f=label), field="scan")
    return pages


def _image_to_pdf(data: bytes, label: str) -> Scan:
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()  # checks the file's structure; the image must be opened again to use it
        with Image.open(io.BytesIO(data)) as image:
            source = "image/png" if image.format == "PNG" else "image/jpeg"
            dpi = image.info.get("dpi")
            resolution = float(dpi[0]) if dpi and dpi[0] else float(MIN_DPI)
            if dpi and dpi[0] and round(resolution) < MIN_DPI:
                raise InvalidInputError(_("Ảnh {f} có độ phân giải {d} dpi; bản scan cần từ {m} dpi.", f=label,
                                          d=round(resolution), m=MIN_DPI), field="scan")
            out = io.BytesIO()
            image.convert("RGB").save(out, format="PDF", resolution=resolution)
    except InvalidInputError:
        raise
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise InvalidInputError(_("Không đọc được ảnh {f}: tệp hỏng.", f=label), field="scan") from exc
    return Scan(out.getvalue(), 1, source)


@in_vietnamese
def conversion_pdf(results_pdf: bytes, scan_pdf: bytes) -> bytes:
    """The converted page: `results_pdf` with the conversion mark on page 1, then every page of `scan_pdf`."""
    writer = open_writer(results_pdf)
    _stamp_first_page(writer, TextStamp(writer, _mark_style(), box=layout.BoxConstraints(width=220, height=14)))
    scan = PdfFileReader(io.BytesIO(scan_pdf), strict=False)
    count = int(scan.root["/Pages"]["/Count"])
    for index in range(count):
        page = scan.find_page_for_modification(index)[0].get_object()
        box = [float(v) for v in page.get("/MediaBox", [0, 0, 595.28, 841.89])]
        xobject = writer.import_page_as_xobject(scan, page_ix=index)
        content = generic.StreamObject(stream_data=b"q 1 0 0 1 %.3f %.3f cm /Scan Do Q\n" % (-box[0], -box[1]))
        new_page = generic.DictionaryObject({
            generic.NameObject("/Type"): generic.NameObject("/Page"),
            generic.NameObject("/MediaBox"): generic.ArrayObject(
                [generic.FloatObject(0), generic.FloatObject(0), generic.FloatObject(box[2] - box[0]),
                 generic.FloatObject(box[3] - box[1])]),
            generic.NameObject("/Resources"): generic.DictionaryObject({
                generic.NameObject("/XObject"): generic.DictionaryObject({generic.NameObject("/Scan"): xobject})}),
            generic.NameObject("/Contents"): writer.add_object(content),
        })
        writer.insert_page(new_page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@lru_cache(maxsize=1)
def _mark_style() -> TextStampStyle:
    """The mark's style, built once per process: the bundled italic cut to the mark's own characters.

    On the whole italic a stock pyHanko font engine parsed and subset ~600 KB for every page (~80 ms a page).
    """
    characters = {ord(c) for c in CONVERSION_MARK + STABLE_CHARACTERS}
    font = InMemoryFontFactory("", font_size=9, font_data=cut_font(bundled_font_files()["Italic"], characters))
    return TextStampStyle(stamp_text=CONVERSION_MARK, border_width=0,
                          text_box_style=TextBoxStyle(font=font, font_size=9))


def _stamp_first_page(writer: IncrementalPdfFileWriter, stamp: TextStamp) -> None:
    """Draw the mark at the top right of page 1, in its own content stream after the page's own ones.

    pyHanko's `apply` wraps the old content in one-byte "q"/"Q" streams that poppler joins to the next
    token ("q1"), so the stream list is built here with whitespace around every operator.
    """
    page_ref = writer.find_page_for_modification(0)[0]
    page = page_ref.get_object()
    resources = page.get("/Resources", generic.DictionaryObject()).get_object()
    xobjects = resources.get("/XObject", generic.DictionaryObject()).get_object()
    xobjects[generic.NameObject("/HocbasoMark")] = writer.add_object(stamp.as_form_xobject())
    resources[generic.NameObject("/XObject")] = xobjects
    page[generic.NameObject("/Resources")] = resources
    old = page.get("/Contents")
    streams = list(old.get_object()) if isinstance(old.get_object(), generic.ArrayObject) else [old]
    mark = generic.StreamObject(stream_data=b"\nq 1 0 0 1 330 812 cm /HocbasoMark Do Q\n")
    page[generic.NameObject("/Contents")] = generic.ArrayObject([*streams, writer.add_object(mark)])
    writer.update_container(page)
