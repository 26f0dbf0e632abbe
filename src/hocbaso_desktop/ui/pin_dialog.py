"""The PIN dialog and the Qt implementation of `token.PinPrompt` (Electrum's QtHandler pattern).

The token layer asks for the PIN from a worker thread; `QtPinPrompt.ask_pin` signals the GUI thread,
which opens the dialog, and waits on a threading.Event for the answer. The dialog shows the tries
left and refuses to take a PIN when only one try remains (a wrong final PIN would lock the token).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from hocbaso_desktop.token import TokenInfo

FINAL_TRY = 1


class PinDialog(QDialog):
    """Asks the PIN of one token; shows remaining tries; refuses at the final try."""

    def __init__(self, token: TokenInfo, remaining_tries: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập mã PIN"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.refused = remaining_tries is not None and remaining_tries <= FINAL_TRY
        head = QLabel(self.tr("Thiết bị ký: {0} (số sê-ri {1})").replace("{0}", token.label)
                      .replace("{1}", token.serial))
        self.tries = QLabel()
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ký"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        if self.refused:
            self.tries.setText(self.tr("Thiết bị chỉ còn 1 lần thử mã PIN. Chương trình không thử để tránh khoá "
                                       "thiết bị; hãy liên hệ nhà cung cấp chứng thư số để mở khoá."))
            self.tries.setStyleSheet("color:#a00000;")
            self.pin.setEnabled(False)
            self.ok_button.setEnabled(False)
        elif remaining_tries is not None:
            self.tries.setText(self.tr("Còn {0} lần thử.").replace("{0}", str(remaining_tries)))
        self.tries.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (head, self.tries, self.pin, buttons):
            layout.addWidget(widget)

    def value(self) -> str | None:
        """The PIN typed (None if refused or empty)."""
        return None if self.refused else (self.pin.text() or None)


PIN_WAIT_SECONDS = 600


class QtPinPrompt(QObject):
    """`token.PinPrompt` for the interface; call its methods from worker threads only."""

    _ask = Signal(object, object, object)  # token, remaining tries, reply box
    _message = Signal(str)
    dialog_opened = Signal(object)  # PinDialog (tests and screenshots)
    message_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._ask.connect(self._open, Qt.ConnectionType.QueuedConnection)
        self._message.connect(self.message_shown, Qt.ConnectionType.QueuedConnection)

    def ask_pin(self, token: TokenInfo, remaining_tries: int | None) -> str | None:
        """Block the calling worker thread until the person answers; None = cancelled or refused."""
        box: dict[str, object] = {"done": threading.Event()}
        self._ask.emit(token, remaining_tries, box)
        done = box["done"]
        assert isinstance(done, threading.Event)
        if not done.wait(PIN_WAIT_SECONDS):
            return None  # nobody answered (a principal called away, or the program closing): as cancelled
        pin = box.get("pin")
        return pin if isinstance(pin, str) else None

    def show_message(self, message: str) -> None:
        """Show a token message (e.g. "enter the PIN on the reader") in the GUI."""
        self._message.emit(message)

    @Slot(object, object, object)
    def _open(self, token: TokenInfo, remaining_tries: int | None, box: dict[str, object]) -> None:
        dialog = PinDialog(token, remaining_tries, self._parent)

        def finish(code: int) -> None:
            box["pin"] = dialog.value() if code == QDialog.DialogCode.Accepted else None
            dialog.pin.clear()
            done = box["done"]
            assert isinstance(done, threading.Event)
            done.set()
            dialog.deleteLater()

        dialog.finished.connect(finish)
        dialog.open()
        self.dialog_opened.emit(dialog)
