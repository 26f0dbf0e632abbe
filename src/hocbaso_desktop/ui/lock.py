"""The locked screen: after a period without keyboard or mouse input, the window hides its content
until the signed-in user types their password again (several people share one school PC)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hocbaso_desktop.services import accounts
from hocbaso_desktop.ui.operations import Backend, Op

_INPUT_EVENTS = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                           QEvent.Type.Wheel, QEvent.Type.InputMethod})


class InactivityWatcher(QObject):
    """Emits `idle` once no input has reached the application for `seconds`."""

    idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._last = time.monotonic()
        self._fired = False
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._check)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Note the time of every input event; never consumes it."""
        if event.type() in _INPUT_EVENTS:
            self._last = time.monotonic()
            self._fired = False
        return False

    def _check(self) -> None:
        if not self._fired and time.monotonic() - self._last >= self.seconds:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        """Stop watching (on sign-out)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Password prompt shown instead of the window's content."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, backend: Backend, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        title = QLabel(self.tr("Màn hình đã khoá"))
        title.setStyleSheet("font-size:18pt; font-weight:bold;")
        who = QLabel(self.tr("Người dùng: {0}. Nhập mật khẩu để tiếp tục.").replace("{0}", full_name))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.submit)
        self.message = QLabel()
        self.message.setStyleSheet("color:#a00000;")
        unlock = QPushButton(self.tr("Mở khoá"))
        unlock.clicked.connect(self.submit)
        other = QPushButton(self.tr("Đăng xuất"))
        other.clicked.connect(self.sign_out_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, who, self.password, self.message, unlock, other):
            layout.addWidget(widget)
        layout.addStretch(1)

    def submit(self) -> None:
        """Check the password on the database lane."""
        password = self.password.text()
        self.password.clear()
        Op(self, self._backend, lambda ctx: accounts.check_password(ctx.session, password)) \
            .success(lambda _r: self._ok()).status(self.message, inline_only=True).run_in_background()

    def _ok(self) -> None:
        self.message.clear()
        self.unlocked.emit()

