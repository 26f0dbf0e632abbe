"""The audit log for people: sentences, Vietnam time, filters (who, what, when, student), export to Excel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.i18n import VIETNAM_TIME
from hocbaso_desktop.services import AuditView, SignedIn, audit_log
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.operations import Backend, Op


def _day(edit: QDateEdit, enabled: QCheckBox) -> date | None:
    if not enabled.isChecked():
        return None
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class AuditPage(QWidget):
    """The audit log as sentences, with filters, the chain check and an Excel export."""

    loaded = Signal()
    exported = Signal(object)  # the Path written

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        follow_changes(self, backend, ("audit",), self.refresh)
        self.view: AuditView | None = None
        self.chain = QLabel()
        self.chain.setWordWrap(True)
        self.person, self.kind = QComboBox(), QComboBox()
        self.person.addItem(self.tr("Mọi người"), None)
        self.kind.addItem(self.tr("Mọi thao tác"), None)
        now = datetime.now(VIETNAM_TIME)  # the school's day, not the computer's zone
        today = QDate(now.year, now.month, now.day)
        self.since, self.until = QDateEdit(today.addDays(-30)), QDateEdit(today)
        self.use_since, self.use_until = QCheckBox(self.tr("Từ ngày")), QCheckBox(self.tr("đến ngày"))
        for edit, box in ((self.since, self.use_since), (self.until, self.use_until)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        self.student = QLineEdit()
        self.student.setPlaceholderText(self.tr("tên học sinh"))
        self.student.returnPressed.connect(self.refresh)
        search = QPushButton(self.tr("Lọc"))
        search.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.export_button.clicked.connect(self._ask_export)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Thời điểm"), self.tr("Diễn giải")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        filters = QHBoxLayout()
        for widget in (QLabel(self.tr("Ai:")), self.person, QLabel(self.tr("Việc:")), self.kind, self.use_since,
                       self.since, self.use_until, self.until, QLabel(self.tr("Học sinh:")), self.student, search):
            filters.addWidget(widget)
        filters.addStretch(1)
        bar = QHBoxLayout()
        bar.addWidget(self.chain, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Load the entries that match the filters and check the chain."""
        actor, kind = self.person.currentData(), self.kind.currentData()
        since, until = _day(self.since, self.use_since), _day(self.until, self.use_until)
        student = self.student.text()
        Op(self, self._backend, lambda ctx: audit_log.audit_log(ctx.session, actor=actor, kind=kind, since=since,
                                                                  until=until, student=student)) \
            .success(self._show).run_in_background()

    def _show(self, view: AuditView) -> None:
        self.view = view
        report = view.report
        self.chain.setText(self.tr("Chuỗi nhật ký nguyên vẹn ({0} mục). Đang hiện {1} mục.")
                           .replace("{0}", str(report.rows)).replace("{1}", str(len(view.lines)))
                           if report.ok else self.tr("CẢNH BÁO: nhật ký bị sửa hoặc xoá từ mục {0}: {1}")
                           .replace("{0}", str(report.first_broken_seq)).replace("{1}", report.reason))
        self.chain.setStyleSheet("" if report.ok else "color:#a00000; font-weight:bold;")
        if self.person.count() == 1:
            for username, label in view.people:
                self.person.addItem(label, username)
            for key, label in view.kinds:
                self.kind.addItem(label, key)
        self.table.setRowCount(len(view.lines))
        for row, line in enumerate(view.lines):
            self.table.setItem(row, 0, QTableWidgetItem(line.at))
            sentence = QTableWidgetItem(line.sentence)
            sentence.setToolTip(line.sentence)
            self.table.setItem(row, 1, sentence)
        self.table.resizeRowsToContents()  # long sentences wrap instead of ending in "…"
        self.loaded.emit()

    def _ask_export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Xuất nhật ký"), "nhat-ky.xlsx",
                                               self.tr("Tệp Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Save the lines shown (with the filters applied) as an Excel workbook."""
        lines = self.view.lines if self.view is not None else ()
        Op(self, self._backend, lambda ctx: audit_log.export_audit(ctx.session, lines, path)) \
            .success(lambda r: self.exported.emit(r.value)).run_in_background()
