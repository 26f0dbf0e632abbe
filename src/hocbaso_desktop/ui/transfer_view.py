"""Transfers: the academic officer sends a student out and receives one in; the clerk seals and opens packages.

Out: choose class and student, destination and date, optionally the receiving school's seal certificate (the
clerk's seal then encrypts the package for it), then the package file. In: choose a package, "Kiểm tra gói" lists
each issued page with its signers and whether it verified here, and the seal; only then "Nhận học sinh" receives
the student into the chosen class (verified again, all or nothing). An unsealed package's values are taken only
when "nhập tay" is ticked (this school's own audited entry, within its open entry windows). The clerk's part (seal,
open an encrypted package) is ui/transfer_seal_box.py, shown to whoever holds the seal permission.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.i18n import VIETNAM_TIME
from hocbaso_desktop.domain.model import Student
from hocbaso_desktop.domain.roles import Action
from hocbaso_desktop.services import ClassChoice, SignedIn, grade_sheets, students, transfers
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.transfer_seal_box import CERTIFICATE, TransferSealBox, path_row
from hocbaso_desktop.ui.widgets import (
    ask_open_path,
    ask_save_path,
    fill_class_box,
    fill_table,
    read_only_table,
)

PACKAGE = QT_TRANSLATE_NOOP("TransferPage", "Gói chuyển trường (*.hbzip *.zip)")


def _date_edit() -> QDateEdit:
    today = datetime.now(VIETNAM_TIME).date()  # the school's day, whatever the computer's zone
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class TransferPage(QWidget):
    """Transfer out and transfer in."""

    classes_loaded = Signal()
    students_loaded = Signal()
    sent = Signal(object)       # PackageWritten
    checked = Signal(object)    # PackageCheck
    received = Signal(object)   # TransferInResult
    failed = Signal(object)     # the exception of a failed op

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None, *,
                 token_env: Mapping[str, str] | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        self._choices: list[ClassChoice] = []
        self.students: list[Student] = []
        self.package_check: transfers.PackageCheck | None = None
        self._checked_path = Path()
        layout = QVBoxLayout(self)
        self.may_transfer = who.may(Action.TRANSFER)
        self.seal_box: TransferSealBox | None = None
        if self.may_transfer:
            follow_changes(self, backend, ("students",), self.load_classes)
            layout.addWidget(self._out_box())
            layout.addWidget(self._in_box(), 1)
        if who.may(Action.SIGN_SEAL):   # the clerk: seal and open packages with the school's seal
            self.seal_box = TransferSealBox(backend, token_env, self)
            layout.addWidget(self.seal_box)
            if not self.may_transfer:
                layout.addStretch(1)

    def _out_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Chuyển đi"))
        self.out_class, self.out_student = QComboBox(), QComboBox()
        self.out_class.currentIndexChanged.connect(self._load_students)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("Tên trường nơi đến"))
        self.out_date = _date_edit()
        self.to_cert = QLineEdit()
        self.to_cert.setPlaceholderText(self.tr("tuỳ chọn: chứng thư con dấu của trường nhận (gói sẽ được mã hoá)"))
        self.to_cert.textChanged.connect(lambda _t: self.to_cert_info.setText(""))
        choose_cert = QPushButton(self.tr("Chọn chứng thư…"))
        choose_cert.clicked.connect(self._choose_cert)
        clear_cert = QPushButton(self.tr("Bỏ"))
        clear_cert.clicked.connect(self.to_cert.clear)
        self.to_cert_info = QLabel()
        self.to_cert_info.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Tạo gói chuyển trường…"))
        self.send_button.clicked.connect(self._ask_send)
        self.out_status = QLabel()
        self.out_status.setWordWrap(True)
        form = QFormLayout(group)
        pick = QHBoxLayout()
        pick.addWidget(self.out_class)
        pick.addWidget(self.out_student, 1)
        form.addRow(self.tr("Lớp, học sinh:"), pick)
        form.addRow(self.tr("Nơi đến:"), self.destination)
        form.addRow(self.tr("Ngày chuyển:"), self.out_date)
        form.addRow(self.tr("Mã hoá cho trường nhận:"), path_row(self.to_cert, choose_cert, clear_cert))
        form.addRow("", self.to_cert_info)
        form.addRow("", self.send_button)
        form.addRow(self.out_status)
        return group

    def _in_box(self) -> QGroupBox:
        group = QGroupBox(self.tr("Nhận vào"))
        self.package = QLineEdit()
        self.package.textChanged.connect(lambda _t: self.receive_button.setEnabled(False))
        choose = QPushButton(self.tr("Chọn gói…"))
        choose.clicked.connect(self._choose_package)
        check = QPushButton(self.tr("Kiểm tra gói"))
        check.clicked.connect(lambda: self.check(Path(self.package.text())))
        row = QHBoxLayout()
        row.addWidget(self.package, 1)
        row.addWidget(choose)
        row.addWidget(check)
        self.in_summary = QLabel(self.tr("Chọn gói chuyển trường rồi bấm “Kiểm tra gói”."))
        self.in_summary.setWordWrap(True)
        self.pages = read_only_table([self.tr("Năm học"), self.tr("Học bạ"), self.tr("Người ký"),
                                      self.tr("Xác thực chữ ký")])
        self.in_class = QComboBox()
        self.in_date = _date_edit()
        self.receive_button = QPushButton(self.tr("Nhận học sinh vào lớp"))
        self.receive_button.setEnabled(False)
        self.receive_button.clicked.connect(lambda: self.receive(self._checked_path, self.in_class.currentText()))
        self.manual_entry = QCheckBox(self.tr("Nhập tay giá trị của gói chưa niêm phong"))
        self.manual_entry.setToolTip(self.tr("Gói chưa được trường gửi niêm phong: các giá trị đánh giá của năm đang "
                                             "học không có chữ ký. Đánh dấu để nhận chúng như trường tự nhập (chỉ các "
                                             "kỳ có đợt nhập đang mở; ghi nhật ký)."))
        target = QHBoxLayout()
        for widget in (QLabel(self.tr("Vào lớp:")), self.in_class, QLabel(self.tr("Ngày nhận:")), self.in_date,
                       self.manual_entry, self.receive_button):
            target.addWidget(widget)
        target.addStretch(1)
        self.in_status = QLabel()
        self.in_status.setWordWrap(True)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.in_summary)
        box.addWidget(self.pages, 1)
        box.addLayout(target)
        box.addWidget(self.in_status)
        return group

    # -- loading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the classes (academic office) and look for the seal's token (clerk)."""
        if self.may_transfer:
            self.load_classes()
        if self.seal_box is not None:
            self.seal_box.refresh()

    def load_classes(self) -> None:
        """Load the classes of both class boxes."""
        Op(self, self._backend, lambda ctx: grade_sheets.my_classes(ctx.session)).success(self._set_classes) \
            .run_in_background()

    def _set_classes(self, choices: list[ClassChoice]) -> None:
        self._choices = choices
        for box in (self.out_class, self.in_class):
            box.blockSignals(True)
            fill_class_box(box, choices)
            box.blockSignals(False)
        self.classes_loaded.emit()
        self._load_students(self.out_class.currentIndex())

    def _load_students(self, row: int) -> None:
        if not 0 <= row < len(self._choices):
            return
        school_class = self._choices[row].school_class
        Op(self, self._backend, lambda ctx: students.class_students(ctx.session, school_class)) \
            .success(self._set_students).run_in_background()

    def _set_students(self, found: list[Student]) -> None:
        self.students = found
        self.out_student.clear()
        for student in found:
            self.out_student.addItem(f"{student.full_name} ({student.birth.display()})", student.id)
        self.students_loaded.emit()

    # -- out -----------------------------------------------------------------------------------
    def _ask_send(self) -> None:
        if self.out_student.currentData() is None:
            return
        path = ask_save_path(self, self.tr("Lưu gói chuyển trường"), "chuyentruong.hbzip", self.tr(PACKAGE))  # i18n: table
        if path is not None:
            self.send(self.out_student.currentData(), path)

    def _choose_cert(self) -> None:
        path = ask_open_path(self, self.tr("Chọn chứng thư con dấu của trường nhận"),
                             self.tr(CERTIFICATE))  # i18n: table
        if path is not None:
            self.to_cert.setText(str(path))
            self.check_certificate(path)

    def check_certificate(self, path: Path) -> None:
        """Check the receiving school's certificate now and show whom the package will be encrypted for."""
        Op(self, self._backend, lambda ctx: transfers.recipient_certificate(ctx, path)) \
            .success(self._show_certificate).status(self.out_status).run_in_background()

    def _show_certificate(self, view: transfers.RecipientView) -> None:
        self.to_cert_info.setText(self.tr("Văn thư niêm phong xong, gói được mã hoá cho {0} ({1}), chứng thư hết hạn "
                                          "{2}.").replace("{0}", view.name).replace("{1}", view.organisation or "—")
                                  .replace("{2}", view.valid_to))

    def send(self, student_id: str, out: Path) -> None:
        """Package a student's data and issued pages into `out` and record the transfer out."""
        on, destination = self.out_date.date().toPython(), self.destination.text().strip()
        to_cert = Path(self.to_cert.text().strip()) if self.to_cert.text().strip() else None
        Op(self, self._backend, lambda ctx: transfers.send(ctx, student_id, out, on, destination,
                                                           recipient_cert=to_cert)) \
            .with_progress(self.tr("Đang tạo gói chuyển trường…")).success(self._sent).status(self.out_status).after_failure(self.failed.emit).run_in_background()

    def _sent(self, written: transfers.PackageWritten) -> None:
        self.out_status.setText(self.tr("Đã ghi {0}: học sinh {1}, {2} học bạ đã phát hành, {3} mục điểm của năm "
                                        "chưa phát hành.").replace("{0}", str(written.path))
                                .replace("{1}", written.student).replace("{2}", str(written.pages))
                                .replace("{3}", str(written.entries))
                                + (" " + self.tr("Văn thư niêm phong gói (con dấu số); gói sẽ được mã hoá cho {0}.")
                                   .replace("{0}", written.recipient) if written.recipient else
                                   " " + self.tr("Văn thư niêm phong gói trước khi gửi (con dấu số).")))
        self.sent.emit(written)

    # -- in ------------------------------------------------------------------------------------
    def _choose_package(self) -> None:
        path = ask_open_path(self, self.tr("Chọn gói chuyển trường"), self.tr(PACKAGE))  # i18n: table
        if path is not None:
            self.package.setText(str(path))
            self.check(path)

    def check(self, path: Path) -> None:
        """Show what the package holds and verify its pages; nothing is written."""
        self.receive_button.setEnabled(False)
        Op(self, self._backend, lambda ctx: transfers.check_package(ctx, path)) \
            .with_progress(self.tr("Đang xác thực học bạ trong gói…")).success(lambda r: self._checked(path, r)).status(self.in_status).after_failure(self.failed.emit) \
            .run_in_background()

    def _checked(self, path: Path, found: transfers.PackageCheck) -> None:
        self.package_check, self._checked_path = found, path
        fill_table(self.pages, [(p.year, p.record, p.signers, p.verdict) for p in found.pages])
        verdict = (self.tr("Tất cả học bạ xác thực được.") if all(p.ok for p in found.pages) else
                   self.tr("CÓ HỌC BẠ KHÔNG XÁC THỰC ĐƯỢC: không nhận được (kiểm tra danh sách tin cậy)."))
        if found.seal_problem:
            verdict += " " + found.seal_problem
        elif found.sealed_by:
            verdict += " " + self.tr("Gói được niêm phong bởi {0}.").replace("{0}", found.sealed_by)
        elif found.entries:
            verdict += " " + self.tr("Gói chưa niêm phong: {0} giá trị của năm đang học chỉ nhận được khi đánh dấu "
                                     "“Nhập tay”.").replace("{0}", str(found.entries))
        self.in_summary.setText(self.tr("Học sinh {0}, từ {1}, ngày chuyển {2}: {3} học bạ đã phát hành, {4} mục "
                                        "điểm, {5} dòng quá trình học tập. ")
                                .replace("{0}", found.student).replace("{1}", found.from_school)
                                .replace("{2}", _dmy(found.transferred_on)).replace("{3}", str(len(found.pages)))
                                .replace("{4}", str(found.entries)).replace("{5}", str(found.history)) + verdict)
        self.in_summary.setStyleSheet("" if found.ok else "color:#a00000;")
        self.receive_button.setEnabled(found.ok)
        self.checked.emit(found)

    def receive(self, path: Path, class_name: str) -> None:
        """Receive the package's student into `class_name`."""
        on: date = self.in_date.date().toPython()
        manual = self.manual_entry.isChecked()
        self.receive_button.setEnabled(False)
        Op(self, self._backend, lambda ctx: transfers.receive(ctx, path, class_name, on, manual_entry=manual)) \
            .with_progress(self.tr("Đang nhận học sinh…")).success(lambda r: self._received(r.value)).status(self.in_status).after_failure(self.failed.emit) \
            .run_in_background()

    def _received(self, result) -> None:
        self.in_status.setText(self.tr("Đã nhận {0}: {1} học bạ, {2} dòng quá trình học tập, {3} mục điểm.")
                               .replace("{0}", result.full_name).replace("{1}", str(result.records))
                               .replace("{2}", str(result.history)).replace("{3}", str(result.entries)))
        self.in_status.setStyleSheet("color:#006000;")
        self.received.emit(result)



def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[0:4]}" if len(iso) >= 10 else iso
