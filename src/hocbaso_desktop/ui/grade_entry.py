"""The grade entry screen: choose class, subject and checkpoint; type or paste; autosave with a visible state."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from hocbaso_desktop.domain.assessment import PERIOD_NAMES, AssessmentEntry
from hocbaso_desktop.i18n import _
from hocbaso_desktop.services import ClassChoice, GradeSheet, grade_sheets
from hocbaso_desktop.ui.errors import show_exception
from hocbaso_desktop.ui.grade_model import GradeTableModel
from hocbaso_desktop.ui.grade_table import GradeTableView
from hocbaso_desktop.ui.operations import Backend, Op

log = logging.getLogger(__name__)
AUTOSAVE_DELAY_MS = 800


class GradeEntryPage(QWidget):
    """Class / subject / period pickers above a GradeTableView; saves by itself."""

    sheet_loaded = Signal()
    saved = Signal(int)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._choices: list[ClassChoice] = []
        self._saves_in_flight = 0
        self.model: GradeTableModel | None = None
        self.class_box, self.sheet_box, self.period_box = QComboBox(), QComboBox(), QComboBox()
        self.save_state = QLabel(self.tr("Chưa mở bảng điểm"))
        self.save_state.setObjectName("saveState")
        self.lock_banner = QLabel()
        self.lock_banner.setStyleSheet("background:#fde2b8; padding:4px;")
        self.lock_banner.hide()
        self.message = QLabel()
        self.message.setStyleSheet("color:#a00000;")
        self.message.setWordWrap(True)
        self.table = GradeTableView()
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_now)

        bar = QHBoxLayout()
        for label, box in ((self.tr("Lớp:"), self.class_box), (self.tr("Môn/mục:"), self.sheet_box),
                           (self.tr("Kì:"), self.period_box)):
            bar.addWidget(QLabel(label))
            bar.addWidget(box, 1)
        bar.addWidget(self.save_state)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.lock_banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        hint = QLabel(self.tr("Enter: xuống dòng · Tab: sang phải · Delete: xoá · Ctrl+V: dán từ Excel · "
                              "Ctrl+S: lưu ngay · rê chuột lên kết quả để xem lý do"))
        hint.setStyleSheet("color:#555;")
        layout.addWidget(hint)
        self.class_box.currentIndexChanged.connect(self._class_changed)
        self.sheet_box.activated.connect(lambda _i: self.open_current())
        self.period_box.activated.connect(lambda _i: self.open_current())

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the user's classes (in the background)."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self.set_choices) \
            .run_in_background()

    def set_choices(self, choices: list[ClassChoice]) -> None:
        """Fill the class picker."""
        self._choices = choices
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for choice in choices:
            self.class_box.addItem(self.tr("Lớp {0}").replace("{0}", choice.school_class.name))
        self.class_box.blockSignals(False)
        if choices:
            self._class_changed(0)
        else:
            self.save_state.setText(self.tr("Bạn chưa được phân công lớp nào."))

    def _class_changed(self, row: int) -> None:
        if not 0 <= row < len(self._choices):
            return
        choice = self._choices[row]
        self.sheet_box.clear()
        for sheet in choice.sheets:
            self.sheet_box.addItem(sheet.label if sheet.editable else self.tr("{0} (xem)").replace("{0}", sheet.label),
                                   sheet.subject)
        editable = next((i for i, s in enumerate(choice.sheets) if s.editable), 0)
        self.sheet_box.setCurrentIndex(editable)
        self._fill_periods(choice.level, None)
        self.open_current()

    def _fill_periods(self, level: str, selected: str | None) -> None:
        subject = self.sheet_box.currentData() or ""
        self.period_box.clear()
        for period in grade_sheets.periods_for(level, subject):
            name = _(PERIOD_NAMES[period])  # i18n: table
            self.period_box.addItem(name[:1].upper() + name[1:], period)
        if selected is not None:
            self.period_box.setCurrentIndex(max(0, self.period_box.findData(selected)))

    def open_current(self) -> None:
        """Save what is pending, then load the sheet picked in the three boxes."""
        row = self.class_box.currentIndex()
        if not 0 <= row < len(self._choices):
            return
        choice = self._choices[row]
        period = self.period_box.currentData()
        self._fill_periods(choice.level, period)
        self.open_sheet(choice.school_class.id, self.sheet_box.currentData(), self.period_box.currentData())

    def open_sheet(self, class_id: str, subject: str, period: str) -> None:
        """Load one sheet in the background and show it."""
        self.save_now()
        self.save_state.setText(self.tr("Đang tải…"))
        Op(self, self._backend, lambda ctx: grade_sheets.load_sheet(ctx.session, class_id, subject, period)) \
            .success(self.show_sheet).run_in_background()

    def show_sheet(self, sheet: GradeSheet) -> None:
        """Put a loaded sheet in the table."""
        self.model = GradeTableModel(sheet, self)
        self.model.pending_changed.connect(self._pending_changed)
        self.model.invalid_entered.connect(self.message.setText)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, spec in enumerate(sheet.columns, start=1):
            header.resizeSection(column, 260 if spec.kind == "text" else 72)
        header.resizeSection(self.model.result_column, 150)
        banner = sheet.locked_reason
        if not banner and sheet.locked_students:
            banner = self.tr("{0} học sinh có học bạ đã khoá để ký hoặc đã phát hành: các dòng đó chỉ xem được "
                             "(rê chuột lên để xem lý do).").replace("{0}", str(len(sheet.locked_students)))
        self.lock_banner.setText(banner)
        self.lock_banner.setVisible(bool(banner))
        self.save_state.setText(self.tr("Đã lưu"))
        self.message.clear()
        self.table.select_first_value()
        self.table.setFocus()
        self.sheet_loaded.emit()

    # -- autosave ------------------------------------------------------------------------------
    def _pending_changed(self, count: int) -> None:
        if count:
            self.save_state.setText(self.tr("Chưa lưu ({0} ô)").replace("{0}", str(count)))
            self._autosave.start()

    def save_now(self) -> None:
        """Store the pending valid edits now (Ctrl+S; also before switching sheets, signing out, quitting)."""
        if self.model is not None:
            self._save_model(self.model)

    def _save_model(self, model: GradeTableModel) -> None:
        # No "already saving" shortcut: the database lane runs saves one after another in order, and a
        # shortcut here lost the cells typed during a save when the teacher then switched sheet.
        if not model.pending_count():
            return
        entries = model.take_pending()
        sheet = model.sheet
        self._saves_in_flight += 1
        if model is self.model:
            self.save_state.setText(self.tr("Đang lưu…"))
        Op(self, self._backend, lambda ctx: grade_sheets.save_grades(
            ctx.session, sheet.school_class.id, sheet.subject, entries)) \
            .success(lambda count: self._saved(model, count)) \
            .failure(lambda exc: self._save_failed(model, entries, exc)).run_in_background()

    def _saved(self, model: GradeTableModel, count: int) -> None:
        self._saves_in_flight -= 1
        if model.pending_count():  # typed while this save ran, on this sheet or on one just left
            self._save_model(model)
            return
        if model is self.model:
            self.save_state.setText(self.tr("Đã lưu lúc {0}").replace("{0}", datetime.now().strftime("%H:%M:%S")))
        self.saved.emit(count)

    def _save_failed(self, model: GradeTableModel, entries: list[AssessmentEntry], exc: BaseException) -> None:
        self._saves_in_flight -= 1
        model.restore_pending(entries)
        self._autosave.stop()
        if model is self.model:
            self.save_state.setText(self.tr("Lưu thất bại — chưa lưu {0} ô").replace("{0}", str(len(entries))))
        show_exception(self, exc)

    @property
    def is_saving(self) -> bool:
        """Whether a save is running."""
        return self._saves_in_flight > 0
