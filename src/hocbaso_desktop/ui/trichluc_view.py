"""Trích lục học bạ giấy: past paper pages entered (học vụ) and issued under the school seal (văn thư).

Three tabs, shown by right: "Nhập từ Excel" (dry run first: every problem with sheet, cell and reason;
"Nhập" only when clean), "Nhập từng trang" (one page by hand, each value checked by domain.legacy as it
is typed, the scan checked when chosen) and "Ký số và phát hành" (the pages waiting for the seal, the
seal token, one PIN for the batch, progress and Stop).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain import legacy
from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.glossary import Level
from hocbaso_desktop.domain.i18n import _, shown_name
from hocbaso_desktop.domain.legacy import LegacySubject, LegacyYearResult
from hocbaso_desktop.domain.roles import Action
from hocbaso_desktop.services import SignedIn, legacy_pages
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.errors import show_exception
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.trichluc_import import TrichlucImportBox
from hocbaso_desktop.ui.trichluc_seal import TrichlucSealBox
from hocbaso_desktop.ui.widgets import ask_open_path, error_text

SCANS = QT_TRANSLATE_NOOP("TrichlucPage", "Bản scan (*.pdf *.png *.jpg *.jpeg)")
RED, GREEN = "color:#a00000;", "color:#006000;"
CODE_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the official (Vietnamese) name the page stores
_CATEGORIES = {legacy.TT58: (legacy.LEARNING_58, legacy.CONDUCT_58, legacy.TITLES_58),
               legacy.TT22: (legacy.LEVELS_22, legacy.LEVELS_22, legacy.TITLES_22),
               legacy.TT27: (legacy.RESULTS_27, (), legacy.TITLES_27)}


def _choices(values: tuple[str, ...]) -> QComboBox:
    box = QComboBox()
    box.setEditable(True)  # short forms typed on the keyboard ("G", "tb") are accepted by domain.legacy
    _fill_choices(box, values)
    return box


def _fill_choices(box: QComboBox, values: tuple[str, ...]) -> None:
    """The categories in the interface's language; each item keeps the Vietnamese value the page stores."""
    box.clear()
    box.addItem("", "")
    for value in values:
        box.addItem(_(value), value)  # i18n: table (domain.legacy's categories, marked with N_)


def _chosen(box: QComboBox) -> str:
    """The stored value of a category box: a listed category's Vietnamese value, else the text typed."""
    text = box.currentText().strip()
    index = box.findText(text) if text else -1
    return box.itemData(index) if index > 0 else text


