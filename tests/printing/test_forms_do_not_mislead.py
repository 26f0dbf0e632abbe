"""Issue 15 item 7: printed forms that could mislead (draft mark, national heading, header, place, signature boxes).

Every check reads the PDF with poppler (pdftotext), an independent tool, never the renderer's own story.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

from hocbaso_desktop.domain import i18n
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.printing import render_record_book, render_year_page, signature_boxes
from hocbaso_desktop.services import open_session
from hocbaso_desktop.services.record_book import student_record_book
from hocbaso_desktop.signing import issuance, pdf_signer
from hocbaso_desktop.storage import records_repo, school_repo
from tests.fixtures.printing import CREATED, YEAR, pdf_text, pdf_words, record_book
from tests.fixtures.school import DEMO_PASSWORD

DRAFT = "BẢN NHÁP – CHƯA PHÁT HÀNH"


def _pages(data: bytes) -> list[str]:
    return pdf_text(data).split("\f")[:-1]


def test_every_page_of_a_draft_carries_the_draft_mark():
    draft = render_record_book(record_book(5, Level.TIEU_HOC, 3), created=CREATED, prefer_system_font=False)
    pages = _pages(draft.data)
    assert len(pages) == draft.page_count == 4  # cover, student information, the year's two pages
    assert all(DRAFT in page for page in pages), [i for i, p in enumerate(pages) if DRAFT not in p]
    alone = render_year_page(record_book(6, Level.THCS, 8), YEAR, created=CREATED, prefer_system_font=False)
    assert all(DRAFT in page for page in _pages(alone.data))


def test_an_issued_record_prints_without_the_draft_mark():
    issued = render_record_book(record_book(5, Level.TIEU_HOC, 3, issued=True), created=CREATED,
                                prefer_system_font=False)
    assert not any(DRAFT in page for page in _pages(issued.data))


def test_documents_stay_vietnamese_when_the_interface_is_english():
    i18n.set_language("en")
    draft = render_record_book(record_book(5, Level.TIEU_HOC, 3), created=CREATED, prefer_system_font=False)
    text = pdf_text(draft.data)
    assert DRAFT in text and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "QUÁ TRÌNH HỌC TẬP" in text


def test_the_student_information_page_has_the_national_heading():
    book = render_record_book(record_book(3, Level.TIEU_HOC, 4, issued=True), created=CREATED,
                              prefer_system_font=False)
    identity = _pages(book.data)[1]
    assert "QUÁ TRÌNH HỌC TẬP" in identity
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in identity and "Độc lập – Tự do – Hạnh phúc" in identity


def test_the_header_does_not_wrap_a_long_department_name():
    book = record_book(3, Level.TIEU_HOC, 4, issued=True)
    book = replace(book, school=replace(book.school, so_name="Sở Giáo dục và Đào tạo TP. Hồ Chí Minh",
                                        name="Trường Tiểu học Nguyễn Bỉnh Khiêm"))
    rendered = render_record_book(book, created=CREATED, prefer_system_font=False)
    for page in _pages(rendered.data)[1:3]:  # the student information page and the year's first page
        assert "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH" in page, page[:400]
        assert not re.search(r"^\s*MINH\b", page, re.M)


def test_the_place_on_the_date_lines_is_the_same_on_every_page_draft_or_issued(small_demo_school):
    with open_session(small_demo_school.path, "hieutruong", DEMO_PASSWORD) as session:
        school = school_repo.get_school(session.db)
        klass = school_repo.find_class(session.db, small_demo_school.year, "4A")
        student = school_repo.students_in_class(session.db, klass.id)[0]
        draft = student_record_book(session, student.id)
        assert {p.issued_place for p in draft.pages} == {school.commune}
        rendered = render_record_book(draft, created=datetime(2026, 11, 23, tzinfo=UTC), prefer_system_font=False)
        places = set(re.findall(r"([\wÀ-ỹ. ]+), ngày", pdf_text(rendered.data)))
        assert {p.strip() for p in places} == {school.commune}
        issuance.prepare_class(session, klass.id)
        locked = records_repo.latest_for_class(session.db, klass.id)
        assert {s.record.issued_place for s in locked} == {school.commune}


def test_a_stamp_names_the_capacity_once_with_room_between_lines():
    stamp = pdf_signer.VisibleStamp("Trần Thu Mai – Giáo viên chủ nhiệm", "Giáo viên chủ nhiệm",
                                    datetime(2026, 11, 23, 3, 0, tzinfo=UTC))
    assert stamp.text().count("Giáo viên chủ nhiệm") == 1
    assert stamp.text().splitlines()[0] == "Ký bởi: Trần Thu Mai"
    style = pdf_signer.stamp_style().text_box_style
    assert style.leading >= 1.4 * style.font_size  # two-mark capitals (Ễ) clear the line above


def test_signature_slot_lines_do_not_overlap():
    rendered = render_year_page(record_book(4, Level.THCS, 8, issued=True), YEAR, created=CREATED,
                                prefer_system_font=False)
    words = [w for w in pdf_words(rendered.data) if w[0] == rendered.page_count - 1]
    for title, below in (("CHỦ", "(Ký"), ("DẤU", "(Chữ"), ("TRƯỞNG", "(Ký,")):
        top = next(w for w in words if w[7] == title)
        under = min((w for w in words if w[7] == below and w[6] > top[6] and abs(w[3] - top[3]) < 200),
                    key=lambda w: w[6])
        size = top[6] - top[4]
        assert under[4] - top[6] >= 0.2 * size, (title, top, under)  # a gap, not touching


def test_the_seal_box_is_captioned_and_level_with_the_others():
    rendered = render_year_page(record_book(4, Level.THCS, 8, issued=True), YEAR, created=CREATED,
                                prefer_system_font=False)
    boxes = signature_boxes(rendered, YEAR)
    (_pg, gvcn), (_ps, seal), (_pp, principal) = boxes["gvcn"], boxes["seal"], boxes["principal"]
    assert abs(seal[3] - gvcn[3]) < 1 and abs(seal[3] - principal[3]) < 1  # same top edge
    assert seal[2] - seal[0] >= 120 and seal[3] - seal[1] >= 50
    assert gvcn[2] <= seal[0] and seal[2] <= principal[0]
    text = _pages(rendered.data)[-1]
    assert "DẤU CỦA NHÀ TRƯỜNG" in text
