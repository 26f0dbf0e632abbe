"""Unlocking a class's pages that were locked for signing but signed by nobody (principal, homeroom teacher).

Part of the signing screen: the pages go back to draft so that teachers can correct them; the reason is
asked and audited (services.signing.unlock_class).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLabel, QWidget

from hocbaso_desktop.services import signing as signing_service
from hocbaso_desktop.ui.operations import Backend, Op


class UnlockLockedPages(QObject):
    """List the pages locked but signed by nobody, ask the reason, unlock them; `unlocked(count)` after.

    `none_locked` when the class has no such page (the status line says so).
    """

    unlocked = Signal(int)
    none_locked = Signal()

    def __init__(self, page: QWidget, backend: Backend, status: QLabel) -> None:
        super().__init__(page)
        self._page, self._backend, self._status = page, backend, status
        self.dialog: QInputDialog | None = None

    def ask(self, class_id: str, class_name: str) -> None:
        """Find the class's locked, unsigned pages (background), then ask the reason for unlocking them."""
        Op(self._page, self._backend, lambda ctx: signing_service.locked_unsigned(ctx.session, class_id)) \
            .success(lambda names: self._ask_reason(class_id, class_name, names)).run_in_background()

    def _ask_reason(self, class_id: str, class_name: str, names: list[str]) -> None:
        if not names:
            self._status.setText(self.tr("Lớp {0} không có học bạ nào đã khoá mà chưa ai ký.").replace("{0}", class_name))
            self.none_locked.emit()
            return
        dialog = QInputDialog(self._page)
        dialog.setWindowTitle(self.tr("Mở khoá học bạ"))
        dialog.setLabelText(self.tr("Mở khoá {0} học bạ của lớp {1} (chưa ai ký) để sửa điểm, nhận xét.\n"
                                    "Lý do (ghi vào nhật ký):").replace("{0}", str(len(names)))
                            .replace("{1}", class_name))
        dialog.setOkButtonText(self.tr("Mở khoá"))
        dialog.setCancelButtonText(self.tr("Không"))
        dialog.textValueSelected.connect(lambda reason: self._unlock(class_id, reason))
        self.dialog = dialog
        dialog.open()

    def _unlock(self, class_id: str, reason: str) -> None:
        Op(self._page, self._backend, lambda ctx: signing_service.unlock_class(ctx.session, class_id, reason)) \
            .success(lambda r: self.unlocked.emit(r.value)).run_in_background()


__all__ = ["UnlockLockedPages"]
