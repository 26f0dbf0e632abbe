"""Certificate binding (administrator): read the tokens, pick a certificate, bind it to an account and role.

Also the trust store: a CA file (PEM, DER, .p7b) adds its roots as anchors and its other CA certificates
as intermediates, after the administrator confirms each SHA-256 fingerprint. A certificate whose name
differs from the account's is bound only when the administrator says so (audited). Token reads run on
the io lane.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.domain.i18n import format_time
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.services import SignedIn, certificate_binding, token_devices
from hocbaso_desktop.token import CertificateInfo, TokenInfo, default_module
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.labels import ROLE_LABELS
from hocbaso_desktop.ui.operations import Backend, Op, show_failure
from hocbaso_desktop.ui.widgets import ask_open_path, fill_table, read_only_table, wrap_columns


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
        self._school_token_env: dict[str, str] = {}
        follow_changes(self, backend, ("certificates", "users"), self.refresh)
        self.found: list[tuple[TokenInfo, CertificateInfo]] = []
        self.state: certificate_binding.BindingState | None = None
        self.token_cas: dict[str, tuple[bytes, ...]] = {}   # token serial -> CA certificates carried by it
        # Questions to the administrator; tests replace them (a modal box would block the test).
        self.confirm_trust: Callable[[list], bool] = self._confirm_trust
        self.confirm_name_mismatch: Callable[[str], bool] = self._confirm_name_mismatch
        self.module = QLineEdit(default_module() or "")
        read = QPushButton(self.tr("Đọc thiết bị ký"))
        read.clicked.connect(self.read_tokens)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Phần mềm thiết bị ký (PKCS#11):")))
        top.addWidget(self.module, 1)
        top.addWidget(read)
        self.certificates = read_only_table([self.tr("Thiết bị"), self.tr("Chủ thể"), self.tr("Tổ chức cấp"),
                                             self.tr("Hiệu lực đến"), self.tr("Khoá ký")])
        wrap_columns(self.certificates, (1, 2))  # a seal's name is the school's full name: it wraps, never cut
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
        self.anchors = read_only_table([self.tr("Loại"), self.tr("Chứng thư tin cậy"), self.tr("Dấu vân tay (SHA-256)"),
                                        self.tr("Thêm bởi")])
        wrap_columns(self.bindings, (2,))
        wrap_columns(self.anchors, (1,))
        add_trust = QPushButton(self.tr("Thêm chứng thư CA (PEM, DER, .p7b)…"))
        add_trust.clicked.connect(self._ask_trust_file)
        lists = QGroupBox(self.tr("Đã gán và danh sách tin cậy"))
        lower = QVBoxLayout(lists)
        lower.addWidget(self.bindings, 1)
        lower.addWidget(self.anchors, 1)  # the whole width: the SHA-256 fingerprints are read in full
        trust_row = QHBoxLayout()
        trust_row.addStretch(1)
        trust_row.addWidget(add_trust)
        lower.addLayout(trust_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tokens, 1)
        layout.addWidget(lists, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        """Load accounts, bindings and the trust list."""
        Op(self, self._backend, certificate_binding.load_state).success(self._show_state).status(self.status).after_failure(self.failed.emit) \
            .run_in_background()

    def _show_state(self, state: certificate_binding.BindingState) -> None:
        self.state = state
        if state.module_path and not self.module.isModified():  # the demo's SoftHSM2, unless one was typed
            self.module.setText(state.module_path)
            self._school_token_env = dict(state.token_env)
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
        fill_table(self.anchors, [(self.tr("Gốc") if a.kind == "anchor" else self.tr("Trung gian"), a.subject,
                                   a.sha256, a.added_by) for a in state.anchors])
        self.loaded.emit()

    def read_tokens(self) -> None:
        """List the tokens and their certificates (io lane)."""
        module = self.module.text().strip()
        env = self.token_env if self.token_env is not None else self._school_token_env
        self.status.setText(self.tr("Đang đọc thiết bị ký…"))
        Op(self, self._backend, lambda ctx: token_devices.with_certificates(module, env)).on_lane("io") \
            .success(self._show_tokens).status(self.status).after_failure(self.failed.emit).run_in_background()

    def _show_tokens(self, found: list) -> None:
        self.found = [(token, cert) for token, certs in found for cert in certs if cert.has_private_key]
        self.token_cas = {token.serial: tuple(c.der for c in certs if not c.has_private_key) for token, certs in found}
        fill_table(self.certificates, [(f"{t.label} ({t.serial})", c.subject_cn, c.issuer_cn,
                                        c.not_after.strftime("%d/%m/%Y"), c.key_id.hex()) for t, c in self.found])
        self.status.setText(self.tr("Tìm thấy {0} thiết bị, {1} chứng thư có khoá ký.")
                            .replace("{0}", str(len(found))).replace("{1}", str(len(self.found))))
        if self.found:
            self.certificates.selectRow(0)
        self.tokens_read.emit()

    def bind_selected(self, username: str | None, role: str | None, accept_name_mismatch: bool = False) -> None:
        """Bind the selected certificate to `username` in `role` (a differing name is asked about first)."""
        row = self.certificates.currentRow()
        if username is None or role is None or not 0 <= row < len(self.found):
            self.status.setText(self.tr("Hãy chọn một chứng thư và một tài khoản."))
            return
        token, cert = self.found[row]
        module, chain = self.module.text().strip(), self.token_cas.get(token.serial, ())

        def failed(exc: BaseException) -> None:
            if isinstance(exc, certificate_binding.NameMismatchError) and self.confirm_name_mismatch(exc.message):
                self.bind_selected(username, role, accept_name_mismatch=True)
            else:
                show_failure(self, exc, status=self.status, hub=self._backend.hub)
                self.failed.emit(exc)

        Op(self, self._backend, lambda ctx: certificate_binding.bind(ctx, username, role, cert, token, module, chain,
                                                                 accept_name_mismatch)) \
            .success(lambda r: self._bound(r.value)).failure(failed).run_in_background()

    def _confirm_name_mismatch(self, message: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Tên khác nhau"), message + "\n\n" + self.tr(
            "Vẫn gán chứng thư này? (Việc chấp nhận được ghi vào nhật ký.)"))
        return answer == QMessageBox.StandardButton.Yes

    def _bound(self, binding) -> None:
        self.status.setText(self.tr("Đã gán chứng thư cho tài khoản."))
        self.status.setStyleSheet("color:#006000;")
        self.bound.emit(binding)

    def _ask_trust_file(self) -> None:
        path = ask_open_path(self, self.tr("Chọn chứng thư CA"),
                             self.tr("Chứng thư (*.pem *.crt *.cer *.der *.p7b *.p7c)"))
        if path is not None:
            self.add_trust_file(path)

    def add_trust_file(self, path: Path) -> None:
        """Show a CA file's certificates with their fingerprints; store them once the administrator confirms."""
        def confirm(candidates: list) -> None:
            if not self.confirm_trust(candidates):
                self.status.setText(self.tr("Chưa xác nhận dấu vân tay: không thêm chứng thư nào."))
                return
            confirmed = {c.sha256 for c in candidates}
            Op(self, self._backend, lambda ctx: certificate_binding.add_trust_file(ctx, path, confirmed)) \
                .success(lambda r: self._trust_added(r.value)).status(self.status).after_failure(self.failed.emit).run_in_background()

        Op(self, self._backend, lambda ctx: certificate_binding.read_trust_file(ctx, path)) \
            .success(confirm).status(self.status).after_failure(self.failed.emit).run_in_background()

    def _confirm_trust(self, candidates: list) -> bool:
        lines = []
        for c in candidates:
            kind = self.tr("Chứng thư gốc") if c.kind == "anchor" else self.tr("Chứng thư CA trung gian")
            lines.append(f"{kind}: {c.subject}\nSHA-256: {c.sha256}")
            if c.known is not None:
                lines.append(self.tr("Có vẻ là: {0} — {1}; tải tại {2}; dấu vân tay công bố: {3}")
                             .replace("{0}", c.known.name).replace("{1}", c.known.publisher)
                             .replace("{2}", c.known.download).replace("{3}", c.known.fingerprint_note))
        text = "\n\n".join(lines) + "\n\n" + self.tr("Dấu vân tay trên có khớp với trang của tổ chức phát hành?")
        return QMessageBox.question(self, self.tr("Xác nhận dấu vân tay"), text) == QMessageBox.StandardButton.Yes

    def _trust_added(self, added: list) -> None:
        anchors = sum(1 for c in added if c.kind == "anchor")
        self.status.setText(self.tr("Đã thêm {0} chứng thư gốc và {1} chứng thư CA trung gian.")
                            .replace("{0}", str(anchors)).replace("{1}", str(len(added) - anchors)))



def _dmy(iso: str) -> str:
    """A stored moment (UTC) as the day in Vietnam: bound at 03:07 on the 5th there is not "04/12"."""
    return format_time(iso)[:10] or iso
