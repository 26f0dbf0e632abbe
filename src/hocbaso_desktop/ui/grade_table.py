"""The keyboard-first table view of the grade sheet: moves like a spreadsheet.

Enter moves down and Tab moves right (while editing too, committing the value first); typing over a
cell replaces its content; Delete/Backspace clears the selection; Ctrl+V pastes a tab-separated block
copied from Excel at the current cell. Vietnamese input methods work: an input-method commit on the
view opens the editor and delivers the text to it (Qt's default for AnyKeyPressed).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from hocbaso_desktop.ui.grade_model import GradeTableModel

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _MovingDelegate(QStyledItemDelegate):
    """Commits on Enter/Tab and asks the view to move, instead of Qt's default "stay"."""

    def __init__(self, view: GradeTableView) -> None:
        super().__init__(view)
        self._view = view
        self.last_editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt API
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        """Create the editor and remember it (the view forwards input-method text to it)."""
        editor = super().createEditor(parent, option, index)
        self.last_editor = editor
        return editor

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Intercept Enter / Tab / Shift+Tab inside the editor."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and isinstance(editor, QWidget):
            step = {Qt.Key.Key_Return: (1, 0), Qt.Key.Key_Enter: (1, 0), Qt.Key.Key_Tab: (0, 1),
                    Qt.Key.Key_Backtab: (0, -1)}.get(Qt.Key(event.key()))
            if step is not None:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self._view.move_by(*step)
                return True
        return super().eventFilter(editor, event)


class GradeTableView(QTableView):
    """A QTableView with spreadsheet keys over a GradeTableModel."""

    refused = Signal(str)  # typing into a read-only cell: why it is read-only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._delegate = _MovingDelegate(self)
        self.setItemDelegate(self._delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    def grade_model(self) -> GradeTableModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, GradeTableModel)
        return model

    def move_by(self, rows: int, columns: int) -> None:
        """Move the current cell, wrapping Tab to the next row's first value column."""
        current = self.currentIndex()
        model = self.grade_model()
        if not current.isValid():
            current = model.index(0, 1)
        row, column = current.row() + rows, current.column() + columns
        last_value = len(model.sheet.columns)
        if column > last_value:
            row, column = row + 1, 1
        elif column < 1:
            row, column = row - 1, last_value
        row = max(0, min(row, model.rowCount() - 1))
        target = model.index(row, column)
        self.setCurrentIndex(target)
        self.scrollTo(target)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Spreadsheet keys when no editor is open."""
        if self.state() != QAbstractItemView.State.EditingState:
            key = Qt.Key(event.key())
            if key in _ENTER:
                self.move_by(1, 0)
                return
            if key == Qt.Key.Key_Tab:
                self.move_by(0, 1)
                return
            if key == Qt.Key.Key_Backtab:
                self.move_by(0, -1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection_values()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_clipboard()
                return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt API
        """Vietnamese input methods: committed text opens the editor and replaces the cell's value.

        Qt opens the editor for an input-method event but drops its text; forward it ourselves.
        """
        index = self.currentIndex()
        if (self.state() != QAbstractItemView.State.EditingState and event.commitString() and index.isValid()
                and self.edit(index, QAbstractItemView.EditTrigger.AnyKeyPressed, event)):
            editor = self._delegate.last_editor
            if isinstance(editor, QLineEdit):
                editor.selectAll()
                QApplication.sendEvent(editor, event)
            return
        super().inputMethodEvent(event)

    def edit(self, index, trigger=None, event=None):  # type: ignore[override]
        """Open the editor; typing into a locked cell says why nothing happens instead of staying silent."""
        if trigger is None:
            return super().edit(index)
        opened = super().edit(index, trigger, event)
        typed = QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked \
            | QAbstractItemView.EditTrigger.EditKeyPressed
        if not opened and trigger & typed and isinstance(self.model(), GradeTableModel):
            reason = self.grade_model().read_only_reason(index)
            if reason:
                self.refused.emit(reason)
        return opened

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt API
        """Keep Tab inside the grid (it moves between cells, not widgets)."""
        if self.state() == QAbstractItemView.State.EditingState:
            return False
        self.move_by(0, 1 if forward else -1)
        return True

    def clear_selection_values(self) -> None:
        """Clear every selected value cell."""
        model = self.grade_model()
        for index in self.selectedIndexes() or [self.currentIndex()]:
            if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                model.setData(index, "")

    def paste_clipboard(self) -> tuple[int, int]:
        """Paste the clipboard's text block at the current cell; return (accepted, rejected)."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> tuple[int, int]:
        """Paste a tab-separated block at the current cell; return (accepted, rejected)."""
        model = self.grade_model()
        if model.locked:
            return 0, 0
        current = self.currentIndex()
        if not current.isValid():
            current = model.index(0, 1)
        return model.paste_text(current.row(), max(current.column(), 1), text)

    def select_first_value(self) -> None:
        """Put the cursor on the first student's first value."""
        self.setCurrentIndex(self.grade_model().index(0, 1) if self.model() else QModelIndex())
