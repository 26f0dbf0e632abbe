"""The school report PDF: every class, subject and student at risk printed, fonts embedded, Vietnamese intact."""

from __future__ import annotations

from hocbaso_desktop.domain.i18n import nfc
from hocbaso_desktop.printing.school_report_pdf import render_school_report
from hocbaso_desktop.services.reports import school_report
from tests.fixtures.printing import CREATED, pdf_fonts, pdf_info, pdf_text


def test_report_pdf_shows_every_part(primary_session):
    report = school_report(primary_session)
    rendered = render_school_report(report, created=CREATED, prefer_system_font=False)
    info = pdf_info(rendered.data)
    assert info["Page    1 size"].startswith("595.") and rendered.page_count == int(info["Pages"]) == 3
    assert all(embedded for _name, embedded in pdf_fonts(rendered.data))
    text = nfc(pdf_text(rendered.data))
    assert "BÁO CÁO KẾT QUẢ ĐÁNH GIÁ HỌC SINH" in text and report.year in text
    for c in report.classes:
        assert c.class_name in text
    for s in report.at_risk:
        assert nfc(s.full_name.split()[-1]) in text
    assert "Tiến độ nhập đánh giá" in text and report.completion and report.completion[0].percent in text
