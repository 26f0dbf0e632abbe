"""Small widget helpers shared by the data screens: read-only tables, file choosers, text of errors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.services import ClassChoice


def read_only_table(headers: list[str]) -> QTableWidget:
    """A table of whole-row selection that the user cannot edit, columns sized to their contents."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def wrap_last_column(table: QTableWidget) -> None:
    """Let the last column's sentences wrap onto more lines (rows grow; two lines at least, since Qt measures a
    wrapped line a few pixels short) instead of being cut with "…"."""
    last = table.columnCount() - 1
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.horizontalHeader().setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows.setMinimumSectionSize(2 * table.fontMetrics().lineSpacing() + 8)
    _rows_follow_column_widths(table)


def wrap_columns(table: QTableWidget, columns: Sequence[int]) -> None:
    """Names that may be long (a school's seal, a certificate authority) share the width left by the other
    columns and wrap onto more lines (rows grow) instead of being cut; the other columns fit their contents."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in columns
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    _rows_follow_column_widths(table)


def _rows_follow_column_widths(table: QTableWidget) -> None:
    """Measure the rows again once the columns' widths change. Qt sizes a row to its contents when it is filled and
    does not follow a wrapping column that becomes narrower afterwards (the window made smaller, the columns
    settling after the rows were filled): a long name was left cut. Once the widths stop changing for 40 ms: every
    row is measured (≈ 25 ms for 1,000 rows), not at each step of a window being dragged narrower."""
    again = QTimer(table)
    again.setSingleShot(True)
    again.setInterval(40)
    again.timeout.connect(table.resizeRowsToContents)
    # a lambda, not `again.start` itself: the signal's first argument would be taken as start(msec)
    table.horizontalHeader().sectionResized.connect(lambda *_: again.start())


def fill_class_box(box: QComboBox, choices: Sequence[ClassChoice]) -> None:
    """Replace a combo box's items with the names of the user's classes (index = position in `choices`)."""
    box.clear()
    for choice in choices:
        box.addItem(choice.school_class.name)


def fill_table(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Replace a table's rows with `rows` (tuples of text, one per column)."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setToolTip(text if len(text) > 40 else "")
            table.setItem(row, column, item)


def ask_open_path(parent: QWidget, title: str, pattern: str) -> Path | None:
    """A file chosen to read, or None when the user cancelled."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, "", pattern)
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str, suggested: str, pattern: str) -> Path | None:
    """A file name chosen to write, or None when the user cancelled."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return Path(name) if name else None


def error_text(exc: BaseException) -> str:
    """The Vietnamese message of an expected error, or the exception's name for a bug."""
    expected = as_expected(exc)
    return expected.message if expected is not None else type(exc).__name__
