"""The grade entry screen: choose class, subject and checkpoint; type or paste; autosave with a visible state."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QVBoxLayout, QWidget

from hocbaso_desktop.domain.assessment import PERIOD_NAMES, AssessmentEntry
from hocbaso_desktop.domain.i18n import VIETNAM_TIME, _
from hocbaso_desktop.services import ClassChoice, GradeSheet, grade_sheets
from hocbaso_desktop.ui.change_hub import follow_changes
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
        follow_changes(self, backend, ("assessments", "students", "records"), self.reload_sheet, own=False)
        self._choices: list[ClassChoice] = []
        self._saves_in_flight = 0
        self.model: GradeTableModel | None = None
        self.leave_question: QMessageBox | None = None
        self._shown = (-1, -1, -1)  # class, sheet and period rows of the sheet on screen
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
        self.table.refused.connect(self._refused)
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
        self.class_box.currentIndexChanged.connect(self._class_picked)
        self.sheet_box.activated.connect(lambda _i: self._sheet_picked())
        self.period_box.activated.connect(lambda _i: self._sheet_picked())

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
            self.class_box.addItem(choice.school_class.name)  # "1A", as every other class picker shows it
        self.class_box.blockSignals(False)
        if choices:
            self._class_changed(0)
        else:
            self.save_state.setText(self.tr("Bạn chưa được phân công lớp nào."))

    # -- leaving a sheet with rejected values ----------------------------------------------------
    def ask_before_leaving(self, proceed: Callable[[], None]) -> bool:
        """When cells hold rejected values, ask first and return True (`proceed` runs if the teacher leaves them).

        Returns False when there is nothing to ask: the caller goes on at once.
        """
        model = self.model
        if model is None or not model.invalid_count():
            return False
        places = model.invalid_places()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Còn ô sai chưa lưu"),
                          self.tr("{0} ô có giá trị sai (tô hồng) và sẽ KHÔNG được lưu:\n{1}")
                          .replace("{0}", str(len(places))).replace("{1}", "\n".join(places[:8])
                                                                      + ("\n…" if len(places) > 8 else "")),
                          QMessageBox.StandardButton.NoButton, self)
        leave = box.addButton(self.tr("Bỏ các ô sai và rời đi"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Ở lại để sửa"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)

        def answered(button) -> None:
            if button is leave:
                model.discard_invalid()
                proceed()
        box.buttonClicked.connect(answered)
        self.leave_question = box
        box.open()
        return True

    def discard_invalid(self) -> None:
        """Drop the rejected values without asking (signing out from the lock screen)."""
        if self.model is not None:
            self.model.discard_invalid()

    def _select_rows(self, class_row: int, sheet_row: int, period_row: int) -> None:
        for box, row in ((self.class_box, class_row), (self.sheet_box, sheet_row), (self.period_box, period_row)):
            box.blockSignals(True)
            box.setCurrentIndex(row)
            box.blockSignals(False)

    def _class_picked(self, row: int) -> None:
        shown = self._shown
        if shown[0] >= 0 and self.ask_before_leaving(lambda: (self._select_rows(row, -1, -1),
                                                              self._class_changed(row))):
            self._select_rows(*shown)  # back to the sheet on screen until the teacher decides
            return
        self._class_changed(row)

    def _sheet_picked(self) -> None:
        wanted = (self.class_box.currentIndex(), self.sheet_box.currentIndex(), self.period_box.currentIndex())
        if self._shown[0] >= 0 and self.ask_before_leaving(lambda: (self._select_rows(*wanted), self.open_current())):
            self._select_rows(*self._shown)
            return
        self.open_current()

    def _refused(self, reason: str) -> None:
        self.message.setText(self.tr("Ô này không sửa được: {0}").replace("{0}", reason))

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

    def reload_sheet(self) -> None:
        """Load the sheet on screen again (another screen changed it), unless cells typed here wait to be saved."""
        if self.model is not None and not self.model.pending_count() and not self.model.invalid_count() \
                and not self.is_saving:
            self.open_current()

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
        self.model.errors_changed.connect(self._errors_changed)
        self._shown = (self.class_box.currentIndex(), self.sheet_box.currentIndex(), self.period_box.currentIndex())
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        metrics = header.fontMetrics()
        for column, spec in enumerate(sheet.columns, start=1):
            # wide enough for its title ("Mức đạt được"), never cut
            header.resizeSection(column, max(260 if spec.kind == "text" else 72,
                                             metrics.horizontalAdvance(spec.label) + 24))
        # the result's words ("Chỉ xếp loại cuối năm", longer in English) are read whole, never cut with "…"
        header.resizeSection(self.model.result_column, max(150, self.table.sizeHintForColumn(self.model.result_column)))
        banner = sheet.locked_reason
        if not banner and sheet.locked_students:
            banner = self.tr("{0} học sinh có học bạ đã khoá để ký hoặc đã phát hành: các dòng đó chỉ xem được "
                             "(rê chuột lên để xem lý do).").replace("{0}", str(len(sheet.locked_students)))
        self.lock_banner.setText(banner)
        self.lock_banner.setVisible(bool(banner))
        self.save_state.setStyleSheet("")
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

    def _errors_changed(self, message: str) -> None:
        self.message.setText(message)
        if not message and self.model is not None and not self.model.pending_count() and not self.is_saving \
                and "sai" in self.save_state.text():
            self._show_saved(self.model)

    def save_now(self) -> None:
        """Store the pending valid edits now (Ctrl+S; also before switching sheets, signing out, quitting)."""
        if self.model is not None:
            if not self.model.pending_count() and self.model.invalid_count():
                self._show_saved(self.model)  # nothing valid to store: still say what is NOT saved
            self._save_model(self.model)

    def _show_saved(self, model: GradeTableModel) -> None:
        """The save state after a save: never a bare "Đã lưu" while cells hold rejected values."""
        at = datetime.now(VIETNAM_TIME).strftime("%H:%M:%S")  # the school's clock, whatever the computer's zone
        bad = model.invalid_count()
        if not bad:
            self.save_state.setStyleSheet("")
            self.save_state.setText(self.tr("Đã lưu lúc {0}").replace("{0}", at))
            return
        places = model.invalid_places()
        self.save_state.setStyleSheet("color:#a00000; font-weight:bold;")
        self.save_state.setText(self.tr("{0} ô sai CHƯA lưu; các ô khác đã lưu lúc {1}")
                                .replace("{0}", str(bad)).replace("{1}", at))
        self.message.setText(self.tr("Không lưu {0} ô sai (tô hồng): {1}. Hãy sửa hoặc xoá các ô này.")
                             .replace("{0}", str(bad)).replace("{1}", "; ".join(places[:6])
                                                                 + ("; …" if len(places) > 6 else "")))

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
            .success(lambda changed: self._saved(model, changed.value)) \
            .after_failure(lambda _exc: self._save_refused(model, entries)).run_in_background()

    def _saved(self, model: GradeTableModel, count: int) -> None:
        self._saves_in_flight -= 1
        if model.pending_count():  # typed while this save ran, on this sheet or on one just left
            self._save_model(model)
            return
        if model is self.model:
            self._show_saved(model)
        self.saved.emit(count)

    def _save_refused(self, model: GradeTableModel, entries: list[AssessmentEntry]) -> None:
        self._saves_in_flight -= 1
        model.restore_pending(entries)
        self._autosave.stop()
        if model is self.model:
            self.save_state.setText(self.tr("Lưu thất bại — chưa lưu {0} ô").replace("{0}", str(len(entries))))

    @property
    def is_saving(self) -> bool:
        """Whether a save is running."""
        return self._saves_in_flight > 0
