"""The start screen: choose the school database, sign in, create a school, or open the demo school."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.services import Session, SignedIn, open_session, sessions
from hocbaso_desktop.ui.language_box import LanguageBox
from hocbaso_desktop.ui.operations import Backend, Op, OpContext


def sign_in(ctx: OpContext, db_path: Path, username: str, password: str) -> SignedIn:
    """Op body: open the session on the database lane and describe it for the GUI."""
    session: Session = open_session(db_path, username.strip(), password)
    ctx.set_session(session)
    return sessions.signed_in(session)


def create_demo(ctx: OpContext, db_path: Path, password: str) -> SignedIn:
    """Op body: create the demo school at `db_path` if it does not exist, then sign in as the principal."""
    from hocbaso_desktop.demo import create_demo_school

    if not db_path.exists():
        ctx.progress(_("Đang tạo trường mẫu…"), 0, 0)
        create_demo_school(db_path, password=password)
    return sign_in(ctx, db_path, "hieutruong", password)


class StartWindow(QWidget):
    """Sign-in form with the database path, plus "new school" and "demo school" buttons."""

    signed_in = Signal(object)  # SignedIn
    setup_requested = Signal()
    demo_requested = Signal()

    def __init__(self, backend: Backend, db_path: Path | None = None, username: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.setWindowTitle(self.tr("Học bạ số — Đăng nhập"))
        title = QLabel(self.tr("Học bạ số"))
        title.setStyleSheet("font-size:22pt; font-weight:bold;")
        self.db_edit = QLineEdit(str(db_path) if db_path else "")
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self._browse)
        self.user_edit = QLineEdit(username or "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#a00000;")
        self.error_label.setWordWrap(True)
        self.login_button = QPushButton(self.tr("Đăng nhập"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        self.password_edit.returnPressed.connect(self.submit)
        new_button = QPushButton(self.tr("Tạo trường mới…"))
        new_button.clicked.connect(self.setup_requested)
        self.demo_button = QPushButton(self.tr("Mở trường mẫu (dùng thử)"))
        self.demo_button.clicked.connect(self.demo_requested)

        path_row = QHBoxLayout()
        path_row.addWidget(self.db_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Cơ sở dữ liệu:"), path_row)
        form.addRow(self.tr("Tên đăng nhập:"), self.user_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.login_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.language = LanguageBox(applies_now=True)  # the Shell rebuilds this window in the chosen language
        layout.addWidget(self.language)
        (self.password_edit if username else self.user_edit).setFocus()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Chọn cơ sở dữ liệu của trường"),
                                                    self.db_edit.text(), self.tr("Học bạ số (*.hocbaso);;Mọi tệp (*)"))
        if name:
            self.db_edit.setText(name)

    def submit(self) -> None:
        """Sign in in the background; on failure show the reason under the form."""
        path, user, password = Path(self.db_edit.text().strip()), self.user_edit.text(), self.password_edit.text()
        if not self.db_edit.text().strip() or not user.strip():
            self.error_label.setText(self.tr("Hãy chọn cơ sở dữ liệu và nhập tên đăng nhập."))
            return
        self.login_button.setEnabled(False)
        self.error_label.setText(self.tr("Đang mở khoá cơ sở dữ liệu…"))
        Op(self, self._backend, lambda ctx: sign_in(ctx, path, user, password)) \
            .success(self._done).status(self.error_label, inline_only=True) \
            .after_failure(lambda _e: self._refused()).run_in_background()

    def _done(self, info: SignedIn) -> None:
        self.password_edit.clear()
        self.login_button.setEnabled(True)
        self.error_label.clear()
        self.signed_in.emit(info)

    def _refused(self) -> None:
        self.login_button.setEnabled(True)
        self.password_edit.clear()
