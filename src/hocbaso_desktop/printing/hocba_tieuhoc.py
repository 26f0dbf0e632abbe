"""The primary học bạ (TT27/2020, domain.md §2.10): one page (spread) per school year.

Sections 1–6 follow the Ministry's structure; the column titles and widths are the data below, so
the official template can replace them in one place. Levels are printed as the form's codes
(T/H/C for subjects, T/Đ/C for qualities and competencies) with the legend under the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import COMPETENCY, GENERAL, QUALITY
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.record_book import (
    PRIMARY_RESULT_NAMES,
    EntryValues,
    PrimaryOutcome,
    RecordBook,
    YearPage,
    primary_absences,
    primary_awards,
    primary_completion_text,
    primary_test_score,
)
from hocbaso_desktop.printing.blocks import (
    Column,
    SignatureCollector,
    SignatureSlot,
    Styles,
    field_line,
    grid,
    markup,
    signature_row,
    text,
    vietnamese_date,
)
from hocbaso_desktop.printing.identity import page_header

SUBJECT_COLUMNS = (
    Column("Môn học và hoạt động giáo dục", 2.7), Column("Mức đạt được", 1.0, wrap=False),
    Column("Điểm KTĐK", 0.9, wrap=False), Column("Nhận xét", 5.4),
)
ITEM_COLUMNS = (Column("", 2.7), Column("Mức đạt được", 1.0, wrap=False), Column("Nhận xét", 6.3))
SUBJECT_LEGEND = "Mức đạt được: T – Hoàn thành tốt; H – Hoàn thành; C – Chưa hoàn thành; M – Miễn."
ITEM_LEGEND = "Mức đạt được: T – Tốt; Đ – Đạt; C – Cần cố gắng."
# Signature row: GVCN on the left, the school's seal in the middle, the principal on the right (shares).
SIGNATURE_SHARES = (0.34, 0.30, 0.36)


def year_page_story(book: RecordBook, page: YearPage, styles: Styles, width: float,
                    collector: SignatureCollector) -> list[Flowable]:
    """The flowables of one school year's page of the primary học bạ."""
    values = page.values()
    outcome = page.outcome if isinstance(page.outcome, PrimaryOutcome) else None
    story: list[Flowable] = [page_header(book, styles, page.year, page.school_class.name), Spacer(1, 4)]

    story.append(markup(_("1. Môn học và hoạt động giáo dục"), styles.heading))
    rows = [(spec.name, values.get(spec.code, "cn", "level"), primary_test_score(values, spec),
             values.get(spec.code, "cn", "comment")) for spec in page.subjects]
    story += [grid(styles, SUBJECT_COLUMNS, rows, width), text(_(SUBJECT_LEGEND), styles.small), Spacer(1, 4)]

    story.append(CondPageBreak(120))
    story.append(markup(_("2. Những phẩm chất chủ yếu"), styles.heading))
    story.append(_items_table(styles, width, [(_("Phẩm chất"), catalogue.PRIMARY_QUALITIES,
                                               values.get(QUALITY, "cn", "comment"))], values, QUALITY))
    # The year is a spread: sections 1–2 on the left page, 3–6 and the signatures on the right one.
    story.append(PageBreak())
    story.append(page_header(book, styles, page.year, page.school_class.name))
    story.append(markup(_("3. Những năng lực cốt lõi"), styles.heading))
    story.append(_items_table(styles, width, [
        (_("Năng lực chung"), catalogue.PRIMARY_GENERAL_COMPETENCIES,
         values.get(COMPETENCY, "cn", "comment_general")),
        (_("Năng lực đặc thù"), catalogue.PRIMARY_SPECIFIC_COMPETENCIES,
         values.get(COMPETENCY, "cn", "comment_specific")),
    ], values, COMPETENCY))
    story.append(text(_(ITEM_LEGEND), styles.small))

    result = PRIMARY_RESULT_NAMES.get(outcome.result or "", "") if outcome else ""
    awards = primary_awards(values, outcome)
    closing: list[Flowable] = [
        Spacer(1, 4),
        field_line(_("4. Đánh giá kết quả giáo dục"), _(result) if result else "", styles.body),
        field_line(_("5. Khen thưởng"), "; ".join(awards) or _("Không"), styles.body),
        field_line(_("6. Hoàn thành chương trình lớp học / chương trình tiểu học"),
                   primary_completion_text(page.grade, outcome), styles.body),
        field_line(_("Số ngày nghỉ"), primary_absences(values), styles.body),
        field_line(_("Nhận xét chung của giáo viên chủ nhiệm"), values.get(GENERAL, "cn", "comment"), styles.body),
        Spacer(1, 6),
        signature_block(styles, page, width, collector),
    ]
    story.append(KeepTogether(closing))
    story.append(PageBreak())
    return story


ItemGroup = tuple[str, tuple[tuple[str, str], ...], str]  # (label, (code, name) items, the group's comment)


def _items_table(styles: Styles, width: float, groups: Sequence[ItemGroup], values: EntryValues,
                 pseudo: str) -> Table:
    """Qualities or competencies: a group row, one row per item, the group's comment spanning its rows."""
    rows: list[tuple] = []
    commands: list[tuple] = []
    for label, items, comment in groups:
        group_row = len(rows) + 1  # +1 for the header row
        rows.append((markup(f"<b>{label}</b>", styles.cell), "", ""))
        commands += [("SPAN", (0, group_row), (-1, group_row)),
                     ("BACKGROUND", (0, group_row), (-1, group_row), colors.Color(0.97, 0.97, 0.97))]
        first = len(rows) + 1
        for index, (code, name) in enumerate(items):
            rows.append((name, values.get(pseudo, "cn", code), text(comment, styles.cell) if index == 0 else ""))
        commands += [("SPAN", (2, first), (2, len(rows))), ("VALIGN", (2, first), (2, len(rows)), "TOP")]
    return grid(styles, ITEM_COLUMNS, rows, width, extra_style=commands)


def signature_block(styles: Styles, page: YearPage, width: float, collector: SignatureCollector) -> Flowable:
    """Place and date, then the GVCN, seal and principal slots of a year page."""
    gvcn_w, seal_w, head_w = (width * s for s in SIGNATURE_SHARES)
    gvcn = SignatureSlot(styles, SignerRole.HOMEROOM, _("GIÁO VIÊN CHỦ NHIỆM"), _("(Ký và ghi rõ họ tên)"),
                         page.homeroom_teacher.full_name if page.homeroom_teacher else "",
                         width=gvcn_w, collector=collector, year=page.year)
    # The seal's slot is captioned and aligned like the others; its box takes the school's digital seal.
    seal = SignatureSlot(styles, SignerRole.SEAL, _("DẤU CỦA NHÀ TRƯỜNG"), _("(Chữ ký số của nhà trường)"), "",
                         width=seal_w - 8, collector=collector, year=page.year)
    principal = SignatureSlot(styles, SignerRole.PRINCIPAL, _("XÁC NHẬN CỦA HIỆU TRƯỞNG"),
                              _("(Ký, ghi rõ họ tên và đóng dấu)"),
                              page.principal.full_name if page.principal else "",
                              width=head_w, collector=collector, year=page.year)
    place = text(vietnamese_date(page.issued_on, page.issued_place), styles.italic_right)
    return signature_row(styles, [gvcn, seal, principal], [gvcn_w, seal_w, head_w], above=["", "", place],
                         above_span=2)
