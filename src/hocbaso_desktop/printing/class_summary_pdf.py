"""Class summary sheets on landscape A4, one class per file (domain.md §2.11).

Primary: the Bảng tổng hợp kết quả đánh giá giáo dục for one checkpoint (gk1, ck1, gk2, cn): per
subject the level and, where tested at that checkpoint, the KTĐK score; the 3 + 7 competencies and the
5 qualities; at year end the HTXS/HTT/HT/CHT ticks, awards and "Chưa được lên lớp". Secondary: the
class tracking sheet for hk1, hk2 or the year: each subject's result, learning and conduct levels,
and at year end absences, promotion and title. Column headers are printed vertically so that 40-odd
narrow columns fit; a student's row is never split across pages (tables split between rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from hocbaso_desktop.domain import catalogue
from hocbaso_desktop.domain.assessment import ABSENCES, COMPETENCY, PERIOD_NAMES, QUALITY
from hocbaso_desktop.domain.catalogue import SubjectSpec
from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import _, nfc
from hocbaso_desktop.domain.model import Student
from hocbaso_desktop.domain.record_book import PrimaryOutcome, SecondaryOutcome, YearPage, primary_test_score
from hocbaso_desktop.printing.blocks import (
    Column,
    SignatureCollector,
    SignatureSlot,
    Styles,
    grid,
    markup,
    signature_row,
    text,
)

SHORT_NAMES = {
    "TV": "Tiếng Việt", "TOAN": "Toán", "NN1": "Ngoại ngữ 1", "DD": "Đạo đức", "TNXH": "TN và XH",
    "LSDL": "LS và ĐL", "KH": "Khoa học", "THCN": "Tin học và CN", "GDTC": "GD thể chất", "NT": "Nghệ thuật",
    "HDTN": "HĐ trải nghiệm", "TDT": "Tiếng dân tộc", "NV": "Ngữ văn", "GDCD": "GD công dân", "KHTN": "KH tự nhiên",
    "CN": "Công nghệ", "TH": "Tin học", "GDDP": "GD địa phương", "NN2": "Ngoại ngữ 2", "LS": "Lịch sử",
    "GDQPAN": "GDQP và AN", "GDKTPL": "GD KT và PL", "DL": "Địa lí", "VL": "Vật lí", "HH": "Hoá học",
    "SH": "Sinh học", "AN": "Âm nhạc", "MT": "Mĩ thuật", "NTAN": "NT (Âm nhạc)", "NTMT": "NT (Mĩ thuật)",
}
IDENTITY_COLUMNS = (Column("STT", 0, wrap=False, fixed=21), Column("Họ và tên", 0, fixed=104),
                    Column("Ngày sinh", 0, wrap=False, fixed=44), Column("Giới tính", 0, wrap=False, fixed=24))
PRIMARY_RESULTS = ("HTXS", "HTT", "HT", "CHT")


@dataclass(frozen=True)
class SummaryRow:
    """One student of the sheet with their page of the year."""

    student: Student
    page: YearPage


class VerticalText(Flowable):
    """A header label written bottom-to-top, so narrow columns can carry full names."""

    def __init__(self, label: str, font: str, size: float = 7.5) -> None:
        super().__init__()
        self.label, self.font, self.size = nfc(label), font, size
        self.width, self.height = size * 1.25, stringWidth(self.label, font, size) + 4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """The rotated label's box."""
        return self.width, self.height

    def draw(self) -> None:
        """Rotate and draw the label."""
        self.canv.saveState()
        self.canv.setFont(self.font, self.size)
        self.canv.translate(self.width * 0.75, 2)
        self.canv.rotate(90)
        self.canv.drawString(0, 0, self.label)
        self.canv.restoreState()


def primary_sheet_story(rows: Sequence[SummaryRow], subjects: Sequence[SubjectSpec], period: str, styles: Styles,
                        width: float, collector: SignatureCollector) -> list[Flowable]:
    """The primary class summary for one checkpoint."""
    bold = styles.fonts.bold
    columns, groups, subheads = list(IDENTITY_COLUMNS), [], []
    for spec in subjects:
        tested = period in spec.tested_periods
        groups.append((SHORT_NAMES.get(spec.code, spec.name), 2 if tested else 1))
        subheads += [_("Mức")] + ([_("KTĐK")] if tested else [])
    item_groups = ((_("Năng lực chung"), catalogue.PRIMARY_GENERAL_COMPETENCIES),
                   (_("Năng lực đặc thù"), catalogue.PRIMARY_SPECIFIC_COMPETENCIES),
                   (_("Phẩm chất chủ yếu"), catalogue.PRIMARY_QUALITIES))
    for label, items in item_groups:
        groups.append((label, len(items)))
        subheads += [name for _code, name in items]
    if period == "cn":
        groups += [(_("Đánh giá KQGD"), 4), (_("Khen thưởng"), 2), (_("Chưa được lên lớp"), 1)]
        subheads += [*PRIMARY_RESULTS, _("Cuối năm"), _("Đột xuất"), ""]
    columns += [Column("", 1.0, wrap=False) for _sub in subheads]

    body = []
    for index, row in enumerate(rows, start=1):
        values, outcome = row.page.values(), row.page.outcome
        cells: list[object] = [index, row.student.full_name, row.student.birth.display(), row.student.sex.label]
        for spec in subjects:
            cells.append(values.get(spec.code, period, "level"))
            if period in spec.tested_periods:
                cells.append(primary_test_score(values, spec, period))
        for pseudo, items in ((COMPETENCY, catalogue.PRIMARY_COMPETENCIES), (QUALITY, catalogue.PRIMARY_QUALITIES)):
            cells += [values.get(pseudo, period, code) for code, _name in items]
        if period == "cn":
            result = outcome.result if isinstance(outcome, PrimaryOutcome) else None
            cells += ["x" if result == code else "" for code in PRIMARY_RESULTS]
            year_end = "x" if isinstance(outcome, PrimaryOutcome) and outcome.awards else ""
            ad_hoc = ""  # ad-hoc awards (khen thưởng đột xuất) are not recorded in the data model yet
            not_promoted = isinstance(outcome, PrimaryOutcome) and outcome.completed_grade is False
            cells += [year_end, ad_hoc, "x" if not_promoted else ""]
        body.append(cells)
    title = _("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ GIÁO DỤC CỦA LỚP – {p}", p=PERIOD_NAMES[period].upper())
    return _sheet(title, columns, groups, subheads, body, styles, width, bold, collector)


