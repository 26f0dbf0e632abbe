"""Accounts (administrator) and the student list (clerks, academic staff, principal)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.errors import InvalidInputError, as_expected
from hocbaso_desktop.domain.i18n import nfc
from hocbaso_desktop.domain.model import Student, UserAccount
from hocbaso_desktop.domain.roles import Action, Role
from hocbaso_desktop.services import ClassChoice, SignedIn, accounts, grade_sheets, students
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.errors import show_exception
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.student_dialog import StudentDialog
from hocbaso_desktop.ui.widgets import fill_class_box, fill_table, read_only_table


class UsersPage(QWidget):
    """List accounts, add one, disable one."""

    loaded = Signal()

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        follow_changes(self, backend, ("users",), self.refresh)
        self.users: list[UserAccount] = []
        self.table = read_only_table([self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"), self.tr("Trạng thái")])
        self.username, self.full_name, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        add = QPushButton(self.tr("Thêm tài khoản"))
        add.clicked.connect(self.add_user)
        disable = QPushButton(self.tr("Khoá tài khoản đang chọn"))
        disable.clicked.connect(self.disable_selected)
        self.message = QLabel()
        box = QGroupBox(self.tr("Tài khoản mới"))
        form = QFormLayout(box)
        form.addRow(self.tr("Tên đăng nhập:"), self.username)
        form.addRow(self.tr("Họ và tên:"), self.full_name)
        form.addRow(self.tr("Vai trò:"), self.role)
        form.addRow(self.tr("Mật khẩu ban đầu:"), self.password)
        form.addRow(add)
        row = QHBoxLayout()
        row.addWidget(self.table, 2)
        right = QVBoxLayout()
        right.addWidget(box)
        right.addWidget(disable)
        right.addWidget(self.message)
        right.addStretch(1)
        row.addLayout(right, 1)
        QVBoxLayout(self).addLayout(row)

    def refresh(self) -> None:
        """Load the accounts."""
        Op(self, self._backend, lambda ctx: accounts.list_users(ctx.session)).success(self._show).run_in_background()

    def _show(self, users: list[UserAccount]) -> None:
        self.users = users
        self.table.setRowCount(len(users))
        for r, user in enumerate(users):
            state = self.tr("Đã khoá") if user.disabled else self.tr("Đang dùng")
            for c, text in enumerate((user.username, user.full_name, Role(user.role).label, state)):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.loaded.emit()

    def add_user(self) -> None:
        """Create the account (password wrap + row) in the background."""
        values = dict(username=self.username.text().strip(), full_name=nfc(self.full_name.text().strip()),
                      role=Role(self.role.currentData()), password=self.password.text())
        self.password.clear()
        Op(self, self._backend, lambda ctx: accounts.add_user(ctx.session, **values)) \
            .success(lambda _u: self._done(self.tr("Đã thêm tài khoản."))).run_in_background()

    def disable_selected(self) -> None:
        """Disable the selected account."""
        row = self.table.currentRow()
        if 0 <= row < len(self.users):
            username = self.users[row].username
            Op(self, self._backend, lambda ctx: accounts.disable_user(ctx.session, username)) \
                .success(lambda changed: self._disabled(changed.value)).run_in_background()

    def _disabled(self, result) -> None:
        text = self.tr("Đã khoá tài khoản và đổi khoá mã hoá cơ sở dữ liệu.")
        if result.new_recovery_code:  # a database made before sealed wraps: its recovery code had to change
            text += " " + self.tr("MÃ KHÔI PHỤC MỚI (ghi lại ngay): {0}").replace("{0}", result.new_recovery_code)
        if result.need_new_password:
            text += " " + self.tr("Cần đặt lại mật khẩu cho: {0}").replace("{0}", ", ".join(result.need_new_password))
        self._done(text)

    def _done(self, text: str) -> None:
        self.message.setText(text)


class StudentsPage(QWidget):
    """The students of a class; học vụ adds one student or corrects one student's identity here."""

    loaded = Signal()
    saved = Signal(object)  # the Student stored

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        follow_changes(self, backend, ("students",), lambda: self._load(self.class_box.currentIndex()))
        self._choices: list[ClassChoice] = []
        self.students: list[Student] = []
        self.dialog: StudentDialog | None = None
        self.class_box = QComboBox()
        self.class_box.currentIndexChanged.connect(self._load)
        self.table = read_only_table([self.tr("Họ và tên"), self.tr("Giới tính"), self.tr("Ngày sinh"),
                                      self.tr("Mã học sinh"), self.tr("Dân tộc"), self.tr("Nơi sinh")])
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button, self.edit_button = QPushButton(self.tr("Thêm học sinh…")), QPushButton(self.tr("Sửa…"))
        self.add_button.clicked.connect(self.add_student)
        self.edit_button.clicked.connect(self.edit_selected)
        self.editable = who.may(Action.EDIT_STUDENTS)
        self.add_button.setVisible(self.editable)
        self.edit_button.setVisible(self.editable)
        self.message = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Lớp:")))
        bar.addWidget(self.class_box)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        """Load the classes."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_choices) \
            .run_in_background()

    def _set_choices(self, choices: list[ClassChoice]) -> None:
        self._choices = choices
        fill_class_box(self.class_box, choices)

    def _load(self, row: int) -> None:
        if 0 <= row < len(self._choices):
            school_class = self._choices[row].school_class
            Op(self, self._backend, lambda ctx: students.class_students(ctx.session, school_class)) \
                .success(self._show).run_in_background()

    def _show(self, found: list[Student]) -> None:
        self.students = found
        fill_table(self.table, [(s.full_name, s.sex.label, s.birth.display(), s.student_code, s.ethnicity,
                                 s.birthplace) for s in found])
        self.loaded.emit()

    def add_student(self) -> None:
        """Open the form for a new student of the chosen class."""
        row = self.class_box.currentIndex()
        if not 0 <= row < len(self._choices) or not self.editable:
            return
        school_class = self._choices[row].school_class
        self._open(StudentDialog(self.tr("Thêm học sinh vào lớp {0}").replace("{0}", school_class.name), None, self),
                   lambda ctx, s: students.add_student(ctx.session, school_class, s))

    def edit_selected(self) -> None:
        """Open the form with the selected student's identity."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.students) or not self.editable:
            return
        student = self.students[row]
        self._open(StudentDialog(self.tr("Sửa thông tin: {0}").replace("{0}", student.full_name), student, self),
                   lambda ctx, s: students.update_student(ctx.session, s))

    def _open(self, dialog: StudentDialog, store) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._store(dialog, store))
        dialog.open()

    def _store(self, dialog: StudentDialog, store) -> None:
        try:
            student = dialog.student()
        except InvalidInputError as exc:
            self._refused(dialog, exc)
            return
        Op(self, self._backend, lambda ctx: store(ctx, student)).success(lambda changed: self._stored(changed.value)) \
            .failure(lambda exc: self._refused(dialog, exc)).run_in_background()

    def _refused(self, dialog: StudentDialog, exc: BaseException) -> None:
        expected = as_expected(exc)
        if expected is None:
            show_exception(self, exc)
            return
        dialog.error.setText(expected.message)  # the form opens again with what was typed and the reason
        dialog.open()

    def _stored(self, student: Student) -> None:
        self.message.setText(self.tr("Đã lưu: {0}").replace("{0}", student.full_name))
        self.saved.emit(student)
