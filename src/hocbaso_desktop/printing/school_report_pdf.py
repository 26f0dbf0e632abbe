"""The school report (báo cáo kết quả của trường) as a portrait A4 PDF for the principal and the Sở.

Input is the plain data of `services.reports.SchoolReport` (any object with the same attributes: printing
sits below dataio), output the PDF bytes. Sections: results by class, by grade, level distribution per
subject, students needing attention, teachers' entry completion.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from reportlab.platypus import Flowable, Spacer

from hocbaso_desktop.domain.i18n import _, in_vietnamese
from hocbaso_desktop.printing.blocks import Column, SignatureCollector, grid, make_styles, markup, text
from hocbaso_desktop.printing.document import PdfMeta, RenderedPdf, build_pdf, content_width
from hocbaso_desktop.printing.fonts import register_fonts


class ReportData(Protocol):
    """What the renderer reads (services.reports.SchoolReport has these attributes)."""

    year: str
    school: str
    classes: Any
    grades: Any
    subjects: Any
    at_risk: Any
    completion: Any


@in_vietnamese
def render_school_report(report: ReportData, *, created: datetime, prefer_system_font: bool = True) -> RenderedPdf:
    """Draw the school report of one school year."""
    styles = make_styles(register_fonts(prefer_system=prefer_system_font), cell_size=8.5)
    width = content_width()
    keys = sorted({k for c in report.classes for k in c.results})
    story: list[Flowable] = [
        text(report.school.upper(), styles.head),
        text(_("BÁO CÁO KẾT QUẢ ĐÁNH GIÁ HỌC SINH – NĂM HỌC {y}", y=report.year), styles.title),
        markup("<b>" + _("1. Kết quả theo lớp") + "</b>", styles.heading),
        grid(styles, [Column(_("Lớp"), 1.2), Column(_("Khối"), 0.8, wrap=False), Column(_("Sĩ số"), 0.8, wrap=False),
                      *(Column(k, 1, wrap=False) for k in keys)],
             [[c.class_name, c.grade, c.students, *(c.results.get(k, 0) for k in keys)] for c in report.classes],
             width),
        Spacer(1, 6), markup("<b>" + _("2. Kết quả theo khối") + "</b>", styles.heading),
        grid(styles, [Column(_("Khối"), 1, wrap=False), *(Column(k, 1, wrap=False) for k in keys)],
             [[g, *(counts.get(k, 0) for k in keys)] for g, counts in sorted(report.grades.items())], width),
        Spacer(1, 6), markup("<b>" + _("3. Phân bố mức đạt theo môn") + "</b>", styles.heading),
        grid(styles, [Column(_("Khối"), 0.6, wrap=False), Column(_("Môn"), 1, wrap=False),
                      Column(_("Mức / khoảng điểm: số học sinh"), 4)],
             [[d.grade, d.subject, "; ".join(f"{k}: {n}" for k, n in d.counts.items())] for d in report.subjects],
             width),
        Spacer(1, 6), markup("<b>" + _("4. Học sinh cần quan tâm ({n})", n=len(report.at_risk)) + "</b>",
                             styles.heading),
    ]
    if report.at_risk:
        story.append(grid(styles, [Column(_("Lớp"), 0.6, wrap=False), Column(_("Họ và tên"), 2), Column(_("Lý do"), 4)],
                          [[s.class_name, s.full_name, "; ".join(s.reasons)] for s in report.at_risk], width))
    else:
        story.append(text(_("Không có."), styles.body))
    story += [Spacer(1, 6), markup("<b>" + _("5. Tiến độ nhập đánh giá") + "</b>", styles.heading),
              grid(styles, [Column(_("Lớp"), 0.6, wrap=False), Column(_("Môn"), 0.8, wrap=False),
                            Column(_("Giáo viên"), 2), Column(_("Đã nhập"), 0.8, wrap=False),
                            Column(_("Cần nhập"), 0.8, wrap=False), Column(_("Tỉ lệ (%)"), 0.8, wrap=False)],
                   [[c.class_name, c.subject, c.teacher, c.entered, c.expected, c.percent] for c in report.completion],
                   width)]
    meta = PdfMeta(title=_("Báo cáo kết quả năm học {y}", y=report.year), author=report.school,
                   subject=_("Báo cáo kết quả đánh giá học sinh"), created=created)
    return build_pdf(story, meta, styles.fonts, SignatureCollector(),
                     footer=lambda n: _("{s} – năm học {y} – trang {n}", s=report.school, y=report.year, n=n))
