"""The "Nhập từ Excel" tab of the trích lục screen: a workbook of past years and its scans, dry run first.

"Kiểm tra" runs `import_trichluc(dry_run=True)` and lists every problem with its sheet, cell and reason
and every page that would be stored; "Nhập" is enabled only for the file just checked when it is clean.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.services import TrichlucRejectedError, TrichlucReport, legacy_pages
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.widgets import ask_open_path, fill_table, read_only_table

EXCEL = QT_TRANSLATE_NOOP("TrichlucImportBox", "Bảng tính (*.xlsx *.xlsm *.xls *.ods);;Excel (*.xlsx *.xlsm *.xls);;"
                                               "OpenDocument (*.ods)")
RED, GREEN = "color:#a00000;", "color:#006000;"


class TrichlucImportBox(QWidget):
    """Workbook + scans folder → dry run → import."""

    checked = Signal(object)     # TrichlucReport of a dry run
    imported = Signal(object)    # TrichlucReport of the real import
    failed = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.report: TrichlucReport | None = None
        self._checked: tuple[Path, Path | None] | None = None
        self.path, self.scans_dir = QLineEdit(), QLineEdit()
        self.path.setPlaceholderText(self.tr("Tệp Excel: mỗi dòng một học sinh, một năm học"))
        self.scans_dir.setPlaceholderText(self.tr("Thư mục chứa bản scan (mặc định: thư mục của tệp Excel)"))
        for line in (self.path, self.scans_dir):
            line.textChanged.connect(self._changed)
        choose = QPushButton(self.tr("Chọn tệp…"))
        choose.clicked.connect(self._choose_file)
        choose_dir = QPushButton(self.tr("Chọn thư mục…"))
        choose_dir.clicked.connect(self._choose_dir)
        self.check_button = QPushButton(self.tr("&Kiểm tra"))
        self.check_button.setShortcut(QKeySequence("Ctrl+K"))
        self.check_button.clicked.connect(self._check_typed)
        self.import_button = QPushButton(self.tr("&Nhập"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_checked)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Tệp Excel:")), 0, 0)
        grid.addWidget(self.path, 0, 1)
        grid.addWidget(choose, 0, 2)
        grid.addWidget(self.check_button, 0, 3)
        grid.addWidget(QLabel(self.tr("Bản scan:")), 1, 0)
        grid.addWidget(self.scans_dir, 1, 1)
        grid.addWidget(choose_dir, 1, 2)
        grid.addWidget(self.import_button, 1, 3)
        self.summary = QLabel(self.tr("Chọn tệp rồi bấm “Kiểm tra” (chạy thử, chưa ghi gì)."))
        self.summary.setWordWrap(True)
        self.problems = read_only_table([self.tr("Trang tính"), self.tr("Ô"), self.tr("Lý do")])
        self.pages = QPlainTextEdit()
        self.pages.setReadOnly(True)
        self.pages.setPlaceholderText(self.tr("Những trang sẽ được lưu"))
        split = QSplitter()
        split.addWidget(self.problems)
        split.addWidget(self.pages)
        split.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def _changed(self, _text: str) -> None:
        self.import_button.setEnabled(False)  # a changed file or folder must be checked again

    def _choose_file(self) -> None:
        path = ask_open_path(self, self.tr("Chọn tệp Excel"), self.tr(EXCEL))  # i18n: table
        if path is not None:
            self.path.setText(str(path))

    def _choose_dir(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Chọn thư mục bản scan"))
        if folder:
            self.scans_dir.setText(folder)

    def _check_typed(self) -> None:
        if self.path.text().strip():
            scans = self.scans_dir.text().strip()
            self.check_file(Path(self.path.text().strip()), Path(scans) if scans else None)

    def check_file(self, path: Path, scans_dir: Path | None = None) -> None:
        """Dry run: list every problem and every page that would be stored; nothing is written."""
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Đang kiểm tra {0}…").replace("{0}", path.name))
        self.summary.setStyleSheet("")
        Op(self, self._backend, lambda ctx: legacy_pages.import_file(ctx, path, scans_dir, True)) \
            .with_progress(self.tr("Đang kiểm tra tệp…")).success(lambda r: self._show(path, scans_dir, r.value)) \
            .status(self.summary).after_failure(self._refused).run_in_background()

    def _show(self, path: Path, scans_dir: Path | None, report: TrichlucReport) -> None:
        self.report, self._checked = report, (path, scans_dir)
        fill_table(self.problems, [(p.sheet, p.cell, p.reason) for p in report.problems])
        self.pages.setPlainText("\n".join(report.pages))
        if report.ok:
            verdict = self.tr("Không có lỗi: {0} trang sẽ được lưu; bấm “Nhập”.").replace("{0}", str(len(report.pages)))
        else:
            verdict = self.tr("Có {0} lỗi: sửa tệp rồi kiểm tra lại (chưa nhập được).") \
                .replace("{0}", str(len(report.problems)))
        self.summary.setText(f"{report.file}: {verdict}")
        self.summary.setStyleSheet(GREEN if report.ok else RED)
        self.import_button.setEnabled(report.ok and bool(report.pages))
        self.checked.emit(report)

    def import_checked(self) -> None:
        """Store the pages of the file just checked, all or nothing (checked again by the importer)."""
        if self._checked is None or self.report is None or not self.report.ok:
            return
        path, scans_dir = self._checked
        self.import_button.setEnabled(False)
        Op(self, self._backend, lambda ctx: legacy_pages.import_file(ctx, path, scans_dir, False)) \
            .with_progress(self.tr("Đang lưu các bản chuyển đổi…")).success(lambda r: self._imported(r.value)) \
            .status(self.summary).after_failure(self._refused).run_in_background()

    def _imported(self, report: TrichlucReport) -> None:
        self.report = None
        self.summary.setText(self.tr("Đã lưu {0} bản chuyển đổi từ {1}; chờ văn thư ký số con dấu.")
                             .replace("{0}", str(len(report.pages))).replace("{1}", report.file))
        self.summary.setStyleSheet(GREEN)
        self.imported.emit(report)

    def _refused(self, exc: BaseException) -> None:  # after the helper's standard display
        if isinstance(exc, TrichlucRejectedError):  # the file changed since the dry run: show its problems
            fill_table(self.problems, [(p.sheet, p.cell, p.reason) for p in exc.report.problems])
        self.failed.emit(exc)
