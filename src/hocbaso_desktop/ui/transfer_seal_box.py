"""The clerk's part of the transfer screen (văn thư): seal a package, open a package encrypted for this school.

Seal: choose the package the academic office made, optionally the receiving school's seal certificate (a file the
receiving school hands over; the one the academic office chose is already in the package), the token, one PIN:
the package is sealed and, when a certificate is known, encrypted for it. Open: choose a package encrypted for
this school's seal, where to write the opened package, one PIN: the seal's token decrypts it; the academic office
then receives the opened package (its seal is checked then).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.services import transfers
from hocbaso_desktop.token import TokenInfo
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.pin_dialog import QtPinPrompt
from hocbaso_desktop.ui.widgets import ask_open_path, ask_save_path

PACKAGE = QT_TRANSLATE_NOOP("TransferSealBox", "Gói chuyển trường (*.hbzip *.zip *.p7m);;Mọi tệp (*)")
CERTIFICATE = QT_TRANSLATE_NOOP("TransferSealBox", "Chứng thư số (*.pem *.crt *.cer *.der *.p7b);;Mọi tệp (*)")
RED, GREEN = "color:#a00000;", "color:#006000;"


def path_row(line: QLineEdit, button: QPushButton, clear: QPushButton | None = None) -> QHBoxLayout:
    """A file name and its Choose (and Remove) buttons on one row."""
    row = QHBoxLayout()
    row.addWidget(line, 1)
    row.addWidget(button)
    if clear is not None:
        row.addWidget(clear)
    return row


class TransferSealBox(QGroupBox):
    """Seal (and encrypt) a package, open an encrypted one: the seal's token, one PIN each."""

    setup_loaded = Signal(object)   # transfers.SealSetup
    sealed = Signal(object)         # transfers.SealedPackage
    opened = Signal(object)         # Path of the opened package
    failed = Signal(object)         # the exception of a failed operation

    def __init__(self, backend: Backend, token_env: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Niêm phong, mở gói bằng con dấu của trường (văn thư)"))
        self._backend, self.token_env = backend, token_env
        self.setup: transfers.SealSetup | None = None
        self.prompt = QtPinPrompt(self)
        self.prompt.message_shown.connect(lambda m: self.status.setText(m))
        self.certificate = QLabel("—")
        self.token_box = QComboBox()
        self.token_box.setMinimumContentsLength(28)
        find = QPushButton(self.tr("Tìm thiết bị ký"))
        find.clicked.connect(self.refresh)
        self.package = QLineEdit()
        self.package.setPlaceholderText(self.tr("gói do học vụ tạo (chuyển đi)"))
        choose_package = QPushButton(self.tr("Chọn gói…"))
        choose_package.clicked.connect(self._choose_package)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("tuỳ chọn: chứng thư con dấu của trường nhận (để mã hoá gói)"))
        self.recipient.textChanged.connect(lambda _t: self.recipient_info.setText(""))
        choose_cert = QPushButton(self.tr("Chọn chứng thư…"))
        choose_cert.clicked.connect(self._choose_recipient)
        self.recipient_info = QLabel()
        self.recipient_info.setWordWrap(True)
        self.seal_button = QPushButton(self.tr("Niêm phong gói (nhập PIN con dấu)"))
        self.seal_button.clicked.connect(lambda: self.seal(Path(self.package.text().strip()),
                                                           self._recipient_path()))
        self.encrypted = QLineEdit()
        self.encrypted.setPlaceholderText(self.tr("gói trường khác gửi đến, đã mã hoá cho con dấu của trường"))
        choose_encrypted = QPushButton(self.tr("Chọn gói…"))
        choose_encrypted.clicked.connect(self._choose_encrypted)
        self.open_button = QPushButton(self.tr("Mở gói đã mã hoá…"))
        self.open_button.clicked.connect(self._ask_open)
        self.status = QLabel()
        self.status.setWordWrap(True)
        for button in (self.seal_button, self.open_button):
            button.setEnabled(False)   # until the seal's token is found
        form = QFormLayout()
        token_row = QHBoxLayout()
        token_row.addWidget(self.token_box, 1)
        token_row.addWidget(find)
        form.addRow(self.tr("Chứng thư con dấu:"), self.certificate)
        form.addRow(self.tr("Thiết bị ký:"), token_row)
        form.addRow(self.tr("Gói cần niêm phong:"), path_row(self.package, choose_package))
        form.addRow(self.tr("Mã hoá cho trường nhận:"), path_row(self.recipient, choose_cert))
        form.addRow("", self.recipient_info)
        form.addRow("", self.seal_button)
        form.addRow(self.tr("Gói đã mã hoá nhận được:"), path_row(self.encrypted, choose_encrypted))
        form.addRow("", self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)

    def _recipient_path(self) -> Path | None:
        text = self.recipient.text().strip()
        return Path(text) if text else None

    # -- the seal and its token ----------------------------------------------------------------
    def refresh(self) -> None:
        """Show the clerk's seal certificate and look for its token."""
        Op(self, self._backend, lambda ctx: transfers.seal_setup(ctx)).success(self._show_setup) \
            .status(self.status).run_in_background()

    def _show_setup(self, setup: transfers.SealSetup) -> None:
        self.setup = setup
        self.certificate.setText(setup.certificate or "—")
        self.status.setText(setup.problem)
        self.status.setStyleSheet(RED if setup.problem else "")
        self.setup_loaded.emit(setup)
        if setup.problem:
            return
        module, env = setup.module_path, self.token_env
        Op(self, self._backend, lambda ctx: transfers.list_tokens(module, env)).on_lane("io") \
            .success(self._show_tokens).status(self.status).run_in_background()

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        self.token_box.clear()
        for token in tokens:
            self.token_box.addItem(f"{token.label} ({token.serial})", token.serial)
        if self.setup is not None:
            self.token_box.setCurrentIndex(max(0, self.token_box.findData(self.setup.token_serial)))
        for button in (self.seal_button, self.open_button):
            button.setEnabled(bool(tokens))
        if not tokens:
            self.status.setText(self.tr("Chưa thấy thiết bị ký của con dấu: hãy cắm thiết bị vào máy rồi bấm “Tìm thiết bị ký”."))

    # -- seal ----------------------------------------------------------------------------------
    def _choose_package(self) -> None:
        path = ask_open_path(self, self.tr("Chọn gói cần niêm phong"), self.tr(PACKAGE))  # i18n: table
        if path is not None:
            self.package.setText(str(path))

    def _choose_recipient(self) -> None:
        path = ask_open_path(self, self.tr("Chọn chứng thư con dấu của trường nhận"), self.tr(CERTIFICATE))  # i18n: table
        if path is not None:
            self.recipient.setText(str(path))
            self.check_recipient(path)

    def check_recipient(self, path: Path) -> None:
        """Check the receiving school's certificate now, so a wrong file is named before the PIN is asked."""
        Op(self, self._backend, lambda ctx: transfers.recipient_certificate(ctx, path)) \
            .success(self._show_recipient).status(self.status).run_in_background()

    def _show_recipient(self, view: transfers.RecipientView) -> None:
        self.recipient_info.setText(self.tr("Gói sẽ được mã hoá cho {0} ({1}), chứng thư hết hạn {2}.")
                                    .replace("{0}", view.name).replace("{1}", view.organisation or "—")
                                    .replace("{2}", view.valid_to))

    def seal(self, package: Path, to_cert: Path | None) -> None:
        """Seal `package` with the seal's token (one PIN), encrypted for `to_cert` when given."""
        serial, module, env = self.token_box.currentData() or "", self.setup.module_path if self.setup else "", \
            self.token_env
        self.seal_button.setEnabled(False)
        self.status.setStyleSheet("")
        Op(self, self._backend, lambda ctx: transfers.seal(ctx, package, self.prompt, recipient_cert=to_cert,
                                                           token_serial=serial, module_path=module, env=env)) \
            .with_progress(self.tr("Đang niêm phong gói…")).success(lambda r: self._sealed(package, r.value)) \
            .status(self.status) \
            .after_failure(self._failed).run_in_background()

    def _sealed(self, package: Path, sealed: transfers.SealedPackage) -> None:
        self.seal_button.setEnabled(True)
        text = self.tr("Đã niêm phong {0} (ký bởi {1}).").replace("{0}", package.name).replace("{1}", sealed.signer)
        if sealed.encrypted_for:
            text += " " + self.tr("Gói đã được mã hoá cho {0}: chỉ con dấu của trường nhận mở được.") \
                .replace("{0}", sealed.encrypted_for)
        else:
            text += " " + self.tr("Gói chỉ được niêm phong, không mã hoá (chưa có chứng thư của trường nhận).")
        self.status.setText(text)
        self.status.setStyleSheet(GREEN)
        self.sealed.emit(sealed)

    # -- open ----------------------------------------------------------------------------------
    def _choose_encrypted(self) -> None:
        path = ask_open_path(self, self.tr("Chọn gói đã mã hoá"), self.tr(PACKAGE))  # i18n: table
        if path is not None:
            self.encrypted.setText(str(path))

    def _ask_open(self) -> None:
        source = Path(self.encrypted.text().strip())
        out = ask_save_path(self, self.tr("Lưu gói đã mở"), source.stem + "-da-mo.zip", self.tr(PACKAGE))  # i18n: table
        if out is not None:
            self.open(source, out)

    def open(self, package: Path, out: Path) -> None:
        """Decrypt `package` with the seal's token (one PIN) into `out`."""
        serial, module, env = self.token_box.currentData() or "", self.setup.module_path if self.setup else "", \
            self.token_env
        self.open_button.setEnabled(False)
        self.status.setStyleSheet("")
        Op(self, self._backend, lambda ctx: transfers.open_sealed(ctx, package, out, self.prompt,
                                                                  token_serial=serial, module_path=module, env=env)) \
            .with_progress(self.tr("Đang mở gói…")).success(lambda r: self._opened(r.value)).status(self.status) \
            .after_failure(self._failed).run_in_background()

    def _opened(self, out: Path) -> None:
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Đã mở gói: {0}. Học vụ nhận học sinh từ gói này (màn hình Chuyển trường, "
                                    "“Nhận vào”).").replace("{0}", str(out)))
        self.status.setStyleSheet(GREEN)
        self.opened.emit(out)

    def _failed(self, exc: BaseException) -> None:
        for button in (self.seal_button, self.open_button):
            button.setEnabled(self.token_box.count() > 0)
        self.failed.emit(exc)
