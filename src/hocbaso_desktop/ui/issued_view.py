"""Issued records: the signed PDFs, revoke and correct (principal), verify a PDF or a QR (clerk's daily job).

Records are shown with the short id every screen uses (8 characters), which the command line accepts too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.domain.roles import Action
from hocbaso_desktop.services import ClassChoice, RecordRow, SignedIn, grade_sheets, issued
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.errors import show_exception
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.widgets import fill_class_box, fill_table


class IssuedPage(QWidget):
    """A class's records (short id, version, state); signed PDF; revoke and correct; verify PDF or QR."""

    loaded = Signal()
    saved = Signal(object)       # Path
    revoked = Signal(int)        # the new draft version
    verified = Signal(str)       # the report shown

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        follow_changes(self, backend, ("records",), self.load_class)
        self._choices: list[ClassChoice] = []
        self.rows: list[RecordRow] = []
        self.revoke_dialog: QInputDialog | None = None
        self.class_box = QComboBox()
        self.class_box.currentIndexChanged.connect(lambda _i: self.load_class())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Học sinh"), self.tr("Mã học bạ"), self.tr("Phiên bản"),
                                              self.tr("Trạng thái"), self.tr("Ngày phát hành")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.save_button = QPushButton(self.tr("Lưu bản đã ký (PDF)…"))
        self.save_button.clicked.connect(self._ask_save)
        self.save_button.setVisible(who.may(Action.EXPORT_RECORDS))
        self.revoke_button = QPushButton(self.tr("Thu hồi và đính chính…"))
        self.revoke_button.setToolTip(self.tr("Thu hồi phiên bản đã phát hành và mở phiên bản mới (bản nháp) để sửa "
                                              "rồi ký lại."))
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.revoke_button.setVisible(who.may(Action.REVOKE))
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lớp:")))
        bar.addWidget(self.class_box)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.revoke_button)
        # verification: a file from anywhere, or a QR's text, against the school's trust list
        self.qr_text = QLineEdit()
        self.qr_text.setPlaceholderText(self.tr("dán nội dung mã QR (HB1:…) hoặc đường dẫn ảnh mã QR"))
        self.qr_text.returnPressed.connect(self.verify_qr_now)
        pdf_button, qr_button = QPushButton(self.tr("Kiểm tra tệp PDF…")), QPushButton(self.tr("Kiểm tra mã QR"))
        pdf_button.clicked.connect(self._ask_verify_file)
        qr_button.clicked.connect(self.verify_qr_now)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        checks = QHBoxLayout()
        checks.addWidget(pdf_button)
        checks.addWidget(self.qr_text, 1)
        checks.addWidget(qr_button)
        box = QGroupBox(self.tr("Kiểm tra học bạ (theo danh sách tin cậy của trường)"))
        inner = QVBoxLayout(box)
        inner.addLayout(checks)
        inner.addWidget(self.report, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.status)
        layout.addWidget(box, 2)

    def refresh(self) -> None:
        """Load the classes."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_choices) \
            .run_in_background()

    def _set_choices(self, choices: list[ClassChoice]) -> None:
        self._choices = choices
        fill_class_box(self.class_box, choices)
        self.load_class()

    def load_class(self) -> None:
        """List the chosen class's records."""
        row = self.class_box.currentIndex()
        if not 0 <= row < len(self._choices):
            return
        class_id = self._choices[row].school_class.id
        Op(self, self._backend, lambda ctx: issued.class_records(ctx.session, class_id)).success(self._show) \
            .run_in_background()

    def _show(self, rows: list[RecordRow]) -> None:
        self.rows = rows
        fill_table(self.table, [(r.student_name, r.short_id, str(r.version), r.status_label, r.issued_on)
                                for r in rows])
        self.status.setText("" if rows else self.tr("Lớp {0} chưa có học bạ nào được khoá để ký hoặc phát hành.")
                            .replace("{0}", self.class_box.currentText()))
        self.loaded.emit()

    def selected(self) -> RecordRow | None:
        """The record of the selected row."""
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- signed PDF ---------------------------------------------------------------------------------
    def _ask_save(self) -> None:
        record = self.selected()
        if record is None:
            self.status.setText(self.tr("Hãy chọn một học sinh trong danh sách."))
            return
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Lưu học bạ đã ký"),
                                               f"{record.student_name}_{record.short_id}_v{record.version}.pdf",
                                               "PDF (*.pdf)")
        if name:
            self.save_signed(record, Path(name))

    def save_signed(self, record: RecordRow, path: Path) -> None:
        """Write the issued, signed PDF of `record` to `path`."""
        Op(self, self._backend, lambda ctx: issued.save_signed_pdf(ctx.session, record.record_id, path)) \
            .success(lambda r: self._saved(r.value)).status(self.status, inline_only=True).run_in_background()

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Đã lưu bản đã ký số: {0}").replace("{0}", str(path)))
        self.saved.emit(path)

    # -- revoke and correct ------------------------------------------------------------------------
    def ask_revoke(self) -> None:
        """Ask the reason, then revoke the selected issued record and open its next version as a draft."""
        record = self.selected()
        if record is None or record.status != "issued":
            self.status.setText(self.tr("Hãy chọn một học bạ đã phát hành để thu hồi."))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Thu hồi học bạ"))
        dialog.setLabelText(self.tr("Thu hồi học bạ {0} ({1}, phiên bản {2}). Phiên bản {3} sẽ được mở (bản nháp) để "
                                    "sửa và ký lại.\nLý do thu hồi:").replace("{0}", record.short_id)
                            .replace("{1}", record.student_name).replace("{2}", str(record.version))
                            .replace("{3}", str(record.version + 1)))
        dialog.setOkButtonText(self.tr("Thu hồi"))
        dialog.setCancelButtonText(self.tr("Không"))
        dialog.textValueSelected.connect(lambda reason: self._revoke(record, reason))
        self.revoke_dialog = dialog
        dialog.open()

    def _revoke(self, record: RecordRow, reason: str) -> None:
        Op(self, self._backend, lambda ctx: issued.revoke_and_correct(ctx.session, record.record_id, reason)) \
            .success(lambda r: self._revoked(r.value)).status(self.status, inline_only=True).run_in_background()

    def _revoked(self, version: int) -> None:
        self.status.setText(self.tr("Đã thu hồi. Phiên bản {0} là bản nháp: sửa điểm, nhận xét rồi ký lại ở “Ký học "
                                    "bạ”.").replace("{0}", str(version)))
        self.revoked.emit(version)

    # -- verify ---------------------------------------------------------------------------------------
    def _ask_verify_file(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Chọn học bạ (PDF) cần kiểm tra"), "", "PDF (*.pdf)")
        if name:
            self.verify_file(Path(name))

    def verify_file(self, path: Path) -> None:
        """Verify a PDF's signatures and data against the school's trusted roots."""
        self.report.setPlainText(self.tr("Đang kiểm tra…"))
        Op(self, self._backend, lambda ctx: issued.report_text(issued.verify_file(ctx.session, path))) \
            .success(self._show_report).failure(self._verify_failed).run_in_background()

    def verify_qr_now(self) -> None:
        """Verify the QR text (or photo) typed in the field."""
        text = self.qr_text.text()
        if not text.strip():
            return
        Op(self, self._backend, lambda ctx: "\n".join(issued.qr_lines(issued.verify_qr(ctx.session, text)))) \
            .success(self._show_report).failure(self._verify_failed).run_in_background()

    def _show_report(self, text: str) -> None:
        self.report.setPlainText(text)
        self.verified.emit(text)

    def _verify_failed(self, exc: BaseException) -> None:
        expected = as_expected(exc)
        if expected is None:
            show_exception(self, exc)
            return
        self._show_report(self.tr("KHÔNG HỢP LỆ hoặc không kiểm tra được: {0}").replace("{0}", expected.message))
