"""The Qt binding the program pins keeps Python's own objects whole."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget


def test_qt_calls_that_return_nothing_keep_the_references_to_none(qtbot):
    """PySide6-Essentials 6.12.0 (abi3 wheel, Python 3.11) dropped one reference to None at every Qt call that
    returns nothing (setObjectName, setRowCount, setText…): a session of the program makes tens of thousands, and
    Python aborts ("Fatal Python error: none_dealloc") once None's count reaches zero. 6.11.3 keeps them."""
    named, table = QObject(), QTableWidget()
    qtbot.addWidget(table)
    before = sys.getrefcount(None)
    for _ in range(1500):
        named.setObjectName("x")
        table.setRowCount(3)
    # 3,000 calls: 6.12.0 loses 3,000 references here. The margin is for the process's other threads (a server's
    # thread of an earlier test holding Nones for a moment); a binding that loses one a call still fails.
    assert sys.getrefcount(None) > before - 1000
