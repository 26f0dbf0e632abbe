"""First-run set-up of a real school: school data, first administrator, the recovery key shown once.

The recovery key page cannot be left until the person confirms they printed or saved it; it is never
stored anywhere by the program (only its key wrap is). The database is created on the db lane and the
administrator stays signed in when the wizard finishes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from hocbaso_desktop.domain.i18n import nfc
from hocbaso_desktop.domain.model import Level, School
from hocbaso_desktop.services import SignedIn, school_setup, sessions
from hocbaso_desktop.ui.operations import Backend, Op, OpContext


def create_school(ctx: OpContext, path: Path, school: School, username: str, full_name: str,
                  password: str) -> tuple[SignedIn, str]:
    """Op body: create the database, keep the administrator signed in; return (who, recovery code)."""
    session, recovery = school_setup.create_school(path, school, username=username, full_name=full_name,
                                                 password=password)
    ctx.set_session(session)
    return sessions.signed_in(session), recovery


class _SchoolPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Thông tin trường"))
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Chọn…"))
        browse.clicked.connect(self._browse)
        self.code, self.name = QLineEdit(), QLineEdit()
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(level.label, level.value)
        self.so_name, self.province, self.address = QLineEdit(), QLineEdit(), QLineEdit()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Lưu cơ sở dữ liệu tại:"), row)
        form.addRow(self.tr("Mã trường:"), self.code)
        form.addRow(self.tr("Tên trường:"), self.name)
        form.addRow(self.tr("Cấp học:"), self.level)
        form.addRow(self.tr("Sở GD&&ĐT:"), self.so_name)
        form.addRow(self.tr("Tỉnh/thành phố:"), self.province)
        form.addRow(self.tr("Địa chỉ:"), self.address)
        for edit in (self.path, self.code, self.name):
            edit.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Lưu cơ sở dữ liệu"), "truong.hocbaso",
                                               self.tr("Học bạ số (*.hocbaso)"))
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        """Path, code and name are required."""
        return all(e.text().strip() for e in (self.path, self.code, self.name))

    def school(self) -> School:
        """The school as typed (NFC)."""
        return School(self.code.text().strip(), nfc(self.name.text().strip()), Level(self.level.currentData()),
                      so_name=nfc(self.so_name.text().strip()), province=nfc(self.province.text().strip()),
                      address=nfc(self.address.text().strip()))


class _AdminPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Quản trị viên đầu tiên"))
        self.username, self.full_name = QLineEdit("quantri"), QLineEdit()
        self.password, self.again = QLineEdit(), QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self.completeChanged)
        self.hint = QLabel(self.tr("Mật khẩu ít nhất 8 ký tự; hai lần nhập phải giống nhau."))
        form = QFormLayout(self)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.again)
        form.addRow(self.hint)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        """A password of 8+ characters typed twice the same."""
        return len(self.password.text()) >= 8 and self.password.text() == self.again.text()


class _RecoveryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Mã khôi phục — chỉ hiển thị một lần"))
        self.code = QLabel()
        font = QFont("monospace")
        font.setPointSize(14)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(self.code.textInteractionFlags())
        warning = QLabel(self.tr("Mã này mở được cơ sở dữ liệu khi quên mật khẩu quản trị. Hãy in hoặc lưu ra "
                                 "giấy/USB và cất ở nơi an toàn. Chương trình không lưu mã này."))
        warning.setWordWrap(True)
        print_button, save_button = QPushButton(self.tr("In…")), QPushButton(self.tr("Lưu ra tệp…"))
        print_button.clicked.connect(self._print)
        save_button.clicked.connect(self._save)
        self.confirm = QCheckBox(self.tr("Tôi đã in hoặc lưu mã khôi phục ở nơi an toàn"))
        self.confirm.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(print_button)
        buttons.addWidget(save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.code)
        layout.addLayout(buttons)
        layout.addWidget(self.confirm)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        """Only after the confirmation."""
        return self.confirm.isChecked() and bool(self.code.text())

    def _text(self) -> str:
        return self.tr("Mã khôi phục cơ sở dữ liệu học bạ số:") + "\n" + self.code.text() + "\n"

    def _print(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            QTextDocument(self._text()).print_(printer)

    def _save(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Lưu mã khôi phục"), "ma-khoi-phuc.txt")
        if name:
            Path(name).write_text(self._text(), encoding="utf-8")


class SetupWizard(QWizard):
    """Three pages; the database is created when leaving the administrator page."""

    finished_setup = Signal(object)  # SignedIn

    def __init__(self, backend: Backend, parent: QWizard | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._created: SignedIn | None = None
        self.setWindowTitle(self.tr("Tạo trường mới"))
        self.school_page, self.admin_page, self.recovery_page = _SchoolPage(), _AdminPage(), _RecoveryPage()
        for page in (self.school_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Quay lại")),
                             (QWizard.WizardButton.NextButton, self.tr("Tiếp >")),
                             (QWizard.WizardButton.CancelButton, self.tr("Huỷ")),
                             (QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))):
            self.setButtonText(button, text)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt API
        """Create the school when leaving the administrator page (in the background)."""
        if self.currentPage() is not self.admin_page or self._created is not None:
            return super().validateCurrentPage()
        school, admin = self.school_page.school(), self.admin_page
        path = Path(self.school_page.path.text().strip())
        args = (path, school, admin.username.text().strip(), nfc(admin.full_name.text().strip()),
                admin.password.text())
        self.button(QWizard.WizardButton.NextButton).setEnabled(False)
        Op(self, self._backend, lambda ctx: create_school(ctx, *args)).success(self._created_ok) \
            .after_failure(lambda _exc: self.button(QWizard.WizardButton.NextButton).setEnabled(True)).with_progress(self.tr("Đang tạo cơ sở dữ liệu…")).run_in_background()
        return False

    def _created_ok(self, result: tuple[SignedIn, str]) -> None:
        self._created, recovery = result
        self.admin_page.password.clear()
        self.admin_page.again.clear()
        self.recovery_page.code.setText(recovery)
        self.next()

    def accept(self) -> None:
        """Finish: hand the signed-in administrator to the main window."""
        if self._created is not None:
            self.recovery_page.code.clear()
            self.finished_setup.emit(self._created)
        super().accept()