class TrichlucPage(QWidget):
    """The trích lục screen (class name as in main_window.PAGE_CLASSES)."""

    context_loaded = Signal()
    checked = Signal(object)      # TrichlucReport of a dry run
    imported = Signal(object)     # TrichlucReport of a real import
    scan_checked = Signal(str)    # "" when the scan is usable, else the Vietnamese reason
    page_saved = Signal(str)      # record id
    page_refused = Signal(str)    # the reason nothing was saved
    planned = Signal(object)      # SealPrep
    issued = Signal(object)       # SealOutcome or exception

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None,
                 token_env: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who, self.token_env = backend, who, token_env
        follow_changes(self, backend, ("students", "records"), self.refresh, own=False)
        self.can_enter = who.may(Action.IMPORT_DATA)
        self.can_seal = who.may(Action.SIGN_SEAL)
        self.context: legacy_pages.EntryContext | None = None
        self.scan: bytes | None = None
        self.scan_name = ""
        self.tabs = QTabWidget()
        if self.can_enter:
            self.import_box = TrichlucImportBox(backend, self)
            self.import_box.checked.connect(self.checked)
            self.import_box.imported.connect(self.imported)
            self.tabs.addTab(self.import_box, self.tr("Nhập từ Excel"))
            self.tabs.addTab(self._entry_tab(), self.tr("Nhập từng trang"))
        if self.can_seal:
            self.seal = TrichlucSealBox(backend, token_env, self)
            self.seal.planned.connect(self.planned)
            self.seal.issued.connect(self.issued)
            self.tabs.addTab(self.seal, self.tr("Ký số con dấu và phát hành"))
        QVBoxLayout(self).addWidget(self.tabs)

    # -- one page by hand ------------------------------------------------------------------------
    def _entry_tab(self) -> QWidget:
        self.student_box = QComboBox()
        self.student_box.setEditable(True)  # type part of a name; the completer finds the student
        self.student_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.student_box.setMinimumContentsLength(34)
        self.year_box = QComboBox()
        self.year_box.setEditable(True)
        self.regulation_box = QComboBox()
        self.grade_box = QSpinBox()
        self.class_name = QLineEdit()
        self.class_name.setPlaceholderText(self.tr("ví dụ 6A"))
        self.learning_box, self.conduct_box, self.title_box = _choices(()), _choices(()), _choices(())
        self.average = QLineEdit()
        self.absences = QLineEdit()
        self.promoted_box = QComboBox()
        for text, value in ((self.tr("(không ghi)"), None), (self.tr("Được lên lớp"), True),
                            (self.tr("Ở lại lớp"), False)):
            self.promoted_box.addItem(text, value)
        self.comment = QLineEdit()
        self.scan_path = QLineEdit()
        self.scan_path.setReadOnly(True)
        choose = QPushButton(self.tr("Chọn bản scan…"))
        choose.clicked.connect(self._ask_scan)
        self.scan_status = QLabel(self.tr("Chưa chọn bản scan (PDF 1.4+, PNG hoặc JPEG từ 200 dpi)."))
        self.scan_status.setWordWrap(True)
        form = QFormLayout()
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_path, 1)
        scan_row.addWidget(choose)
        for label, widget in ((self.tr("Học sinh:"), self.student_box), (self.tr("Năm học:"), self.year_box),
                              (self.tr("Theo Thông tư:"), self.regulation_box), (self.tr("Khối:"), self.grade_box),
                              (self.tr("Lớp:"), self.class_name), (self.tr("Học lực / kết quả:"), self.learning_box),
                              (self.tr("Hạnh kiểm / rèn luyện:"), self.conduct_box),
                              (self.tr("Điểm TB các môn:"), self.average), (self.tr("Số buổi nghỉ:"), self.absences),
                              (self.tr("Lên lớp:"), self.promoted_box), (self.tr("Danh hiệu:"), self.title_box),
                              (self.tr("Nhận xét:"), self.comment), (self.tr("Bản scan:"), scan_row)):
            form.addRow(label, widget)
        form.addRow("", self.scan_status)
        self.subjects = QTableWidget(0, 3)
        self.subjects.setHorizontalHeaderLabels([self.tr("Môn học"), self.tr("Kết quả cả năm"),
                                                 self.tr("Điểm KT cuối năm")])
        self.subjects.horizontalHeader().setStretchLastSection(True)
        self.subjects.setColumnWidth(0, 230)
        self.subjects.setColumnWidth(1, 130)
        self.entry_reason = QLabel()
        self.entry_reason.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Lưu trang chuyển đổi"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_page)
        left = QWidget()
        left.setLayout(form)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.subjects)
        split.setSizes([640, 560])
        bottom = QHBoxLayout()
        bottom.addWidget(self.entry_reason, 1)
        bottom.addWidget(self.save_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.regulation_box.currentIndexChanged.connect(self._regulation_changed)
        self.grade_box.valueChanged.connect(self._grade_changed)
        self.subjects.itemChanged.connect(lambda _item: self.validate())
        for box in (self.student_box, self.year_box, self.learning_box, self.conduct_box, self.title_box):
            box.currentTextChanged.connect(lambda _t: self.validate())
        self.promoted_box.currentIndexChanged.connect(lambda _i: self.validate())
        for line in (self.class_name, self.average, self.absences, self.comment):
            line.textChanged.connect(lambda _t: self.validate())
        return tab

    def refresh(self) -> None:
        """Load the students, years and regulations (học vụ) and the seal's list (văn thư)."""
        if self.can_enter:
            Op(self, self._backend, legacy_pages.entry_context).success(self._set_context) \
                .failure(self._entry_failed).run_in_background()
        if self.can_seal:
            self.seal.plan()

    def _set_context(self, context: legacy_pages.EntryContext) -> None:
        self.context = context
        self.student_box.clear()
        for choice in context.students:
            self.student_box.addItem(choice.label, choice.student_id)
        self.student_box.setCurrentIndex(-1)
        self.year_box.clear()
        self.year_box.addItems(list(context.years))
        self.regulation_box.clear()
        for regulation in context.regulations:
            self.regulation_box.addItem(self.tr("Thông tư {0}").replace("{0}", regulation), regulation)
        self._regulation_changed()
        self.context_loaded.emit()

    def _regulation_changed(self, _index: int = 0) -> None:
        regulation = self.regulation_box.currentData()
        if regulation is None:
            return
        low, high = (1, 5) if regulation == legacy.TT27 else (6, 12)
        self.grade_box.blockSignals(True)
        self.grade_box.setRange(low, high)
        self.grade_box.blockSignals(False)
        learning, conduct, titles = _CATEGORIES[regulation]
        for box, values in ((self.learning_box, learning), (self.conduct_box, conduct), (self.title_box, titles)):
            box.blockSignals(True)
            _fill_choices(box, values)
            box.blockSignals(False)
        self.conduct_box.setEnabled(bool(conduct))
        self.average.setEnabled(regulation == legacy.TT58)
        self._grade_changed()

    def _grade_changed(self, _value: int = 0) -> None:
        regulation, level = self.regulation_box.currentData(), self.context.level if self.context else Level.THCS
        rows = legacy_pages.subject_rows(regulation, level, self.grade_box.value())
        self.subjects.blockSignals(True)
        self.subjects.setRowCount(len(rows))
        for row, (code, name) in enumerate(rows):
            label = QTableWidgetItem(shown_name(name))  # in the interface's language; the page keeps the name
            label.setData(CODE_ROLE, code)
            label.setData(NAME_ROLE, name)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.subjects.setItem(row, 0, label)
            self.subjects.setItem(row, 1, QTableWidgetItem(""))
            test = QTableWidgetItem("")
            if regulation != legacy.TT27:
                test.setFlags(test.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.subjects.setItem(row, 2, test)
        self.subjects.setColumnHidden(2, regulation != legacy.TT27)
        self.subjects.blockSignals(False)
        self.validate()

    def set_subject(self, name_or_code: str, value: str, test: str = "") -> None:
        """Type a subject's result (used by tests and the screenshot script; the table does the same)."""
        for row in range(self.subjects.rowCount()):
            item = self.subjects.item(row, 0)
            if name_or_code in (item.text(), item.data(CODE_ROLE), item.data(NAME_ROLE)):
                self.subjects.item(row, 1).setText(value)
                if test:
                    self.subjects.item(row, 2).setText(test)
                return
        raise KeyError(name_or_code)

    def _subject_values(self) -> tuple[tuple[int, LegacySubject], ...]:
        found = []
        for row in range(self.subjects.rowCount()):
            value = self.subjects.item(row, 1).text().strip()
            if value:
                name = self.subjects.item(row, 0)
                test = self.subjects.item(row, 2).text().strip()
                found.append((row, LegacySubject(name.data(CODE_ROLE), name.data(NAME_ROLE), value, test)))
        return tuple(found)

    def result_from_form(self) -> LegacyYearResult:
        """The page as typed (not yet validated); InvalidInputError when the absences are not a number."""
        absences_text = self.absences.text().strip()
        if absences_text and not absences_text.isdigit():
            raise InvalidInputError(self.tr("Số buổi nghỉ “{0}” phải là số nguyên.").replace("{0}", absences_text),
                                    field="sobuoinghi")
        return LegacyYearResult(
            self.regulation_box.currentData() or "", self.year_box.currentText().strip(), self.grade_box.value(),
            self.class_name.text(), tuple(s for _row, s in self._subject_values()),
            learning=_chosen(self.learning_box), conduct=_chosen(self.conduct_box),
            average=self.average.text(), absences=int(absences_text) if absences_text else None,
            promoted=self.promoted_box.currentData(), title=_chosen(self.title_box),
            comment=self.comment.text())

    def validate(self) -> str:
        """Check every value as typed (domain.legacy); mark bad cells; return the first reason or ""."""
        regulation = self.regulation_box.currentData() or ""
        self.subjects.blockSignals(True)
        for row in range(self.subjects.rowCount()):
            cell = self.subjects.item(row, 1)
            cell.setBackground(QBrush())
            cell.setToolTip("")
        for row, subject in self._subject_values():
            reason = legacy_pages.check_subject(regulation, subject)
            if reason:
                self.subjects.item(row, 1).setBackground(QBrush(QColor("#f6c6c6")))
                self.subjects.item(row, 1).setToolTip(reason)
        self.subjects.blockSignals(False)
        try:
            reason = legacy_pages.check_result(self.result_from_form())
        except InvalidInputError as exc:
            reason = exc.message
        if not reason and self.student_box.currentData() is None:
            reason = self.tr("Chọn học sinh.")
        if not reason and self.scan is None:
            reason = self.tr("Chọn bản scan của trang học bạ giấy.")
        self.entry_reason.setText(reason or self.tr("Hợp lệ: bấm “Lưu trang chuyển đổi”."))
        self.entry_reason.setStyleSheet(RED if reason else GREEN)
        self.save_button.setEnabled(not reason)
        return reason

    def _ask_scan(self) -> None:
        path = ask_open_path(self, self.tr("Chọn bản scan"), self.tr(SCANS))  # i18n: table
        if path is not None:
            self.choose_scan(path)

    def choose_scan(self, path: Path) -> None:
        """Read and check a scan file (io lane); show its pages or the scan checks' Vietnamese reason."""
        self.scan, self.scan_name = None, ""
        self.scan_path.setText(str(path))
        self.scan_status.setText(self.tr("Đang kiểm tra bản scan…"))
        Op(self, self._backend, lambda ctx: legacy_pages.read_scan(ctx, path)).on_lane("io") \
            .success(lambda found: self._scan_ok(path, *found)).failure(self._scan_bad).run_in_background()

    def _scan_ok(self, path: Path, data: bytes, scan) -> None:
        self.scan, self.scan_name = data, path.name
        self.scan_status.setText(self.tr("Bản scan dùng được: {0} trang.").replace("{0}", str(scan.pages)))
        self.scan_status.setStyleSheet(GREEN)
        self.validate()
        self.scan_checked.emit("")

    def _scan_bad(self, exc: BaseException) -> None:
        self.scan_status.setText(error_text(exc))
        self.scan_status.setStyleSheet(RED)
        self.validate()
        self.scan_checked.emit(error_text(exc))

    def save_page(self) -> None:
        """Store the page typed (refused, with the reason shown and nothing written, when a value is bad)."""
        reason = self.validate()
        if reason:
            self.page_refused.emit(reason)
            return
        page = legacy_pages.TrichlucPage(self.student_box.currentData(), self.result_from_form(), self.scan or b"",
                                     self.scan_name)
        self.save_button.setEnabled(False)
        Op(self, self._backend, lambda ctx: legacy_pages.add_page(ctx, page)) \
            .with_progress(self.tr("Đang lưu bản chuyển đổi…")).success(lambda r: self._saved(r.value)) \
            .failure(self._entry_failed).run_in_background()

    def _saved(self, record_id: str) -> None:
        self.entry_reason.setText(self.tr("Đã lưu bản chuyển đổi của {0}; chờ văn thư ký số con dấu.")
                                  .replace("{0}", self.student_box.currentText()))
        self.entry_reason.setStyleSheet(GREEN)
        self.page_saved.emit(record_id)

    def _entry_failed(self, exc: BaseException) -> None:
        self.entry_reason.setText(error_text(exc))
        self.entry_reason.setStyleSheet(RED)
        self.save_button.setEnabled(True)
        self.page_refused.emit(error_text(exc))
        if not isinstance(exc, InvalidInputError):
            show_exception(self, exc)
