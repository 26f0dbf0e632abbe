"""The THCS/THPT học bạ (TT22/2021, domain.md §3.11): one page per school year.

The official template was not found; the page prints the content of §3.11 in the primary form's
structure (subjects table, results, signatures), its columns being the data below.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from hocbaso_desktop.domain.assessment import ABSENCES, GENERAL
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.record_book import (
    RecordBook,
    SecondaryOutcome,
    SubjectOutcome,
    YearPage,
    level_name,
    promotion_text,
)
from hocbaso_desktop.printing.blocks import (
    Column,
    SignatureCollector,
    Styles,
    field_line,
    grid,
    markup,
    text,
)
from hocbaso_desktop.printing.hocba_tieuhoc import signature_block
from hocbaso_desktop.printing.identity import page_header

SUBJECT_COLUMNS = (
    Column("Môn học / hoạt động giáo dục", 2.4), Column("Học kì I", 0.75, wrap=False),
    Column("Học kì II", 0.75, wrap=False), Column("Cả năm", 0.75, wrap=False),
    Column("Điểm KT lại / đánh giá lại", 0.95, wrap=False),
    Column("Nhận xét của giáo viên môn học; họ tên giáo viên", 4.4),
)
RESULT_COLUMNS = (
    Column("", 1.6), Column("Kết quả học tập", 1.2, wrap=False), Column("Kết quả rèn luyện", 1.2, wrap=False),
)
LEGEND = "Điểm trung bình môn hoặc mức đánh giá: Đ – Đạt; CĐ – Chưa đạt; M – Miễn."


def year_page_story(book: RecordBook, page: YearPage, styles: Styles, width: float,
                    collector: SignatureCollector) -> list[Flowable]:
    """The flowables of one school year's page of the THCS/THPT học bạ."""
    values = page.values()
    outcome = page.outcome if isinstance(page.outcome, SecondaryOutcome) else None
    story: list[Flowable] = [page_header(book, styles, page.year, page.school_class.name), Spacer(1, 4)]
    rows = []
    for spec in page.subjects:
        result = outcome.subjects.get(spec.code, SubjectOutcome()) if outcome else SubjectOutcome()
        teacher = page.subject_teachers.get(spec.code)
        comment = values.get(spec.code, "cn", "comment")
        if teacher is not None:
            comment = f"{comment}\n— {teacher.full_name}" if comment else f"— {teacher.full_name}"
        rows.append((spec.name, result.hk1 or "", result.hk2 or "", result.year or "", result.retest or "", comment))
    story += [markup(_("1. Kết quả học tập các môn học và hoạt động giáo dục"), styles.heading),
              grid(styles, SUBJECT_COLUMNS, rows, width), text(_(LEGEND), styles.small), Spacer(1, 4)]

    learning = outcome.learning if outcome else (None, None, None)
    conduct = outcome.conduct if outcome else (None, None, None)
    result_rows = [
        (_("Học kì I"), level_name(learning[0]), level_name(conduct[0])),
        (_("Học kì II"), level_name(learning[1]), level_name(conduct[1])),
        (_("Cả năm"), level_name(learning[2]) + (" *" if outcome and outcome.learning_adjusted else ""),
         level_name(conduct[2])),
        (_("Sau kiểm tra lại / rèn luyện trong hè"),
         level_name(outcome.learning_after_retest if outcome else None),
         level_name(outcome.conduct_after_summer if outcome else None)),
    ]
    results = grid(styles, RESULT_COLUMNS, result_rows, width * 0.62)
    results.hAlign = "LEFT"
    # The year is a spread: the subjects on the left page, results and signatures on the right one.
    story += [PageBreak(), page_header(book, styles, page.year, page.school_class.name), Spacer(1, 4)]
    closing: list[Flowable] = [markup(_("2. Kết quả học tập và rèn luyện"), styles.heading), results]
    if outcome and outcome.learning_adjusted:
        closing.append(text(_("* Mức kết quả học tập cả năm đã được điều chỉnh lên mức liền kề (Điều 9)."),
                            styles.small))
    closing += [
        Spacer(1, 4),
        field_line(_("Tổng số buổi nghỉ học cả năm"), values.get(ABSENCES, "cn", "total"), styles.body),
        field_line(_("Lên lớp / hoàn thành chương trình"), promotion_text(page.grade, page.level, outcome),
                   styles.body),
        field_line(_("Khen thưởng"), (outcome.title if outcome and outcome.title else _("Không")), styles.body),
        field_line(_("Nhận xét của giáo viên chủ nhiệm"), values.get(GENERAL, "cn", "comment"), styles.body),
        Spacer(1, 6),
        signature_block(styles, page, width, collector),
    ]
    story.append(KeepTogether(closing))
    story.append(PageBreak())
    return story
