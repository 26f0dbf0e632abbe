"""Entry points: domain objects in, PDF bytes (with signature boxes) out.

The forms are Vietnamese whatever the interface language (i18n.vietnamese()); the checks of the
input come first, outside it, so a refused input is reported in the user's language.

Every function takes the creation time as a parameter (the PDF's CreationDate), so the same input
gives the same bytes. The form module is chosen by the page's level: TT27 for tiểu học, TT22 otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _, vietnamese
from hocbaso_desktop.domain.model import RecordStatus, School, SchoolClass, Staff
from hocbaso_desktop.domain.record_book import RecordBook, YearPage
from hocbaso_desktop.printing import class_summary_pdf, hocba_thcs, hocba_tieuhoc
from hocbaso_desktop.printing.blocks import SignatureCollector, Styles, make_styles, markup, national_header
from hocbaso_desktop.printing.class_summary_pdf import SummaryRow
from hocbaso_desktop.printing.copy import CopyMark, conversion_block, conversion_footer
from hocbaso_desktop.printing.document import PageMark, PdfMeta, RenderedPdf, build_pdf, content_width
from hocbaso_desktop.printing.fonts import register_fonts
from hocbaso_desktop.printing.identity import cover, identity_page, school_authority_lines


def _styles(prefer_system_font: bool, *, cell_size: float = 9.5) -> Styles:
    return make_styles(register_fonts(prefer_system=prefer_system_font), cell_size=cell_size)


def is_draft(page: YearPage) -> bool:
    """True when the page is not (yet) issued: no record, or a record still being entered, locked or signed."""
    return page.record is None or page.record.status not in (RecordStatus.ISSUED, RecordStatus.REVOKED)


def draft_mark() -> str:
    """The words on every page of a printed draft."""
    return _("BẢN NHÁP – CHƯA PHÁT HÀNH")


def _mark(on: bool) -> PageMark:
    return PageMark(draft_mark() if on else None)


def _year_story(book: RecordBook, page: YearPage, styles: Styles, width: float,
                collector: SignatureCollector, *, mark_drafts: bool = True) -> list[Flowable]:
    module = hocba_tieuhoc if page.level == Level.TIEU_HOC else hocba_thcs
    header = national_header(styles, school_authority_lines(book.school), width)
    return [_mark(mark_drafts and is_draft(page)), header, Spacer(1, 6),
            *module.year_page_story(book, page, styles, width, collector)]


def _pages(book: RecordBook, years: Sequence[str] | None) -> list[YearPage]:
    if years is None:
        return list(book.pages)
    pages = []
    for year in years:
        page = book.page(year)
        if page is None:
            raise NotFoundError(_("Học bạ của {n} không có năm học {y}.", n=book.student.full_name, y=year))
        pages.append(page)
    return pages


def _meta(book: RecordBook, title: str, created: datetime) -> PdfMeta:
    return PdfMeta(title=title, author=book.school.name,
                   subject=_("Học bạ của học sinh {n}", n=book.student.full_name), created=created)


def render_record_book(book: RecordBook, *, created: datetime, years: Sequence[str] | None = None,
                       with_cover: bool = True, prefer_system_font: bool = True, mark_drafts: bool = True,
                       footer: Callable[[int], str] | None = None, identity_note: str = "") -> RenderedPdf:
    """The whole học bạ: cover, identity page and the pages of `years` (all by default).

    Pages not issued carry the draft mark, and so do the cover and the identity page when any printed
    year is a draft; `mark_drafts=False` only for the issued artefact itself (drawn before it is issued).
    `footer(page_number)` is printed under every page; `identity_note` goes in the identity page's
    signature box (the issued file says there where the principal's digital signature is).
    """
    pages = _pages(book, years)  # before the document's Vietnamese: an error speaks the user's language
    with vietnamese():
        styles, width, collector = _styles(prefer_system_font), content_width(), SignatureCollector()
        any_draft = mark_drafts and any(is_draft(p) for p in pages)
        story: list[Flowable] = [_mark(any_draft)]
        story += cover(book, styles) if with_cover else []
        story += identity_page(book, styles, width, collector, note=identity_note)
        for page in pages:
            story += _year_story(book, page, styles, width, collector, mark_drafts=mark_drafts)
        title = _("Học bạ – {n}", n=book.student.full_name)
        return build_pdf(story, _meta(book, title, created), styles.fonts, collector, footer=footer)


def render_year_page(book: RecordBook, year: str, *, created: datetime, prefer_system_font: bool = True,
                     footer: Callable[[int], str] | None = None, mark_drafts: bool = True) -> RenderedPdf:
    """One school year's page alone (a draft carries the draft mark unless `mark_drafts` is False).

    `footer(page_number)` is printed under every page (the issued artefact binds it to its signed data).
    """
    (page,) = _pages(book, [year])
    with vietnamese():
        styles, width, collector = _styles(prefer_system_font), content_width(), SignatureCollector()
        story = _year_story(book, page, styles, width, collector, mark_drafts=mark_drafts)
        title = _("Học bạ năm học {y} – {n}", y=year, n=book.student.full_name)
        return build_pdf(story, _meta(book, title, created), styles.fonts, collector, footer=footer)


def render_certified_copy(book: RecordBook, year: str, mark: CopyMark, *, created: datetime,
                          prefer_system_font: bool = True) -> RenderedPdf:
    """The paper copy of an issued year page: identity, the page, the conversion mark and the QR area."""
    (page,) = _pages(book, [year])
    record = page.record
    if record is None:
        raise InvalidInputError(_("Học bạ năm học {y} của {n} chưa phát hành, không thể in bản chuyển đổi.",
                                  y=year, n=book.student.full_name), field="year")
    with vietnamese():
        styles, width, collector = _styles(prefer_system_font), content_width(), SignatureCollector()
        story = identity_page(book, styles, width, collector)
        year_story = _year_story(book, page, styles, width, collector)
        story += [*year_story[:-1], conversion_block(styles, record, mark, width)]  # drop the final page break
        title = _("Bản chuyển đổi từ học bạ số – {n} – {y}", n=book.student.full_name, y=year)
        return build_pdf(story, _meta(book, title, created), styles.fonts, collector,
                         footer=lambda n: conversion_footer(record) + _(" – trang {n}", n=n))


def render_class_summary(school: School, school_class: SchoolClass, rows: Sequence[SummaryRow],
                         subjects: Sequence[SubjectSpec], period: str, *, created: datetime,
                         homeroom_teacher: Staff | None = None, prefer_system_font: bool = True) -> RenderedPdf:
    """The class summary sheet of one class at one checkpoint (primary) or semester/year (secondary)."""
    primary = school.level is Level.TIEU_HOC
    allowed = ("gk1", "ck1", "gk2", "cn") if primary else ("hk1", "hk2", "cn")
    if period not in allowed:
        raise InvalidInputError(_("Kì đánh giá “{p}” không hợp lệ; chọn một trong: {a}.", p=period,
                                  a=", ".join(allowed)), field="period")
    with vietnamese():
        return _class_summary(school, school_class, rows, subjects, period, created=created,
                              homeroom_teacher=homeroom_teacher, prefer_system_font=prefer_system_font)


def _class_summary(school: School, school_class: SchoolClass, rows: Sequence[SummaryRow],
                   subjects: Sequence[SubjectSpec], period: str, *, created: datetime,
                   homeroom_teacher: Staff | None, prefer_system_font: bool) -> RenderedPdf:
    styles = _styles(prefer_system_font, cell_size=7.5)
    width, collector = content_width(wide=True), SignatureCollector()
    primary = school.level is Level.TIEU_HOC
    builder = class_summary_pdf.primary_sheet_story if primary else class_summary_pdf.secondary_sheet_story
    teacher = homeroom_teacher.full_name if homeroom_teacher else ""
    story: list[Flowable] = [
        national_header(styles, school_authority_lines(school), width), Spacer(1, 4),
        markup(_("Lớp: <b>{c}</b> &nbsp;&nbsp; Năm học: <b>{y}</b> &nbsp;&nbsp; Giáo viên chủ nhiệm: <b>{t}</b>",
                 c=escape(school_class.name), y=escape(school_class.year), t=escape(teacher)), styles.body),
        *builder(rows, subjects, period, styles, width, collector),
    ]
    meta = PdfMeta(title=_("Bảng tổng hợp kết quả lớp {c} – {y}", c=school_class.name, y=school_class.year),
                   author=school.name, subject=_("Kết quả đánh giá giáo dục của lớp"), created=created)
    return build_pdf(story, meta, styles.fonts, collector, wide=True)
