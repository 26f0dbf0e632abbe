"""The học bạ renderers on hand-built record books, checked with poppler (pdfinfo, pdffonts, pdftotext)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from hocbaso_desktop.domain.assessment import AssessmentEntry
from hocbaso_desktop.domain.errors import NotFoundError
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.domain.record_book import RecordBook, SecondaryOutcome
from hocbaso_desktop.printing import render_record_book, render_year_page, signature_boxes
from tests.fixtures.printing import CREATED, YEAR, pdf_fonts, pdf_info, pdf_text, pdf_words, record_book

A4 = (595.276, 841.89)


def _assert_a4_embedded_inside(data: bytes, *, landscape: bool = False) -> None:
    info = pdf_info(data)
    pages = int(info["Pages"])
    expected = f"{A4[1]} x {A4[0]}" if landscape else f"{A4[0]} x {A4[1]}"
    for n in range(1, pages + 1):
        assert info[f"Page {n:4d} size"].startswith(expected), info[f"Page {n:4d} size"]
    fonts = pdf_fonts(data)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    for page, pw, ph, x1, y1, x2, y2, word in pdf_words(data):
        assert x1 >= 0 and x2 <= pw and y1 >= 0 and y2 <= ph, (page, word)


@pytest.mark.parametrize("level, grade", [(Level.TIEU_HOC, 4), (Level.TIEU_HOC, 1), (Level.TIEU_HOC, 5),
                                          (Level.THCS, 6), (Level.THPT, 10)])
def test_record_book_is_a4_embedded_and_inside_the_page(level: Level, grade: int) -> None:
    book = record_book(5, level, grade)
    rendered = render_record_book(book, created=CREATED, prefer_system_font=False)
    _assert_a4_embedded_inside(rendered.data)
    assert int(pdf_info(rendered.data)["Pages"]) == rendered.page_count == 4  # cover, identity, 2-page spread


def test_primary_page_shows_name_levels_scores_and_result_in_nfc(primary_books: list[RecordBook]) -> None:
    book = primary_books[2]  # index 3: the name was typed in NFD
    assert unicodedata.is_normalized("NFD", book.student.full_name)
    text = pdf_text(render_record_book(book, created=CREATED, prefer_system_font=False).data)
    assert unicodedata.is_normalized("NFC", text)
    name = unicodedata.normalize("NFC", book.student.full_name)
    assert name in text and name.upper() in text
    page = book.pages[0]
    # this book's year-end levels are T and H only (at least one H) with tests from 7 to 10: Hoàn thành (TT27)
    assert [ln.strip() for ln in text.splitlines() if "kết quả giáo dục:" in ln] == \
        ["4. Đánh giá kết quả giáo dục: Hoàn thành"]
    values = page.values()
    for spec in page.subjects:
        line = next(ln for ln in text.splitlines() if ln.strip().startswith(spec.name.split(" (")[0]))
        assert values.get(spec.code, "cn", "level") in line.split()
        if "cn" in spec.tested_periods:
            assert values.get(spec.code, "cn", "test") in line.split()
    assert "Hoàn thành chương trình lớp 4" in text


def test_secondary_page_shows_averages_levels_teachers_and_promotion(secondary_books: list[RecordBook]) -> None:
    book = secondary_books[0]
    text = pdf_text(render_record_book(book, created=CREATED, prefer_system_font=False).data)
    outcome = book.pages[0].outcome
    assert isinstance(outcome, SecondaryOutcome)
    rows = [" ".join(line.split()) for line in text.splitlines()]
    position = 0
    for spec in book.pages[0].subjects:  # each subject's HK I, HK II and year results, in subject order
        result = outcome.subjects[spec.code]
        triple = f" {result.hk1} {result.hk2} {result.year} "
        position = next(i for i in range(position, len(rows)) if triple in f" {rows[i]} ")
    assert "Phan Thị Thu Hà" in text  # the subject teacher's name next to the comment
    assert "Được lên lớp" in text
    names = {"T": "Tốt", "K": "Khá", "Đ": "Đạt", "CĐ": "Chưa đạt"}
    results = text[text.index("2. Kết quả học tập và rèn luyện"):]
    year_line = next(ln for ln in results.splitlines() if ln.strip().startswith("Cả năm"))
    assert names[outcome.learning[2]] in year_line and names[outcome.conduct[2]] in year_line


def test_long_comment_wraps_inside_its_column(primary_books: list[RecordBook]) -> None:
    book = primary_books[0]
    page = book.pages[0]
    long_comment = " ".join(["Em đọc trôi chảy, viết đúng chính tả và trình bày sạch đẹp."] * 33)[:2000]
    entries = tuple(e for e in page.entries if not (e.subject == "TOAN" and e.component == "comment"))
    entries += (AssessmentEntry(book.student.id, "TOAN", "cn", "comment", long_comment),)
    book = replace(book, pages=(replace(page, entries=entries),))
    data = render_record_book(book, created=CREATED, prefer_system_font=False).data
    words = pdf_words(data)
    header = next(w for w in words if w[7] == "Nhận" and words[words.index(w) + 1][7] == "xét")
    column_left = header[3] - 130  # the "Nhận xét" title is centred in its column: the column is wider than this
    comment_words = [w for w in words if w[7] in ("trôi", "chảy,") and w[0] == header[0]]
    assert len(comment_words) > 20  # the comment was printed, on many lines
    right_edge = A4[0] - 15 * 72 / 25.4
    assert all(column_left < w[3] and w[5] <= right_edge for w in comment_words)


def test_same_input_gives_same_bytes_and_metadata(primary_books: list[RecordBook]) -> None:
    book = primary_books[1]
    first = render_record_book(book, created=CREATED, prefer_system_font=False).data
    again = render_record_book(book, created=CREATED, prefer_system_font=False).data
    later = render_record_book(book, created=datetime(2026, 6, 1, tzinfo=UTC), prefer_system_font=False).data
    assert first == again
    assert first != later
    info = pdf_info(first)
    assert info["Title"] == f"Học bạ – {book.student.full_name}"
    assert info["Author"] == book.school.name
    assert book.student.full_name in info["Subject"]
    assert info["CreationDate"].startswith("2026-05-25T08:00:00")


def test_signature_boxes_lie_under_their_titles_on_the_page(secondary_books: list[RecordBook]) -> None:
    rendered = render_year_page(secondary_books[0], YEAR, created=CREATED, prefer_system_font=False)
    boxes = signature_boxes(rendered, YEAR)
    assert set(boxes) == {"gvcn", "principal", "seal"}
    words = pdf_words(rendered.data)
    for role, title in (("gvcn", "CHỦ"), ("principal", "HIỆU")):
        page, (x1, y1, x2, y2) = boxes[role]
        assert 0 <= page < rendered.page_count and x1 < x2 and y1 < y2 and y2 - y1 >= 50
        assert x1 >= 0 and x2 <= A4[0] and y1 >= 0 and y2 <= A4[1]
        hits = [w for w in words if w[0] == page and w[7] == title and x1 <= w[3] <= x2]
        # pdftotext's y grows downwards: the title sits just above the box's top edge.
        assert any(0 < (A4[1] - w[6]) - y2 < 40 for w in hits), (role, hits, y2)
    (_pg, g), (_pp, p) = boxes["gvcn"], boxes["principal"]
    assert g[2] <= boxes["seal"][1][0] <= boxes["seal"][1][2] <= p[0]  # side by side, no overlap


def test_unknown_year_is_refused(primary_books: list[RecordBook]) -> None:
    with pytest.raises(NotFoundError):
        render_year_page(primary_books[0], "1999-2000", created=CREATED, prefer_system_font=False)
