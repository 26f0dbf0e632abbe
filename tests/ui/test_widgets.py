"""The shared table helpers: a long name in a wrapping column is shown whole at every width of the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from hocbaso_desktop.ui.widgets import read_only_table, wrap_columns, wrap_last_column
from tests.ui.conftest import LONG_SEAL, cut_cells

ROW = ("ConDau", LONG_SEAL, "CA Cấp Dưới Ngoài Đời", "01/01/2030", "0123456789abcdef")


@pytest.mark.parametrize("wrap", ["columns", "last column"])
def test_rows_grow_when_the_window_is_made_narrower(qtbot, program_font, wrap):
    """Filled at 1024×768 less the navigation list, then the window made narrower step by step: after each step
    the rows grow to the wrapped names (Qt sized them once, when filled, and did not follow: cut at 69 of 200
    widths from 600 to 1,000 pixels)."""
    window = QWidget()
    table = read_only_table(["Thiết bị", "Chủ thể", "Tổ chức cấp", "Hết hạn", "Mã khoá"])
    row = ROW if wrap == "columns" else (*ROW[:1], *ROW[2:], LONG_SEAL)
    if wrap == "columns":
        wrap_columns(table, [1, 2])
    else:
        wrap_last_column(table)
    QVBoxLayout(window).addWidget(table)
    qtbot.addWidget(window)
    window.resize(1024 - 240, 700)
    window.show()
    table.setRowCount(1)
    for column, text in enumerate(row):
        table.setItem(0, column, QTableWidgetItem(text))
    qtbot.waitUntil(lambda: cut_cells(table) == [], timeout=5000)
    for width in range(760, 600, -20):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: cut_cells(table) == [], timeout=5000)
    # the name really wraps at the narrowest width (with a narrower font nothing would, and nothing be tested)
    name_column = row.index(LONG_SEAL)
    assert table.fontMetrics().horizontalAdvance(LONG_SEAL) > 2 * table.columnWidth(name_column)
