"""The school report as an Excel workbook (one sheet per part), from `services.reports.SchoolReport`'s plain data."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from hocbaso_desktop.dataio.xlsx_writer import save_workbook
from hocbaso_desktop.domain.i18n import _, in_vietnamese


@in_vietnamese
def write_report_xlsx(report, out: Path | str) -> Path:
    """Write the report as an Excel workbook (one sheet per part)."""
    book = Workbook()
    ws = book.active
    ws.title = _("Theo lớp")
    keys = sorted({k for c in report.classes for k in c.results})
    ws.append([_("Lớp"), _("Khối"), _("Sĩ số"), *keys])
    for c in report.classes:
        ws.append([c.class_name, c.grade, c.students, *(c.results.get(k, 0) for k in keys)])
    ws = book.create_sheet(_("Theo khối"))
    ws.append([_("Khối"), *keys])
    for grade, counts in sorted(report.grades.items()):
        ws.append([grade, *(counts.get(k, 0) for k in keys)])
    ws = book.create_sheet(_("Theo môn"))
    ws.append([_("Khối"), _("Môn"), _("Mức / khoảng điểm"), _("Số học sinh")])
    for d in report.subjects:
        for level, n in d.counts.items():
            ws.append([d.grade, d.subject, level, n])
    ws = book.create_sheet(_("Cần quan tâm"))
    ws.append([_("Lớp"), _("Họ và tên"), _("Lý do")])
    for s in report.at_risk:
        ws.append([s.class_name, s.full_name, "; ".join(s.reasons)])
    ws = book.create_sheet(_("Tiến độ nhập"))
    ws.append([_("Lớp"), _("Môn"), _("Giáo viên"), _("Đã nhập"), _("Cần nhập"), _("Tỉ lệ (%)")])
    for c in report.completion:
        ws.append([c.class_name, c.subject, c.teacher, c.entered, c.expected, c.percent])
    path = Path(out)
    save_workbook(book, path)
    return path
