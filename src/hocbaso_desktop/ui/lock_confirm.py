"""The confirmation shown before the homeroom teacher locks a class's pages for signing.

Locking freezes the entries (no more edits) and can be undone only while nobody has signed, so the teacher
sees exactly which students' pages will be locked, and which were locked before, and confirms.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from hocbaso_desktop.domain.model import Student


class LockConfirmDialog(QDialog):
    """Lists the pages that "Khoá học bạ và lập danh sách ký" will lock; Yes/No, default No."""

    def __init__(self, class_name: str, students: tuple[Student, ...], locks: dict[str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xác nhận khoá học bạ"))
        self.to_lock = [s for s in students if s.id not in locks]
        self.already = [s for s in students if s.id in locks]
        intro = QLabel(self.tr("Sẽ khoá {0} học bạ của lớp {1}. Sau khi khoá, điểm và nhận xét của các học sinh "
                               "này không sửa được nữa (muốn sửa: mở khoá khi chưa ai ký, hoặc thu hồi và lập phiên bản mới).")
                       .replace("{0}", str(len(self.to_lock))).replace("{1}", class_name))
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.addItems([f"{i}. {s.full_name}" for i, s in enumerate(self.to_lock, start=1)])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names, 1)
        if self.already:
            before = QLabel(self.tr("{0} học bạ đã khoá hoặc đã ký từ trước (giữ nguyên).")
                            .replace("{0}", str(len(self.already))))
            before.setWordWrap(True)
            layout.addWidget(before)
        buttons = QDialogButtonBox()
        self.yes = buttons.addButton(self.tr("Khoá và lập danh sách ký"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.no = buttons.addButton(self.tr("Không khoá"), QDialogButtonBox.ButtonRole.RejectRole)
        self.no.setDefault(True)
        self.no.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 460)
