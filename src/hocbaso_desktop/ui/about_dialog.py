"""Help → Giới thiệu: version, data folder, log file, a Qt check and the installation self-test.

"Tự kiểm tra" runs hocbaso_desktop.selftest.run_self_test on the database lane (it checks the trust
list and server settings of the open database) and shows its text report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, qVersion
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop import __version__
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.selftest import SelfTestReport, run_self_test
from hocbaso_desktop.ui.errors import log_path
from hocbaso_desktop.ui.operations import Backend, Op, OpContext

PREFERRED_FONTS = ("Noto Sans", "Arimo", "Liberation Sans", "Tinos", "Noto Serif")


def qt_check() -> list[str]:
    """Lines describing Qt: version, platform plugin and the fonts that cover Vietnamese."""
    vietnamese = QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese)
    preferred = [f for f in PREFERRED_FONTS if f in vietnamese]
    lines = [_("Qt {v} — nền tảng hiển thị: {p}", v=qVersion(), p=QGuiApplication.platformName()),
             _("Phông chữ có tiếng Việt: {n}", n=len(vietnamese))
             + (_(" (có {f})", f=", ".join(preferred)) if preferred else _(" — KHÔNG có phông khuyến nghị (Noto Sans)"))]
    return lines


def _self_test(ctx: OpContext) -> SelfTestReport:
    session = ctx.session
    return run_self_test(progress=lambda done, total, title: ctx.progress(title, done, total), db=session.db,
                         data_dir=session.data_dir)


class AboutDialog(QDialog):
    """Version, folders, Qt check and the self-test button."""

    tested = Signal(object)   # SelfTestReport

    def __init__(self, backend: Backend, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.setWindowTitle(self.tr("Giới thiệu Học bạ số"))
        info = [self.tr("Học bạ số — phiên bản {0}").replace("{0}", __version__),
                self.tr("Thư mục dữ liệu: {0}").replace("{0}", str(data_dir or "—")),
                self.tr("Tệp nhật ký: {0}").replace("{0}", str(log_path())), *qt_check()]
        self.info = QLabel("\n".join(info))
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_button = QPushButton(self.tr("&Tự kiểm tra"))
        self.test_button.clicked.connect(self.run_test)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Bấm “Tự kiểm tra” để kiểm tra cài đặt: cơ sở dữ liệu, phông chữ, "
                                               "tạo PDF, thiết bị ký, danh sách tin cậy, máy chủ."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.test_button)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def run_test(self) -> None:
        """Run the self-test in the background and show its report."""
        self.test_button.setEnabled(False)
        self.report.setPlainText(self.tr("Đang kiểm tra…"))
        Op(self, self._backend, _self_test).on_progress(
            lambda label, value, maximum: self.report.setPlainText(
                self.tr("Đang kiểm tra ({0}/{1}): {2}").replace("{0}", str(value)).replace("{1}", str(maximum))
                .replace("{2}", label))).success(self._show).after_failure(self._test_stopped).run_in_background()

    def _show(self, report: SelfTestReport) -> None:
        self.test_button.setEnabled(True)
        self.report.setPlainText(report.as_text())
        self.tested.emit(report)

    def _test_stopped(self, exc: BaseException) -> None:  # after the helper's standard display
        self.test_button.setEnabled(True)
        self.report.setPlainText(str(getattr(exc, "message", exc)))
