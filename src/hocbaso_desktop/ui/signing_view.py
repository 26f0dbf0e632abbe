"""The signing screen: class and role, exactly what will be signed, token choice, one PIN, progress, resume."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.glossary import SignerRole
from hocbaso_desktop.errors import HocbasoError
from hocbaso_desktop.services import (
    BatchResult,
    ClassChoice,
    Secrets,
    SigningPrep,
    class_signing,
    grade_sheets,
    remote_signing,
)
from hocbaso_desktop.token import TokenInfo
from hocbaso_desktop.ui.errors import show_exception
from hocbaso_desktop.ui.labels import ROLE_LABELS
from hocbaso_desktop.ui.lock_confirm import LockConfirmDialog
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.pin_dialog import QtPinPrompt
from hocbaso_desktop.ui.start_window import SignedIn


class SigningPage(QWidget):
    """Batch signing of one class in one role."""

    prepared = Signal()
    finished = Signal(object)  # BatchResult or exception

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        self._choices: list[ClassChoice] = []
        self.prep: SigningPrep | None = None
        self.result: BatchResult | None = None
        self._op: Op[BatchResult] | None = None
        self.prompt = QtPinPrompt(self)
        self.prompt.message_shown.connect(lambda m: self.status.setText(m))
        self.class_box, self.role_box, self.token_box = QComboBox(), QComboBox(), QComboBox()
        self.certificate = QLabel("—")
        self.approval = QLabel("")  # remote signing: which service, and the approval state
        self.approval.setWordWrap(True)
        self.ask_remote_secrets = self._ask_remote_secrets  # replaceable (tests): Secrets, or None to cancel
        # For the homeroom teacher this also locks the pages (no more edits): the label says so.
        self.plan_button = QPushButton(self.tr("Khoá học bạ và lập danh sách ký") if SignerRole.HOMEROOM in
                                       class_signing.signing_roles(who.user) else self.tr("Lập danh sách ký"))
        self.plan_button.clicked.connect(self.confirm_and_prepare)
        self.lock_dialog: LockConfirmDialog | None = None
        self.items = QTableWidget(0, 3)
        self.items.setHorizontalHeaderLabels([self.tr("Học sinh"), self.tr("Mã học bạ, phiên bản"),
                                              self.tr("SHA-256 dữ liệu")])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary, self.status = QLabel(), QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.sign_button = QPushButton(self.tr("Ký tất cả (một lần nhập PIN)"))
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.sign)
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        form = QFormLayout()
        form.addRow(self.tr("Lớp:"), self.class_box)
        form.addRow(self.tr("Ký với vai trò:"), self.role_box)
        form.addRow(self.tr("Chứng thư số:"), self.certificate)
        form.addRow(self.tr("Thiết bị ký:"), self.token_box)
        form.addRow(self.tr("Ký số từ xa:"), self.approval)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        """Load the classes."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_choices) \
            .run_in_background()

    def _set_choices(self, choices: list[ClassChoice]) -> None:
        self._choices = [c for c in choices if class_signing.signing_roles(self._who.user, c.school_class.id)]
        self.class_box.clear()
        for choice in self._choices:
            self.class_box.addItem(choice.school_class.name, choice.school_class.id)
        self.role_box.clear()
        class_id = self.class_box.currentData()
        for role in class_signing.signing_roles(self._who.user, class_id):
            self.role_box.addItem(self.tr(ROLE_LABELS[role]), role)  # i18n: table
        if not self._choices:
            self.status.setText(self.tr("Không có lớp nào để ký."))

    def confirm_and_prepare(self) -> None:
        """The button: for the homeroom teacher, first confirm which pages will be locked, then prepare."""
        class_id, role = self.class_box.currentData(), self.role_box.currentData()
        if class_id is None or role is None:
            return
        if role != SignerRole.HOMEROOM:
            self.prepare()
            return
        Op(self, self._backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id)) \
            .success(lambda found: self._ask_lock(*found)).run_in_background()

    def _ask_lock(self, students: tuple, locks: dict[str, str]) -> None:
        self.lock_dialog = LockConfirmDialog(self.class_box.currentText(), students, locks, self)
        self.lock_dialog.accepted.connect(self.prepare)
        self.lock_dialog.open()

    def prepare(self) -> None:
        """Lock (homeroom) and list exactly what will be signed (already confirmed)."""
        class_id, role = self.class_box.currentData(), self.role_box.currentData()
        if class_id is None or role is None:
            return
        self.status.setText(self.tr("Đang lập danh sách…"))
        Op(self, self._backend, lambda ctx: class_signing.prepare(ctx, class_id, role)) \
            .with_progress(self.tr("Đang khoá và lập danh sách học bạ…")).success(self._show_prep).run_in_background()

    def _show_prep(self, prep: SigningPrep) -> None:
        self.prep = prep
        items = prep.plan.items
        self.items.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate((item.student_name, f"{item.record_id[:8]} v{item.version}",
                                           item.payload_sha256[:16])):
                self.items.setItem(row, column, QTableWidgetItem(text))
        waiting = self.tr(" {0} học bạ còn chờ người ký trước.").replace("{0}", str(len(prep.plan.waiting))) \
            if prep.plan.waiting else ""
        self.summary.setText(self.tr("Sẽ ký {0} học bạ của lớp {1}.").replace("{0}", str(len(items)))
                             .replace("{1}", prep.plan.class_name) + waiting)
        self.certificate.setText(prep.certificate or "—")
        self.status.setText(prep.problem)
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(0)
        self.prepared.emit()
        if prep.problem or not items:
            self.sign_button.setEnabled(False)
            return
        if prep.remote is not None:
            self._show_remote(prep)
            return
        self.approval.setText("")
        self.token_box.setEnabled(True)
        Op(self, self._backend, lambda ctx: class_signing.list_tokens(ctx, prep.module_path)).on_lane("io") \
            .success(self._show_tokens).failure(self._token_list_failed).run_in_background()

    def _show_remote(self, prep: SigningPrep) -> None:
        remote = prep.remote
        self.token_box.clear()
        self.token_box.setEnabled(False)
        text = self.tr("Dịch vụ {0}, người dùng {1}, chứng thư {2}.").replace("{0}", remote.service) \
            .replace("{1}", remote.remote_user).replace("{2}", remote.credential_id)
        if remote.queued:
            text += " " + self.tr("Lô ký đang chờ: {0}").replace("{0}", "; ".join(remote.queued))
        else:
            text += " " + self.tr("Chưa gửi yêu cầu ký.")
        self.approval.setText(text)
        self.sign_button.setEnabled(True)

    def _ask_remote_secrets(self) -> Secrets | None:
        """The PIN of the remote credential (empty when the teacher approves on the phone); never stored."""
        pin, ok = QInputDialog.getText(self, self.tr("Ký số từ xa"),
                                       self.tr("Mã PIN ký số từ xa (bỏ trống nếu xác nhận trên điện thoại):"),
                                       QLineEdit.EchoMode.Password)
        return Secrets(pin=pin or None) if ok else None

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        self.token_box.clear()
        for token in tokens:
            self.token_box.addItem(f"{token.label} ({token.serial})", token.serial)
        if self.prep is not None:
            self.token_box.setCurrentIndex(max(0, self.token_box.findData(self.prep.token_serial)))
        self.sign_button.setEnabled(bool(tokens))
        if not tokens:
            self.status.setText(self.tr("Chưa thấy thiết bị ký: hãy cắm USB token rồi bấm “Lập danh sách ký”."))

    def _token_list_failed(self, exc: BaseException) -> None:
        self.sign_button.setEnabled(False)
        self.status.setText(exc.message if isinstance(exc, HocbasoError) else str(exc))

    def sign(self) -> None:
        """Ask the PIN once and sign the whole list in the background."""
        prep, serial = self.prep, self.token_box.currentData() or ""
        if prep is None:
            return
        if prep.remote is not None:
            self._sign_remote(prep)
            return
        self.sign_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Đang ký… Cửa sổ vẫn dùng được; bấm “Dừng” để dừng sau học bạ đang ký."))
        self._op = Op(self, self._backend, lambda ctx: class_signing.sign(ctx, prep, serial, self.prompt)) \
            .on_progress(self._on_progress).success(self._signed).failure(self._failed).run_in_background()

    def _sign_remote(self, prep: SigningPrep) -> None:
        secrets = self.ask_remote_secrets()
        if secrets is None:
            return
        self.sign_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Đang ký số từ xa… bấm “Dừng” để huỷ khi đang chờ xác nhận."))
        self._op = Op(self, self._backend, lambda ctx: remote_signing.sign_remote(ctx, prep, secrets)) \
            .on_progress(self._on_remote_progress).success(self._signed).failure(self._failed).run_in_background()

    def _on_remote_progress(self, label: str, value: int, maximum: int) -> None:
        self.approval.setText(label)
        self._on_progress(label, value, maximum)

    def _on_progress(self, label: str, value: int, maximum: int) -> None:
        self.progress.setRange(0, max(1, maximum))
        self.progress.setValue(value)
        self.status.setText(label)

    def cancel(self) -> None:
        """Stop after the page being signed (nothing is ever half-signed)."""
        if self._op is not None:
            self._op.cancel()

    def _signed(self, result: BatchResult) -> None:
        self.result = result
        self._op = None
        self.cancel_button.setEnabled(False)
        text = self.tr("Đã ký {0} học bạ; phát hành {1}.").replace("{0}", str(result.signed)) \
            .replace("{1}", str(result.issued))
        if result.stopped_by or result.cancelled:
            reason = result.stopped_by or self.tr("Đã dừng theo yêu cầu.")
            text += " " + reason + " " + self.tr("Còn {0} học bạ: cắm lại thiết bị và bấm “Ký tất cả” để ký tiếp.") \
                .replace("{0}", str(result.remaining))
            self.sign_button.setEnabled(True)
        self.status.setText(text)
        self.finished.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self.cancel_button.setEnabled(False)
        self.sign_button.setEnabled(True)
        self.status.setText(exc.message if isinstance(exc, HocbasoError) else "")
        self.finished.emit(exc)
        show_exception(self, exc)
