"""The principal's school report: results by class, levels per subject, students at risk, entry completion.

The report is built by services.reports.school_report on the database lane; the charts are drawn by
ui.charts (QPainter). "Xuất Excel" / "Xuất PDF" write the same report through services.reports and
printing.school_report_pdf.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.services import SchoolReport, SignedIn, export_report, school_report
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.charts import StackedBarChart, chart_from_counts
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.widgets import ask_save_path, fill_table, read_only_table

# Best results first, so colours mean the same thing in every chart.
RESULT_ORDER = ("HTXS", "HTT", "HT", "CHT", "Hoàn thành xuất sắc", "Hoàn thành tốt", "Hoàn thành",
                "Chưa hoàn thành", "Tốt", "Khá", "Đạt", "Chưa đạt", "chưa đủ")
LEVEL_ORDER = ("T", "H", "C", "Đ", "CĐ", "8–10", "6,5–<8", "5–<6,5", "3,5–<5", "<3,5")
# The legend's words for the result keys: the usual abbreviations in Vietnamese, words in English.
RESULT_WORDS = (QT_TRANSLATE_NOOP("ReportsPage", "HTXS"), QT_TRANSLATE_NOOP("ReportsPage", "HTT"),
                QT_TRANSLATE_NOOP("ReportsPage", "HT"), QT_TRANSLATE_NOOP("ReportsPage", "CHT"),
                QT_TRANSLATE_NOOP("ReportsPage", "chưa đủ"))
# The subject levels' legend: the letters in Vietnamese (as on the forms), words in English (T, H, C were shown).
LEVEL_WORDS = (QT_TRANSLATE_NOOP("ReportsPage", "T"), QT_TRANSLATE_NOOP("ReportsPage", "H"),
               QT_TRANSLATE_NOOP("ReportsPage", "C"), QT_TRANSLATE_NOOP("ReportsPage", "Đ"),
               QT_TRANSLATE_NOOP("ReportsPage", "CĐ"))


class ReportsPage(QWidget):
    """Charts and tables of one school year's report, with Excel/PDF export."""

    loaded = Signal(object)     # SchoolReport
    exported = Signal(object)   # Path

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        follow_changes(self, backend, ("students", "assessments", "records"), self.refresh, own=False)
        self.report: SchoolReport | None = None
        self.summary = QLabel(self.tr("Đang lập báo cáo…"))
        self.summary.setWordWrap(True)
        reload_button = QPushButton(self.tr("Tải lại"))
        reload_button.clicked.connect(self.refresh)
        self.xlsx_button = QPushButton(self.tr("Xuất Excel…"))
        self.xlsx_button.clicked.connect(lambda: self._ask("xlsx"))
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"))
        self.pdf_button.clicked.connect(lambda: self._ask("pdf"))
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        for button in (reload_button, self.xlsx_button, self.pdf_button):
            bar.addWidget(button)
        self.by_class = StackedBarChart()
        self.by_subject = StackedBarChart()
        self.grade_box = QComboBox()
        self.grade_box.currentIndexChanged.connect(lambda _i: self._show_subjects())
        charts = QWidget()
        chart_layout = QVBoxLayout(charts)
        chart_layout.addWidget(self.by_class, 1)
        grade_row = QHBoxLayout()
        grade_row.addWidget(QLabel(self.tr("Mức đạt theo môn, khối:")))
        grade_row.addWidget(self.grade_box)
        grade_row.addStretch(1)
        chart_layout.addLayout(grade_row)
        chart_layout.addWidget(self.by_subject, 1)
        self.at_risk = read_only_table([self.tr("Lớp"), self.tr("Học sinh"), self.tr("Cần lưu ý")])
        self.completion = read_only_table([self.tr("Lớp"), self.tr("Môn/mục"), self.tr("Giáo viên"),
                                           self.tr("Đã nhập"), self.tr("Cần nhập"), self.tr("Tỉ lệ")])
        self.classes = read_only_table([self.tr("Lớp"), self.tr("Sĩ số"), self.tr("Kết quả")])
        self.tabs = QTabWidget()
        self.tabs.addTab(charts, self.tr("Biểu đồ"))
        self.tabs.addTab(self.classes, self.tr("Kết quả theo lớp"))
        self.tabs.addTab(self.at_risk, self.tr("Học sinh cần lưu ý"))
        self.tabs.addTab(self.completion, self.tr("Tiến độ nhập điểm"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self._set_export_enabled(False)

    def _set_export_enabled(self, enabled: bool) -> None:
        self.xlsx_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def refresh(self) -> None:
        """Build the report of the latest year in the background."""
        self._set_export_enabled(False)
        Op(self, self._backend, lambda ctx: school_report(ctx.session)) \
            .with_progress(self.tr("Đang lập báo cáo của trường…")).success(self.show_report).run_in_background()

    def show_report(self, report: SchoolReport) -> None:
        """Fill the charts and tables."""
        self.report = report
        students = sum(c.students for c in report.classes)
        self.summary.setText(self.tr("{0} — năm học {1}: {2} lớp, {3} học sinh; {4} học sinh cần lưu ý; "
                                     "{5} bảng điểm chưa nhập đủ.")
                             .replace("{0}", report.school).replace("{1}", report.year)
                             .replace("{2}", str(len(report.classes))).replace("{3}", str(students))
                             .replace("{4}", str(len(report.at_risk)))
                             .replace("{5}", str(sum(1 for c in report.completion if c.entered < c.expected))))
        self.by_class.set_data(chart_from_counts(
            self.tr("Kết quả cả năm theo lớp"), [(c.class_name, self._words(c.results)) for c in report.classes],
            list(dict.fromkeys(self.tr(key) for key in RESULT_ORDER))))  # i18n: table (HTT and its name: one series)
        self.grade_box.blockSignals(True)
        self.grade_box.clear()
        for grade in sorted({s.grade for s in report.subjects}):
            self.grade_box.addItem(self.tr("Khối {0}").replace("{0}", str(grade)), grade)
        self.grade_box.blockSignals(False)
        self._show_subjects()
        fill_table(self.classes, [(c.class_name, str(c.students),
                                   "; ".join(f"{k}: {v}" for k, v in self._words(c.results).items()))
                                  for c in report.classes])
        fill_table(self.at_risk, [(r.class_name, r.full_name, "; ".join(r.reasons)) for r in report.at_risk])
        fill_table(self.completion, [(c.class_name, c.subject, c.teacher, str(c.entered), str(c.expected), c.percent)
                                     for c in report.completion])
        self._set_export_enabled(True)
        self.loaded.emit(report)

    def _words(self, results: dict[str, int]) -> dict[str, int]:
        return {self.tr(key): n for key, n in results.items()}  # i18n: table (RESULT_WORDS, the result names)

    def _show_subjects(self) -> None:
        report, grade = self.report, self.grade_box.currentData()
        if report is None:
            return
        rows = [(s.subject, self._words(s.counts)) for s in report.subjects if s.grade == grade]
        self.by_subject.set_data(chart_from_counts(
            self.tr("Mức đạt được theo môn — khối {0}").replace("{0}", str(grade)), rows,
            [self.tr(key) for key in LEVEL_ORDER]))  # i18n: table (LEVEL_WORDS; score bands stay as they are)

    def _ask(self, kind: str) -> None:
        if self.report is None:
            return
        pattern = "Excel (*.xlsx)" if kind == "xlsx" else "PDF (*.pdf)"
        path = ask_save_path(self, self.tr("Lưu báo cáo"), f"baocao-{self.report.year}.{kind}", pattern)
        if path is not None:
            self.export(path)

    def export(self, path: Path) -> None:
        """Write the shown report to Excel (.xlsx) or PDF (.pdf), by the file's extension."""
        report = self.report
        if report is None:
            return
        Op(self, self._backend, lambda ctx: export_report(ctx.session, report, path)).with_progress(self.tr("Đang xuất báo cáo…")).success(lambda r: self._exported(r.value)) \
            .run_in_background()

    def _exported(self, path: Path) -> None:
        self.summary.setText(self.tr("Đã lưu báo cáo {0}.").replace("{0}", str(path)))
        self.exported.emit(path)