def secondary_sheet_story(rows: Sequence[SummaryRow], subjects: Sequence[SubjectSpec], period: str, styles: Styles,
                          width: float, collector: SignatureCollector) -> list[Flowable]:
    """The secondary class tracking sheet for hk1, hk2 or the year ("cn")."""
    columns = list(IDENTITY_COLUMNS)
    groups = [(_("Điểm trung bình môn / mức đánh giá"), len(subjects)), (_("Kết quả"), 2)]
    subheads = [SHORT_NAMES.get(s.code, s.name) for s in subjects] + [_("Học tập"), _("Rèn luyện")]
    if period == "cn":
        groups += [(_("Cả năm"), 3)]
        subheads += [_("Số buổi nghỉ"), _("Lên lớp"), _("Danh hiệu")]
    columns += [Column("", 1.0, wrap=False) for _sub in subheads]
    slot = {"hk1": 0, "hk2": 1, "cn": 2}[period]
    body = []
    for index, row in enumerate(rows, start=1):
        values, outcome = row.page.values(), row.page.outcome
        out = outcome if isinstance(outcome, SecondaryOutcome) else None
        cells: list[object] = [index, row.student.full_name, row.student.birth.display(), row.student.sex.label]
        for spec in subjects:
            result = out.subjects.get(spec.code) if out else None
            cells.append((result.hk1, result.hk2, result.year)[slot] or "" if result else "")
        cells += [out.learning[slot] or "" if out else "", out.conduct[slot] or "" if out else ""]
        if period == "cn":
            promoted = "" if out is None or out.promoted is None else ("x" if out.promoted else _("Không"))
            title = {"Học sinh Xuất sắc": "XS", "Học sinh Giỏi": "Giỏi"}.get(out.title or "", "") if out else ""
            cells += [values.get(ABSENCES, "cn", "total"), promoted, title]
        body.append(cells)
    title = _("SỔ THEO DÕI VÀ ĐÁNH GIÁ HỌC SINH – {p}", p=PERIOD_NAMES[period].upper())
    return _sheet(title, columns, groups, subheads, body, styles, width, styles.fonts.bold, collector)


def _sheet(title: str, columns: list[Column], groups: list[tuple[str, int]], subheads: list[str],
           body: list[list[object]], styles: Styles, width: float, bold: str,
           collector: SignatureCollector) -> list[Flowable]:
    fixed = len(IDENTITY_COLUMNS)
    head_top: list[object] = [text(c.title, styles.head) for c in IDENTITY_COLUMNS]
    head_sub: list[object] = [""] * fixed
    spans: list[tuple] = [("SPAN", (i, 0), (i, 1)) for i in range(fixed)]
    col, sub = fixed, iter(subheads)
    for label, span in groups:
        if span == 1:
            # A one-column group is too narrow for its name across: write it vertically over both rows.
            head_top.append(VerticalText(label, bold, 6.5))
            next(sub)  # its sub-heading ("Mức") is implied
            head_sub.append("")
            spans.append(("SPAN", (col, 0), (col, 1)))
        else:
            head_top += [text(label, styles.head)] + [""] * (span - 1)
            head_sub += [VerticalText(next(sub), bold, 6.5) for _i in range(span)]
            spans.append(("SPAN", (col, 0), (col + span - 1, 0)))
        col += span
    # Name column gets the room the narrow columns leave; identity weights were chosen for that.
    table = grid(styles, columns, body, width, header=[head_top, head_sub], header_spans=spans,
                 extra_style=[("ALIGN", (1, 2), (1, -1), "LEFT"), ("VALIGN", (0, 1), (-1, 1), "BOTTOM")])
    gvcn = SignatureSlot(styles, SignerRole.HOMEROOM, _("GIÁO VIÊN CHỦ NHIỆM"), _("(Ký và ghi rõ họ tên)"), "",
                         width=width * 0.3, collector=collector, year=None, box_height=48)
    head = SignatureSlot(styles, SignerRole.PRINCIPAL, _("HIỆU TRƯỞNG"), _("(Ký, ghi rõ họ tên và đóng dấu)"), "",
                         width=width * 0.3, collector=collector, year=None, box_height=48)
    return [markup(f"<b>{title}</b>", styles.heading), table, Spacer(1, 8),
            signature_row(styles, [gvcn, "", head], [width * 0.35, width * 0.3, width * 0.35])]
