"""The principal's report screen renders charts and tables from the demo school and exports Excel and PDF."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtGui import QColor

from hocbaso_desktop.ui.charts import PALETTE
from hocbaso_desktop.ui.reports_view import ReportsPage
from hocbaso_desktop.ui.start_window import sign_in
from tests.ui.conftest import run_op


def test_report_screen_draws_charts_and_exports(qtbot, backend, small_school, tmp_path):
    who = run_op(qtbot, backend, lambda ctx: sign_in(ctx, small_school, "hieutruong", "hocbaso-demo"))
    page = ReportsPage(backend, who)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=60000) as signal:
        page.refresh()
    report = signal.args[0]
    assert page.by_class.data.categories == tuple(c.class_name for c in report.classes)
    assert page.grade_box.count() == len({s.grade for s in report.subjects}) > 0
    assert page.classes.rowCount() == len(report.classes) and page.completion.rowCount() == len(report.completion)
    image = page.by_class.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert QColor(PALETTE[0]).name() in colours and len(colours) > 3     # bars drawn, not a blank widget
    assert page.grab().save(str(tmp_path / "report.png"))
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export(tmp_path / "baocao.xlsx")
    assert load_workbook(tmp_path / "baocao.xlsx").sheetnames
    with qtbot.waitSignal(page.exported, timeout=60000):
        page.export(tmp_path / "baocao.pdf")
    assert (tmp_path / "baocao.pdf").read_bytes().startswith(b"%PDF")
