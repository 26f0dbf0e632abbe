"""The certified paper copy: conversion mark, record identity, converter, and the QR code or its placeholder."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
import segno
from PIL import Image

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.domain.record_book import RecordBook
from hocbaso_desktop.printing import CopyMark, render_certified_copy
from hocbaso_desktop.printing.copy import MODULE_PT, QUIET_ZONE
from tests.fixtures.printing import CREATED, YEAR, pdf_fonts, pdf_text, record_book

MARK = CopyMark(system_name="Phần mềm Học bạ số", system_owner="Trường THCS Nguyễn Trãi",
                converter_name="Nguyễn Thị Văn Thư", converter_unit="Tổ văn phòng",
                converted_at=datetime(2026, 6, 2, 2, 30, tzinfo=UTC), system_url="https://hocba.example.vn")
QR_TEXT = "HB1:6BFOXN*TS0BI$ZD4N9:9S6RCVN5+O30K3/XIV0W23NTDEXWK G2EP4J0BGJLFX3R3VHXK.PB--M:F62WP"


def test_copy_carries_the_legal_conversion_information(secondary_books: list[RecordBook]) -> None:
    book = secondary_books[0]
    record = book.pages[0].record
    rendered = render_certified_copy(book, YEAR, MARK, created=CREATED, prefer_system_font=False)
    text = pdf_text(rendered.data)
    assert "BẢN CHUYỂN ĐỔI TỪ HỌC BẠ SỐ" in text
    assert record.id in text and "Phiên bản: 2" in text
    assert "Hệ thống lưu giữ bản gốc: Phần mềm Học bạ số" in text and "https://hocba.example.vn" in text
    assert "Nguyễn Thị Văn Thư – Tổ văn phòng" in text
    assert "09:30, 02/06/2026 (giờ Việt Nam)" in text  # 02:30 UTC shown in Vietnam time
    assert "Vị trí mã QR xác thực" in text  # no QR text given: the placeholder, never an invented code
    # Every page carries the mark in its footer, with the record id and version.
    pages = text.split("\f")
    printed = [p for p in pages if p.strip()]
    assert len(printed) == rendered.page_count
    assert all(f"Bản chuyển đổi từ học bạ số – mã học bạ {record.id} – phiên bản 2" in p for p in printed)
    # "Everything of the record": the identity page and the results are there too.
    assert "QUÁ TRÌNH HỌC TẬP" in text and "Kết quả rèn luyện" in text
    assert all(embedded for _n, embedded in pdf_fonts(rendered.data))


def test_unissued_page_cannot_be_copied() -> None:
    book = record_book(2, Level.TIEU_HOC, 3, issued=False)
    with pytest.raises(InvalidInputError, match="chưa phát hành"):
        render_certified_copy(book, YEAR, MARK, created=CREATED, prefer_system_font=False)


def _qr_modules_from_page(pdf: Path, page: int, dpi: int = 300) -> list[list[bool]]:
    """Rasterise the page and read the QR symbol back module by module (no decoder library needed)."""
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", str(page + 1), "-l", str(page + 1),
                    "-singlefile", str(pdf), str(prefix)], check=True)
    image = Image.open(f"{prefix}.png").convert("L")
    _width, height = image.size
    pixels = image.load()
    scale = dpi / 72
    # The code sits in the right-hand cell of the conversion block, inside its 6 pt padding.
    right = int((595.276 - 15 * 72 / 25.4 - 6) * scale) - 4
    symbol = segno.make(QR_TEXT, error="q", boost_error=False)
    size = len(list(symbol.matrix_iter(border=QUIET_ZONE)))
    left = int(right - size * MODULE_PT * scale) + 8
    counts = [sum(pixels[x, y] < 128 for x in range(left, right)) for y in range(height)]
    # The block's frame: the first and last full-width dark rows; the code lies between them.
    frame = [y for y, n in enumerate(counts) if n >= (right - left) * 0.9]
    dark_rows = [y for y in range(frame[0], frame[-1]) if 0 < counts[y] < (right - left) * 0.9]
    dark_cols = [x for x in range(left, right) if any(pixels[x, y] < 128 for y in dark_rows)]
    top, x0 = dark_rows[0], dark_cols[0]
    inner = size - 2 * QUIET_ZONE
    module = (dark_cols[-1] - x0 + 1) / inner
    return [[pixels[int(x0 + (c + 0.5) * module), int(top + (r + 0.5) * module)] < 128 for c in range(inner)]
            for r in range(inner)]


def test_given_qr_text_is_drawn_as_that_code(secondary_books: list[RecordBook], tmp_path: Path) -> None:
    book = secondary_books[1]
    rendered = render_certified_copy(book, YEAR, replace(MARK, qr_text=QR_TEXT), created=CREATED,
                                     prefer_system_font=False)
    assert "Vị trí mã QR xác thực" not in pdf_text(rendered.data)
    pdf = tmp_path / "copy.pdf"
    pdf.write_bytes(rendered.data)
    expected = [[bool(v) for v in row] for row in segno.make(QR_TEXT, error="q", boost_error=False).matrix]
    assert _qr_modules_from_page(pdf, rendered.page_count - 1) == expected
