"""The cover and the identity page ("trang 3") shared by the primary and secondary học bạ.

Layout data: the identity fields and the columns of the "Quá trình học tập" table are the tuples
below; the form modules only choose the level title.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, PageBreak, Spacer

from hocbaso_desktop.domain.glossary import Level, SignerRole
from hocbaso_desktop.domain.i18n import _, format_date
from hocbaso_desktop.domain.model import School, Student
from hocbaso_desktop.domain.record_book import RecordBook
from hocbaso_desktop.printing.blocks import (
    Column,
    SignatureCollector,
    SignatureSlot,
    Styles,
    field_line,
    grid,
    markup,
    national_header,
    signature_row,
    vietnamese_date,
)

HISTORY_COLUMNS = (
    Column("Năm học", 1.2, wrap=False), Column("Lớp", 0.8, wrap=False), Column("Tên trường", 3.2),
    Column("Số đăng bộ", 1.2, wrap=False), Column("Ngày nhập học / chuyển đến", 1.8, wrap=False),
)
LEVEL_TITLES = {Level.TIEU_HOC: "TIỂU HỌC", Level.THCS: "TRUNG HỌC CƠ SỞ", Level.THPT: "TRUNG HỌC PHỔ THÔNG"}


def _identity_fields(student: Student) -> tuple[tuple[str, str], ...]:
    return (
        (_("Họ và tên"), student.full_name.upper()),
        (_("Giới tính"), student.sex.label),
        (_("Ngày sinh"), student.birth.display()),
        (_("Nơi sinh"), student.birthplace),
        (_("Dân tộc"), student.ethnicity),
        (_("Quốc tịch"), student.nationality),
        (_("Nơi ở hiện nay"), student.residence),
        (_("Mã học sinh"), student.student_code),
        (_("Họ và tên cha"), student.father_name),
        (_("Họ và tên mẹ"), student.mother_name),
        (_("Người giám hộ"), student.guardian_name),
    )


def school_authority_lines(school: School) -> tuple[str, ...]:
    """The header's left lines: the governing department, then the school."""
    return (school.so_name, school.name)


def cover(book: RecordBook, styles: Styles) -> list[Flowable]:
    """The cover: ministry, HỌC BẠ, level, then the student's name and school."""
    school = book.school
    level = book.pages[0].level if book.pages else school.level.value
    story: list[Flowable] = [
        markup(_("BỘ GIÁO DỤC VÀ ĐÀO TẠO"), styles.title.clone("ministry", fontSize=14)), Spacer(1, 150),
        markup(_("HỌC BẠ"), styles.title.clone("cover", fontSize=40, leading=48)), Spacer(1, 12),
        markup(_(LEVEL_TITLES.get(level, "")), styles.title), Spacer(1, 120),
        field_line(_("Họ và tên học sinh"), book.student.full_name.upper(), styles.body),
        field_line(_("Trường"), school.name, styles.body),
        field_line(_("Xã/Phường"), school.commune, styles.body),
        field_line(_("Tỉnh/Thành phố"), school.province, styles.body),
        PageBreak(),
    ]
    return story


def identity_page(book: RecordBook, styles: Styles, width: float, collector: SignatureCollector, *,
                  note: str = "") -> list[Flowable]:
    """The national heading, identity, parents, the principal's confirmation and the "Quá trình học tập" table.

    `note` is written inside the principal's box (the issued file: where the digital signature is).
    """
    student = book.student
    story: list[Flowable] = [national_header(styles, school_authority_lines(book.school), width), Spacer(1, 10),
                             markup(_("HỌC BẠ"), styles.title), Spacer(1, 8)]
    story += [field_line(label, value, styles.body) for label, value in _identity_fields(student)]
    first = book.pages[0] if book.pages else None
    principal = first.principal if first else None
    story.append(Spacer(1, 6))
    slot = SignatureSlot(
        styles, SignerRole.PRINCIPAL, vietnamese_date(first.issued_on if first else None,
                                             first.issued_place if first else "")
        + "\n" + _("HIỆU TRƯỞNG"), _("(Ký, ghi rõ họ tên và đóng dấu)"),
        principal.full_name if principal else "", width=width * 0.5, collector=collector, year=None, box_height=56,
        note=note)
    story.append(signature_row(styles, ["", slot], [width * 0.5, width * 0.5]))
    story.append(Spacer(1, 8))
    story.append(markup(_("QUÁ TRÌNH HỌC TẬP"), styles.heading))
    rows = [(e.year, e.class_name, e.school_name, student.registry_number,
             format_date(e.on)) for e in book.history]
    story.append(grid(styles, HISTORY_COLUMNS, rows, width))
    story.append(PageBreak())
    return story


def page_header(book: RecordBook, styles: Styles, year: str, class_name: str) -> Flowable:
    """The line at the top of each year page: name, class and school year."""
    return markup(
        _("Họ và tên: <b>{n}</b> &nbsp;&nbsp; Lớp: <b>{c}</b> &nbsp;&nbsp; Năm học: <b>{y}</b>",
          n=escape(book.student.full_name), c=escape(class_name), y=escape(year)),
        styles.body)


