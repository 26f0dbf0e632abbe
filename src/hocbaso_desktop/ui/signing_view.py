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
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.errors import as_expected
from hocbaso_desktop.domain.roles import Role
from hocbaso_desktop.services import (
    BatchResult,
    ClassChoice,
    Readiness,
    SignedIn,
    SigningPrep,
    grade_sheets,
    remote_signing,
    token_devices,
)
from hocbaso_desktop.services import signing as signing_service
from hocbaso_desktop.token import TokenInfo
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.errors import failure_text, show_exception
from hocbaso_desktop.ui.labels import ROLE_LABELS
from hocbaso_desktop.ui.lock_confirm import LockConfirmDialog
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.pin_dialog import QtPinPrompt
from hocbaso_desktop.ui.signing_remote import ask_remote_secrets, remote_summary
from hocbaso_desktop.ui.signing_unlock import UnlockLockedPages


class SigningPage(QWidget):
    """Batch signing of one class in one role: check, (lock,) list, one PIN, progress; unlock if needed."""

    prepared = Signal()
    checked = Signal(str)      # "" when ready to lock/plan, else the reason nothing was locked
    unlocked = Signal(int)
    finished = Signal(object)  # BatchResult or exception

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        follow_changes(self, backend, ("records", "certificates", "students"), self._reload_when_idle, own=False)
        self._choices: list[ClassChoice] = []
        self.prep: SigningPrep | None = None
        self.ready: Readiness | None = None
        self.result: BatchResult | None = None
        self._op: Op[BatchResult] | None = None
        self.prompt = QtPinPrompt(self)
        self.prompt.message_shown.connect(lambda m: self.status.setText(m))
        self.class_box, self.role_box, self.token_box = QComboBox(), QComboBox(), QComboBox()
        self.class_box.currentIndexChanged.connect(lambda _i: self._fill_roles())
        self.role_box.currentIndexChanged.connect(lambda _i: self._role_changed())
        self.certificate = QLabel("—")
        self.approval = QLabel("")  # remote signing: which service, and the approval state
        self.approval.setWordWrap(True)
        self.ask_remote_secrets = lambda: ask_remote_secrets(self)  # replaceable (tests): Secrets, or None to cancel
        self.plan_button = QPushButton(self.tr("Lập danh sách ký"))
        self.plan_button.clicked.connect(self.confirm_and_prepare)
        self.unlock_button = QPushButton(self.tr("Mở khoá học bạ chưa ai ký…"))
        self.unlock_button.setToolTip(self.tr("Trả các học bạ đã khoá nhưng chưa có chữ ký nào về bản nháp để sửa "
                                              "(ghi vào nhật ký)."))
        self.unlock_button.clicked.connect(self.ask_unlock)
        self.unlock_button.setVisible(False)  # shown when a class lets this user unlock (principal, homeroom)
        self.lock_dialog: LockConfirmDialog | None = None
        self.items = QTableWidget(0, 2)
        self.items.setHorizontalHeaderLabels([self.tr("Học sinh"), self.tr("Mã học bạ, phiên bản")])
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary, self.status = QLabel(), QLabel()
        self.status.setWordWrap(True)
        self._unlocking = UnlockLockedPages(self, backend, self.status)
        self._unlocking.unlocked.connect(self._unlocked)
        self._unlocking.none_locked.connect(lambda: self.unlocked.emit(0))
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
        self._form = form
        form.setRowVisible(self.approval, False)  # shown only for an account that signs remotely
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.unlock_button)
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

    def _reload_when_idle(self) -> None:
        """A change made elsewhere (a remote batch the background job sent, another signer, an unlock): the class
        list and, when one is shown, the list of what will be signed are read again; nothing is locked."""
        if self._op is not None:  # a batch being signed keeps its screen
            return
        self.refresh()
        prep = self.prep
        if prep is None:
            return
        class_id, role = prep.plan.class_id, prep.plan.role
        Op(self, self._backend, lambda ctx: signing_service.current_plan(ctx.session, class_id, role)) \
            .success(self._replanned).failure(self._replan_failed).run_in_background()

    def _replanned(self, prep: SigningPrep) -> None:
        if self._op is not None or self.prep is None or self.prep.plan.class_id != prep.plan.class_id:
            return  # signing started, or the person chose another class meanwhile
        tokens_ready, before, status = self.token_box.count() > 0, len(self.prep.plan.items), self.status.text()
        self._show_plan(prep)
        items = prep.plan.items
        self.sign_button.setEnabled(bool(items) and (prep.remote is not None or tokens_ready))
        if not items and before:  # the background job sent this list's remote batch: every page is signed
            status = self.tr("Các học bạ của danh sách này đã được ký (gửi nền tới dịch vụ ký từ xa).")
        elif len(items) < before:  # signed meanwhile (part of the list): say so
            status = self.tr("Danh sách vừa được cập nhật: đã ký thêm {0} học bạ.").replace("{0}", str(before - len(items)))
        self.status.setText(status)

    def _replan_failed(self, exc: BaseException) -> None:
        self._forget_plan()
        self.status.setText(failure_text(exc))

    def _forget_plan(self) -> None:
        self.prep = None
        self.items.setRowCount(0)
        self.summary.clear()
        self._set_approval("")
        self.sign_button.setEnabled(False)

    def _set_choices(self, choices: list[ClassChoice]) -> None:
        chosen, role = self.class_box.currentData(), self.role_box.currentData()
        self._choices = [c for c in choices if signing_service.signing_roles(self._who.user, c.school_class.id)]
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for choice in self._choices:
            self.class_box.addItem(choice.school_class.name, choice.school_class.id)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(chosen)))  # a refresh keeps the class shown
        self.class_box.blockSignals(False)
        self._fill_roles(role)
        roles = {r for c in self._choices for r in signing_service.signing_roles(self._who.user, c.school_class.id)}
        self.unlock_button.setVisible(bool({"gvcn", "principal"} & roles))
        if not self._choices:
            self.status.setText(self.tr("Không có lớp nào để ký."))

    def _fill_roles(self, preferred: str | None = None) -> None:
        self.role_box.blockSignals(True)
        self.role_box.clear()
        class_id = self.class_box.currentData()
        for role in signing_service.signing_roles(self._who.user, class_id):
            if role == "principal" and self._who.role == Role.VICE_PRINCIPAL:
                self.role_box.addItem(self.tr("Phó Hiệu trưởng (ký thay Hiệu trưởng)"), role)
                continue
            self.role_box.addItem(self.tr(ROLE_LABELS[role]), role)  # i18n: table
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(preferred)))
        self.role_box.blockSignals(False)
        self._role_changed()

    def _role_changed(self) -> None:
        prep = self.prep
        if prep is not None and self._op is None and (prep.plan.class_id, prep.plan.role) != (
                self.class_box.currentData(), self.role_box.currentData()):
            self._forget_plan()  # the list shown was another class's (or role's): "Ký tất cả" must not sign it
        # For the homeroom teacher the button also locks the pages (no more edits): its label says so.
        self.plan_button.setText(self.tr("Khoá học bạ và lập danh sách ký") if self.role_box.currentData() == "gvcn"
                                 else self.tr("Lập danh sách ký"))

    # -- check, then lock and plan ----------------------------------------------------------------
    def confirm_and_prepare(self) -> None:
        """The button: check certificate and token first; then (homeroom) confirm the lock; then list."""
        class_id, role = self.class_box.currentData(), self.role_box.currentData()
        if class_id is None or role is None:
            return
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("Đang kiểm tra chứng thư số và thiết bị ký…"))
        Op(self, self._backend, lambda ctx: signing_service.readiness(ctx.session, class_id, role)) \
            .success(lambda ready: self._look_for_token(ready, class_id, role)).failure(self._not_ready) \
            .run_in_background()

    def _not_ready(self, exc: BaseException) -> None:
        if as_expected(exc) is None:
            show_exception(self, exc)
        self.status.setText(self.tr("Chưa khoá học bạ nào. ") + failure_text(exc))
        self.checked.emit(self.status.text())

    def _look_for_token(self, ready: Readiness, class_id: str, role: str) -> None:
        self.ready = ready
        self.certificate.setText(ready.certificate)
        if ready.remote is not None:  # ký số từ xa: the service is asked when signing, no token to find
            self._ready_to_lock(class_id, role)
            return
        Op(self, self._backend, lambda ctx: token_devices.present(ready.module_path, ready.env)).on_lane("io") \
            .success(lambda tokens: self._token_found(tokens, class_id, role)).failure(self._not_ready) \
            .run_in_background()

    def _token_found(self, tokens: list[TokenInfo], class_id: str, role: str) -> None:
        self._show_tokens(tokens)
        ready = self.ready
        if ready is None or not any(t.serial == ready.token_serial for t in tokens):
            self.status.setText(self.tr("Chưa khoá học bạ nào. Chưa thấy thiết bị ký của bạn (số sê-ri {0}): hãy "
                                        "cắm thiết bị vào máy rồi bấm lại.").replace("{0}", ready.token_serial if ready else "—"))
            self.checked.emit(self.status.text())
            return
        self._ready_to_lock(class_id, role)

    def _ready_to_lock(self, class_id: str, role: str) -> None:
        self.checked.emit("")
        if role != "gvcn":
            self.prepare()
            return
        Op(self, self._backend, lambda ctx: grade_sheets.record_locks(ctx.session, class_id)) \
            .success(lambda found: self._ask_lock(*found)).run_in_background()

    def _ask_lock(self, students: tuple, locks: dict[str, str]) -> None:
        self.lock_dialog = LockConfirmDialog(self.class_box.currentText(), students, locks, self)
        self.lock_dialog.accepted.connect(self.prepare)
        self.lock_dialog.open()

    def prepare(self) -> None:
        """Lock (homeroom) and list exactly what will be signed (already checked and confirmed)."""
        class_id, role = self.class_box.currentData(), self.role_box.currentData()
        if class_id is None or role is None:
            return
        self.status.setText(self.tr("Đang lập danh sách…"))
        Op(self, self._backend, lambda ctx: signing_service.lock_and_plan(ctx.session, class_id, role)) \
            .with_progress(self.tr("Đang khoá và lập danh sách học bạ…")).success(self._show_prep) \
            .failure(self._not_ready).run_in_background()

    def _show_prep(self, prep: SigningPrep) -> None:
        self._show_plan(prep)
        items = prep.plan.items
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(0)
        self.sign_button.setEnabled(False)
        self.prepared.emit()
        if items and prep.remote is not None:
            self.sign_button.setEnabled(True)  # the service is asked when signing: no token to look for
            return
        self.token_box.setEnabled(True)
        if items:
            env = self.ready.env if self.ready is not None else {}  # the demo's SoftHSM2 configuration, if any
            Op(self, self._backend, lambda ctx: token_devices.present(prep.module_path, env)) \
                .on_lane("io").success(self._tokens_for_signing).failure(self._not_ready).run_in_background()

    def _show_plan(self, prep: SigningPrep) -> None:
        """The list, the summary and (remote) the batch line of a plan."""
        self.prep = prep
        items = prep.plan.items
        self.items.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate((item.student_name, f"{item.record_id[:8]} v{item.version}")):
                self.items.setItem(row, column, QTableWidgetItem(text))
        waiting = self.tr(" {0} học bạ còn chờ người ký trước.").replace("{0}", str(len(prep.plan.waiting))) \
            if prep.plan.waiting else ""
        self.summary.setText(self.tr("Sẽ ký {0} học bạ của lớp {1}.").replace("{0}", str(len(items)))
                             .replace("{1}", prep.plan.class_name) + waiting)
        self.certificate.setText(prep.certificate or "—")
        self.status.setText("" if items else self.tr("Không có học bạ nào chờ bạn ký."))
        if items and prep.remote is not None:
            self._show_remote(prep)
        else:
            self._set_approval("")

    def _show_remote(self, prep: SigningPrep) -> None:
        self.token_box.clear()
        self.token_box.setEnabled(False)
        self._set_approval(remote_summary(self, prep))

    def _tokens_for_signing(self, tokens: list[TokenInfo]) -> None:
        self._show_tokens(tokens)
        if self.prep is not None:
            self.token_box.setCurrentIndex(max(0, self.token_box.findData(self.prep.token_serial)))
        self.sign_button.setEnabled(bool(tokens) and self.prep is not None and bool(self.prep.plan.items))
        if not tokens:
            self.status.setText(self.tr("Chưa thấy thiết bị ký: hãy cắm thiết bị vào máy rồi bấm lại “Lập danh sách ký”."))

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        self.token_box.clear()
        for token in tokens:
            self.token_box.addItem(f"{token.label} ({token.serial})", token.serial)
        if self.ready is not None:
            self.token_box.setCurrentIndex(max(0, self.token_box.findData(self.ready.token_serial)))

    # -- unlock ---------------------------------------------------------------------------------
    @property
    def unlock_dialog(self) -> QInputDialog | None:
        """The open "reason for unlocking" question, if any."""
        return self._unlocking.dialog

    def ask_unlock(self) -> None:
        """List the pages locked but signed by nobody, then ask the reason for unlocking them."""
        class_id = self.class_box.currentData()
        if class_id is not None:
            self._unlocking.ask(class_id, self.class_box.currentText())

    def _unlocked(self, count: int) -> None:
        self.prep = None
        self.items.setRowCount(0)
        self.summary.clear()
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("Đã mở khoá {0} học bạ: giáo viên sửa được điểm, nhận xét.")
                            .replace("{0}", str(count)))
        self.unlocked.emit(count)

    # -- sign -------------------------------------------------------------------------------------
    def sign(self) -> None:
        """Ask the PIN once (again when mistyped) and sign the whole list in the background."""
        prep, serial = self.prep, self.token_box.currentData() or ""
        if prep is None:
            return
        if prep.remote is not None:
            self._sign_remote(prep)
            return
        self.sign_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Đang ký… Cửa sổ vẫn dùng được; bấm “Dừng” để dừng sau học bạ đang ký."))
        self._op = Op(self, self._backend, lambda ctx: signing_service.sign(
            ctx.session, prep, serial, self.prompt, progress=ctx.progress, cancelled=lambda: ctx.cancelled)) \
            .on_progress(self._on_progress).success(lambda r: self._signed(r.value)) \
            .status(self.status).after_failure(self._sign_stopped).run_in_background()

    def _sign_remote(self, prep: SigningPrep) -> None:
        secrets = self.ask_remote_secrets()
        if secrets is None:
            return
        self.sign_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Đang ký số từ xa… bấm “Dừng” để huỷ khi đang chờ xác nhận."))
        self._op = Op(self, self._backend, lambda ctx: remote_signing.sign_remote(ctx, prep, secrets)) \
            .on_progress(self._on_remote_progress).success(lambda r: self._signed(r.value)) \
            .status(self.status).after_failure(self._sign_stopped).run_in_background()

    def _set_approval(self, text: str) -> None:
        self.approval.setText(text)
        self._form.setRowVisible(self.approval, bool(text))

    def _on_remote_progress(self, label: str, value: int, maximum: int) -> None:
        self._set_approval(label)
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

    def _sign_stopped(self, exc: BaseException) -> None:  # after the helper's standard display
        self._op = None
        self.cancel_button.setEnabled(False)
        self.sign_button.setEnabled(True)
        self.finished.emit(exc)
