"""The form to add one student to a class, or to correct one student's identity (học vụ)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.errors import InvalidInputError
from hocbaso_desktop.domain.model import PartialDate, Sex, Student

FIELDS = (("full_name", QT_TRANSLATE_NOOP("StudentDialog", "Họ và tên")), ("student_code", QT_TRANSLATE_NOOP("StudentDialog", "Mã học sinh")), ("personal_id", QT_TRANSLATE_NOOP("StudentDialog", "Số định danh cá nhân")),
          ("birthplace", QT_TRANSLATE_NOOP("StudentDialog", "Nơi sinh")), ("hometown", QT_TRANSLATE_NOOP("StudentDialog", "Quê quán")), ("residence", QT_TRANSLATE_NOOP("StudentDialog", "Nơi ở hiện nay")),
          ("ethnicity", QT_TRANSLATE_NOOP("StudentDialog", "Dân tộc")), ("nationality", QT_TRANSLATE_NOOP("StudentDialog", "Quốc tịch")), ("father_name", QT_TRANSLATE_NOOP("StudentDialog", "Họ tên cha")),
          ("mother_name", QT_TRANSLATE_NOOP("StudentDialog", "Họ tên mẹ")), ("guardian_name", QT_TRANSLATE_NOOP("StudentDialog", "Họ tên người giám hộ")))


class StudentDialog(QDialog):
    """Identity fields of one student; `student()` gives the typed Student or raises InvalidInputError."""

    def __init__(self, title: str, student: Student | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._original = student
        self.edits = {key: QLineEdit(getattr(student, key) if student else "") for key, _label in FIELDS}
        if student is None:
            self.edits["ethnicity"].setText("Kinh")
            self.edits["nationality"].setText("Việt Nam")
        self.sex = QComboBox()
        for sex in (Sex.MALE, Sex.FEMALE, Sex.UNKNOWN):
            self.sex.addItem(sex.label, sex.value)
        if student is not None:
            self.sex.setCurrentIndex(self.sex.findData(student.sex.value))
        self.birth = QLineEdit(student.birth.display() if student else "")
        self.birth.setPlaceholderText("dd/mm/yyyy")
        self.error = QLabel()
        self.error.setStyleSheet("color:#a00000;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr(FIELDS[0][1]) + ":", self.edits["full_name"])  # i18n: table
        form.addRow(self.tr("Giới tính:"), self.sex)
        form.addRow(self.tr("Ngày sinh:"), self.birth)
        for key, label in FIELDS[1:]:
            form.addRow(self.tr(label) + ":", self.edits[key])  # i18n: table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Huỷ"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(680, 480)  # an address fits without scrolling

    def student(self) -> Student:
        """The student as typed (the service checks it again before saving)."""
        birth = PartialDate.parse(self.birth.text())
        values = {key: edit.text().strip() for key, edit in self.edits.items()}
        if not values["full_name"]:
            raise InvalidInputError(self.tr("Cần họ và tên học sinh."))
        base = self._original or Student("", values["full_name"], Sex(self.sex.currentData()), birth)
        return replace(base, sex=Sex(self.sex.currentData()), birth=birth, **values)
