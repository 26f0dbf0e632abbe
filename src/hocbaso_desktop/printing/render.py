"""Entry points: domain objects in, PDF bytes (with signature boxes) out.

Every function takes the creation time as a parameter (the PDF's CreationDate), so the same input
gives the same bytes. The form module is chosen by the page's level: TT27 for tiểu học, TT22 otherwise.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Spacer

from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.model import School, SchoolClass, Staff
from hocbaso_desktop.domain.record_book import RecordBook, YearPage
from hocbaso_desktop.errors import InvalidInputError, NotFoundError
from hocbaso_desktop.i18n import _
from hocbaso_desktop.printing import class_summary_pdf, hocba_thcs, hocba_tieuhoc
from hocbaso_desktop.printing.blocks import SignatureCollector, Styles, make_styles, markup, national_header
from hocbaso_desktop.printing.class_summary_pdf import SummaryRow
from hocbaso_desktop.printing.copy import CopyMark, conversion_block, conversion_footer
from hocbaso_desktop.printing.document import PdfMeta, RenderedPdf, build_pdf, content_width
from hocbaso_desktop.printing.fonts import register_fonts
from hocbaso_desktop.printing.identity import cover, identity_page, school_authority_lines


def _styles(prefer_system_font: bool, *, cell_size: float = 9.5) -> Styles:
    return make_styles(register_fonts(prefer_system=prefer_system_font), cell_size=cell_size)


def _year_story(book: RecordBook, page: YearPage, styles: Styles, width: float,
                collector: SignatureCollector) -> list[Flowable]:
    module = hocba_tieuhoc if page.level == Level.TIEU_HOC else hocba_thcs
    header = national_header(styles, school_authority_lines(book.school), width)
    return [header, Spacer(1, 6), *module.year_page_story(book, page, styles, width, collector)]


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
                       with_cover: bool = True, prefer_system_font: bool = True) -> RenderedPdf:
    """The whole học bạ: cover, identity page and the pages of `years` (all by default)."""
    styles, width, collector = _styles(prefer_system_font), content_width(), SignatureCollector()
    story: list[Flowable] = cover(book, styles) if with_cover else []
    story += identity_page(book, styles, width, collector)
    for page in _pages(book, years):
        story += _year_story(book, page, styles, width, collector)
    title = _("Học bạ – {n}", n=book.student.full_name)
    return build_pdf(story, _meta(book, title, created), styles.fonts, collector)


def render_year_page(book: RecordBook, year: str, *, created: datetime, prefer_system_font: bool = True,
                     footer: Callable[[int], str] | None = None) -> RenderedPdf:
    """One school year's page alone (what is signed and issued for that year).

    `footer(page_number)` is printed under every page (the issued artefact binds it to its signed data).
    """
    styles, width, collector = _styles(prefer_system_font), content_width(), SignatureCollector()
    (page,) = _pages(book, [year])
    story = _year_story(book, page, styles, width, collector)
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
    styles = _styles(prefer_system_font, cell_size=7.5)
    width, collector = content_width(wide=True), SignatureCollector()
    primary = school.level is Level.TIEU_HOC
    allowed = ("gk1", "ck1", "gk2", "cn") if primary else ("hk1", "hk2", "cn")
    if period not in allowed:
        raise InvalidInputError(_("Kì đánh giá “{p}” không hợp lệ; chọn một trong: {a}.", p=period,
                                  a=", ".join(allowed)), field="period")
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
