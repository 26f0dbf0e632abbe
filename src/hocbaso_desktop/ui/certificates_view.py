"""Certificate binding (administrator): read the tokens, pick a certificate, bind it to an account and role.

Also the trust list: roots trusted by the school (a CA file adds its self-signed roots; its other CA
certificates are kept as the chain sent with the next binding). Token reads run on the io lane.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.services import certificate_binding
from hocbaso_desktop.token import CertificateInfo, TokenInfo, default_module
from hocbaso_desktop.ui.labels import ROLE_LABELS
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.start_window import SignedIn
from hocbaso_desktop.ui.widgets import ask_open_path, error_text, fill_table, read_only_table


class CertificatesPage(QWidget):
    """Tokens and their certificates, bindings, trust list."""

    tokens_read = Signal()
    loaded = Signal()
    bound = Signal(object)      # CertificateBinding
    failed = Signal(object)

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None,
                 token_env: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who, self.token_env = backend, who, token_env
        self.found: list[tuple[TokenInfo, CertificateInfo]] = []
        self.state: certificate_binding.BindingState | None = None
        self.chain: tuple[bytes, ...] = ()
        self.module = QLineEdit(default_module() or "")
        read = QPushButton(self.tr("Đọc thiết bị ký"))
        read.clicked.connect(self.read_tokens)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Thư viện PKCS#11:")))
        top.addWidget(self.module, 1)
        top.addWidget(read)
        self.certificates = read_only_table([self.tr("Thiết bị"), self.tr("Chủ thể"), self.tr("Tổ chức cấp"),
                                             self.tr("Hiệu lực đến"), self.tr("Khoá ký")])
        self.user_box, self.role_box = QComboBox(), QComboBox()
        # Full Vietnamese names are long: never cut "username — full name" to "Lê Diệu G…".
        self.user_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user_box.setMinimumContentsLength(32)
        self.user_box.setMinimumWidth(300)
        for role in (SignerRole.HOMEROOM, SignerRole.PRINCIPAL, SignerRole.SEAL):
            self.role_box.addItem(QCoreApplication.translate("SigningPage", ROLE_LABELS[role]), role)  # i18n: table
        self.bind_button = QPushButton(self.tr("Gán chứng thư đang chọn"))
        self.bind_button.clicked.connect(lambda: self.bind_selected(self.user_box.currentData(),
                                                                    self.role_box.currentData()))
        bind_row = QHBoxLayout()
        for widget in (QLabel(self.tr("Cho tài khoản:")), self.user_box, QLabel(self.tr("Vai trò ký:")),
                       self.role_box, self.bind_button):
            bind_row.addWidget(widget)
        bind_row.addStretch(1)
        tokens = QGroupBox(self.tr("Thiết bị ký và chứng thư số"))
        box = QVBoxLayout(tokens)
        box.addLayout(top)
        box.addWidget(self.certificates, 1)
        box.addLayout(bind_row)
        self.bindings = read_only_table([self.tr("Tài khoản"), self.tr("Vai trò ký"), self.tr("Chứng thư"),
                                         self.tr("Thiết bị"), self.tr("Gán lúc")])
        self.anchors = read_only_table([self.tr("Chứng thư gốc tin cậy"), self.tr("SHA-256"), self.tr("Thêm bởi")])
        add_trust = QPushButton(self.tr("Thêm chứng thư CA…"))
        add_trust.clicked.connect(self._ask_trust_file)
        lists = QGroupBox(self.tr("Đã gán và danh sách tin cậy"))
        lower = QVBoxLayout(lists)
        lower.addWidget(self.bindings, 1)
        trust_row = QHBoxLayout()
        trust_row.addWidget(self.anchors, 1)
        trust_row.addWidget(add_trust)
        lower.addLayout(trust_row, 1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tokens, 1)
        layout.addWidget(lists, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        """Load accounts, bindings and the trust list."""
        Op(self, self._backend, certificate_binding.load_state).success(self._show_state).failure(self._failed) \
            .run_in_background()

    def _show_state(self, state: certificate_binding.BindingState) -> None:
        self.state = state
        current = self.user_box.currentData()
        self.user_box.clear()
        signers = (Role.HOMEROOM, Role.PRINCIPAL, Role.VICE_PRINCIPAL, Role.CLERK)
        for user in state.users:
            if Role(user.role) in signers and not user.disabled:
                self.user_box.addItem(f"{user.username} — {user.full_name}", user.username)
        self.user_box.setCurrentIndex(max(0, self.user_box.findData(current)))
        names = {u.id: u.username for u in state.users}
        role_name = {role: QCoreApplication.translate("SigningPage", label)  # i18n: table
                     for role, label in ROLE_LABELS.items()}
        fill_table(self.bindings, [(names.get(b.user_id, b.user_id), role_name.get(b.role, b.role),
                                    certificate_binding.subject_of(b.cert_der), b.token_serial, _dmy(b.bound_at))
                                   for b in state.bindings])
        fill_table(self.anchors, [(a.subject, a.sha256[:16], a.added_by) for a in state.anchors])
        self.loaded.emit()

    def read_tokens(self) -> None:
        """List the tokens and their certificates (io lane)."""
        module, env = self.module.text().strip(), self.token_env
        self.status.setText(self.tr("Đang đọc thiết bị ký…"))
        Op(self, self._backend, lambda ctx: certificate_binding.read_tokens(ctx, module, env)).on_lane("io") \
            .success(self._show_tokens).failure(self._failed).run_in_background()

    def _show_tokens(self, found: list) -> None:
        self.found = [(token, cert) for token, certs in found for cert in certs if cert.has_private_key]
        fill_table(self.certificates, [(f"{t.label} ({t.serial})", c.subject_cn, c.issuer_cn,
                                        c.not_after.strftime("%d/%m/%Y"), c.key_id.hex()) for t, c in self.found])
        self.status.setText(self.tr("Tìm thấy {0} thiết bị, {1} chứng thư có khoá ký.")
                            .replace("{0}", str(len(found))).replace("{1}", str(len(self.found))))
        if self.found:
            self.certificates.selectRow(0)
        self.tokens_read.emit()

    def bind_selected(self, username: str | None, role: str | None) -> None:
        """Bind the selected certificate to `username` in `role`."""
        row = self.certificates.currentRow()
        if username is None or role is None or not 0 <= row < len(self.found):
            self.status.setText(self.tr("Hãy chọn một chứng thư và một tài khoản."))
            return
        token, cert = self.found[row]
        module, chain = self.module.text().strip(), self.chain
        Op(self, self._backend, lambda ctx: certificate_binding.bind(ctx, username, role, cert, token, module, chain)) \
            .success(self._bound).failure(self._failed).run_in_background()

    def _bound(self, binding) -> None:
        self.status.setText(self.tr("Đã gán chứng thư cho tài khoản."))
        self.status.setStyleSheet("color:#006000;")
        self.bound.emit(binding)
        self.refresh()

    def _ask_trust_file(self) -> None:
        path = ask_open_path(self, self.tr("Chọn chứng thư CA"),
                                 self.tr("Chứng thư (*.pem *.crt *.cer *.der)"))
        if path is not None:
            self.add_trust_file(path)

    def add_trust_file(self, path: Path) -> None:
        """Trust a file's root CAs; keep its intermediate CAs as the chain for bindings."""
        Op(self, self._backend, lambda ctx: certificate_binding.add_trust_file(ctx, path)) \
            .success(self._trust_added).failure(self._failed).run_in_background()

    def _trust_added(self, result: tuple[int, tuple[bytes, ...]]) -> None:
        added, chain = result
        self.chain = (*self.chain, *chain)
        self.status.setText(self.tr("Đã thêm {0} chứng thư gốc; {1} chứng thư CA trung gian dùng khi gán.")
                            .replace("{0}", str(added)).replace("{1}", str(len(chain))))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        from hocbaso_desktop.ui.errors import show_exception

        self.status.setText(error_text(exc))
        self.status.setStyleSheet("color:#a00000;")
        self.failed.emit(exc)
        show_exception(self, exc)


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if len(iso) >= 10 else iso
