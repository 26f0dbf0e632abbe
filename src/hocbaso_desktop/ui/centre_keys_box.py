"""The centre's two keys on the settings screen (administrator): the receipt key and the USB-bundle key.

Each shows the fingerprint of the key the school trusts now (or "chưa có"), and two fields for a key and the
fingerprint printed in the Sở's letter: the key is trusted only when the fingerprint matches it (checked in
sync/pinning.py), and the change is audited. For schools that sync only by USB: without a receipt key their
receipts cannot be verified, without a bundle key they cannot write a bundle.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from hocbaso_desktop.services import receipt_trust
from hocbaso_desktop.ui.operations import Backend, Op


class CentreKeysBox(QGroupBox):
    """Fingerprints of the trusted keys; enter a key with its fingerprint from the Sở's letter."""

    loaded = Signal(object)    # receipt_trust.CentreKeys
    trusted = Signal(str)      # "receipt" or "bundle"

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Khoá của hệ thống trung tâm (theo văn bản của Sở)"))
        self._backend = backend
        self.server = QLabel("—")
        self.receipt_fingerprint_now, self.bundle_fingerprint_now = QLabel(), QLabel()
        for label in (self.server, self.receipt_fingerprint_now, self.bundle_fingerprint_now):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
        self.receipt_key, self.receipt_fingerprint = QLineEdit(), QLineEdit()
        self.bundle_key, self.bundle_fingerprint = QLineEdit(), QLineEdit()
        for key, fingerprint in ((self.receipt_key, self.receipt_fingerprint),
                                 (self.bundle_key, self.bundle_fingerprint)):
            key.setPlaceholderText(self.tr("khoá công khai (base64) do Sở cung cấp"))
            fingerprint.setPlaceholderText(self.tr("dấu vân tay in trong văn bản của Sở"))
        trust_receipt = QPushButton(self.tr("Ghi nhận khoá biên nhận"))
        trust_receipt.clicked.connect(self.trust_receipt_key)
        trust_bundle = QPushButton(self.tr("Ghi nhận khoá mã hoá gói USB"))
        trust_bundle.clicked.connect(self.trust_bundle_key)
        self.message = QLabel()
        self.message.setWordWrap(True)
        note = QLabel(self.tr("Khoá được nhận tự động ở lần đồng bộ trực tuyến đầu tiên với máy chủ đã cấu hình. Trường "
                              "chỉ đồng bộ bằng USB thì nhập khoá và dấu vân tay từ văn bản của Sở; khoá chỉ được ghi "
                              "nhận khi dấu vân tay khớp."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid); font-size: small;")
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.tr("Máy chủ:"), self.server)
        form.addRow(self.tr("Khoá ký biên nhận đang tin cậy:"), self.receipt_fingerprint_now)
        form.addRow(self.tr("Khoá ký biên nhận:"), self.receipt_key)
        form.addRow(self.tr("Dấu vân tay của khoá:"), self.receipt_fingerprint)
        form.addRow(trust_receipt)
        form.addRow(self.tr("Khoá mã hoá gói USB đang tin cậy:"), self.bundle_fingerprint_now)
        form.addRow(self.tr("Khoá mã hoá gói USB:"), self.bundle_key)
        form.addRow(self.tr("Dấu vân tay của khoá:"), self.bundle_fingerprint)
        form.addRow(trust_bundle)
        form.addRow(self.message)

    def refresh(self) -> None:
        """Show the configured centre and the fingerprints of the keys trusted for it."""
        Op(self, self._backend, lambda ctx: receipt_trust.centre_keys(ctx.session)).success(self._show) \
            .status(self.message).run_in_background()

    def _show(self, keys: receipt_trust.CentreKeys) -> None:
        none = self.tr("chưa có")
        self.server.setText(keys.server or self.tr("chưa cấu hình"))
        self.receipt_fingerprint_now.setText(keys.receipt_key or none)
        self.bundle_fingerprint_now.setText(keys.bundle_key or none)
        self.loaded.emit(keys)

    def trust_receipt_key(self) -> None:
        """Trust the receipt key typed, if its fingerprint matches."""
        key, fp = self.receipt_key.text().strip(), self.receipt_fingerprint.text().strip()
        Op(self, self._backend, lambda ctx: receipt_trust.trust_receipt_key(ctx.session, key, fp)) \
            .success(lambda r: self._trusted("receipt", r.value[1])).status(self.message).run_in_background()

    def trust_bundle_key(self) -> None:
        """Trust the bundle key typed, if its fingerprint matches."""
        key, fp = self.bundle_key.text().strip(), self.bundle_fingerprint.text().strip()
        Op(self, self._backend, lambda ctx: receipt_trust.trust_bundle_key(ctx.session, key, fp)) \
            .success(lambda r: self._trusted("bundle", r.value[1])).status(self.message).run_in_background()

    def _trusted(self, kind: str, fingerprint: str) -> None:
        text = (self.tr("Đã ghi nhận khoá biên nhận (dấu vân tay {0}).") if kind == "receipt" else
                self.tr("Đã ghi nhận khoá mã hoá gói USB (dấu vân tay {0}).")).replace("{0}", fingerprint)
        self.message.setText(text)
        self.message.setStyleSheet("color:#006000;")
        for field in ((self.receipt_key, self.receipt_fingerprint) if kind == "receipt" else
                      (self.bundle_key, self.bundle_fingerprint)):
            field.clear()
        self.trusted.emit(kind)
        self.refresh()
