"""The one place that decides how an error is shown.

A `HocbasoError` is an expected failure: a Vietnamese message box with its message. Anything else is
a bug: it is logged with its traceback and shown in a report dialog that names the log file, so the
school can send it to support. Dialogs are opened window-modal and non-blocking (`open()`), so the
event loop keeps running and tests can inspect them.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from hocbaso_desktop.app import default_data_dir
from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.domain.i18n import _

log = logging.getLogger(__name__)
_log_path: Path | None = None


def set_log_path(path: Path | None) -> None:
    """Record where the program's log file is (gui_launch sets it when it configures logging)."""
    global _log_path
    _log_path = path


def log_path() -> Path:
    """The log file named in bug reports."""
    return _log_path or default_data_dir() / "hocbaso.log"


def failure_text(exc: BaseException) -> str:
    """The one line a status label shows for a failure: an expected one's message, else the exception's text."""
    expected = as_expected(exc)
    return expected.message if expected is not None else str(exc)


def show_exception(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show `exc` to the user and return the (already opened) dialog."""
    box = QMessageBox(parent)
    expected = as_expected(exc)
    if expected is not None:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_("Không thực hiện được"))
        box.setText(expected.message)
    else:
        log.error("lỗi chương trình", exc_info=(type(exc), exc, exc.__traceback__))
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_("Lỗi chương trình"))
        box.setText(_("Chương trình gặp lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng.\n"
                      "Vui lòng gửi tệp nhật ký sau cho bộ phận hỗ trợ:\n{path}", path=str(log_path())))
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.setObjectName("errorBox")
    box.open()
    return box
