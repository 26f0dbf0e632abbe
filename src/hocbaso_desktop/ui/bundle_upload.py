"""Upload a USB-stick sync bundle from any connected PC (opened by double-clicking a .hocbaso-bundle file).

No school database is needed: the person types the central server's address and the school's API
token (neither is stored), the bundle is delivered, and the receipts file is written beside it to be
carried back and imported at the school (Đồng bộ → Nhập biên nhận). An older, token-keyed bundle
(hocbaso-bundle/1) is sent only when the person ticks the box that accepts it, and only until the last day of the
transition (sync/bundle.py); the receipts file records it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.services import default_receipts_path, sync_commands, upload_bundle
from hocbaso_desktop.ui.errors import show_exception
from hocbaso_desktop.ui.operations import Backend, Op


class BundleUploadDialog(QDialog):
    """Ask for the server and token, deliver the bundle in the background, report the receipts."""

    def __init__(self, bundle: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bundle = Path(bundle)
        self.setWindowTitle(self.tr("Tải gói đồng bộ lên hệ thống trung tâm"))
        self._backend = Backend(self)
        self.server = QLineEdit(self)
        self.server.setPlaceholderText("https://so-gddt.example.vn/hocbaso")
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tệp:"), QLabel(self.bundle.name, self))
        form.addRow(self.tr("Địa chỉ máy chủ:"), self.server)
        form.addRow(self.tr("Mã truy cập (API token) của trường:"), self.token)
        self.accept_old = QCheckBox(self.tr("Đồng ý gửi gói kiểu cũ (máy này đọc được nội dung gói); chỉ được đến hết "
                                            "ngày {0}.").replace("{0}", sync_commands.old_bundle_last_day()), self)
        self.accept_old.setVisible(self._old_format())
        form.addRow("", self.accept_old)
        self.buttons = QDialogButtonBox(self)
        self.upload_button = self.buttons.addButton(self.tr("Tải lên"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        self.upload_button.clicked.connect(self.upload)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

    def _old_format(self) -> bool:
        try:
            return sync_commands.is_old_bundle(self.bundle)
        except InvalidInputError:  # an unreadable file is named by the upload itself
            return False

    def upload(self) -> None:
        """Deliver the bundle in the background (the window stays responsive)."""
        server, token = self.server.text().strip(), self.token.text().strip()
        if not server or not token:
            show_exception(self, InvalidInputError(self.tr("Cần nhập địa chỉ máy chủ và mã truy cập.")))
            return
        receipts = default_receipts_path(self.bundle)
        accept_old = self.accept_old.isChecked()
        self.upload_button.setEnabled(False)
        Op(self, self._backend, lambda ctx: upload_bundle(self.bundle, receipts, server_url=server, api_token=token,
                                                          accept_old=accept_old)) \
            .on_lane("io").with_progress(self.tr("Đang tải gói đồng bộ lên…")) \
            .success(lambda counts: self._done(counts, receipts)) \
            .after_failure(lambda _exc: self.upload_button.setEnabled(True)).run_in_background()

    def _done(self, counts: dict[str, int], receipts: Path) -> None:
        self.upload_button.setEnabled(True)
        delivered = counts.get("stored", 0) + counts.get("duplicate", 0)
        self.result_label.setText(self.tr(
            "Đã gửi {n} học bạ ({d} đã được hệ thống nhận). Biên nhận được lưu tại {p} — hãy mang tệp này về "
            "trường và nhập vào chương trình.").format(n=sum(counts.values()), d=delivered, p=str(receipts)))

    def done(self, result: int) -> None:
        self._backend.shutdown()
        super().done(result)
