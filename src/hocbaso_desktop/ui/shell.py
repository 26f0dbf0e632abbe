"""The application shell: start screen → (set-up wizard | demo school) → main window → back on sign-out."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from hocbaso_desktop.app import default_data_dir
from hocbaso_desktop.services import SignedIn
from hocbaso_desktop.ui.main_window import MainWindow
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.setup_wizard import SetupWizard
from hocbaso_desktop.ui.start_window import StartWindow, create_demo

DEMO_PASSWORD_DEFAULT = "hocbaso-demo"


def demo_password() -> str:
    """The demo school's password: HOCBASO_PASSWORD or the documented default."""
    return os.environ.get("HOCBASO_PASSWORD") or DEMO_PASSWORD_DEFAULT


def default_demo_path() -> Path:
    """Where the one-click demo school lives."""
    return default_data_dir() / "truong-mau.hocbaso"


class Shell(QObject):
    """Owns the backend and switches between the start screen and the main window."""

    main_window_shown = Signal(object)  # MainWindow

    def __init__(self, db_path: Path | None = None, username: str | None = None,
                 lock_seconds: float | None = None) -> None:
        super().__init__()
        self.backend = Backend(self)
        self.lock_seconds = lock_seconds
        self.start = self._make_start(db_path, username)
        self.main: MainWindow | None = None
        self.wizard: SetupWizard | None = None

    def _make_start(self, db_path: Path | None, username: str | None) -> StartWindow:
        start = StartWindow(self.backend, db_path, username)
        start.resize(640, 360)
        start.signed_in.connect(self.open_main)
        start.setup_requested.connect(self.open_wizard)
        start.demo_requested.connect(lambda: self.open_demo(default_demo_path()))
        start.language.chosen.connect(self.apply_language)
        return start

    def apply_language(self, code: str) -> None:
        """Switch the interface language now: nobody is signed in, so the sign-in window is simply built again."""
        from PySide6.QtWidgets import QApplication

        from hocbaso_desktop.domain import i18n
        from hocbaso_desktop.ui.translator import install_translators

        if code == i18n.language() or self.main is not None:
            return
        i18n.set_language(code)
        install_translators(QApplication.instance())
        old = self.start
        db_text, user_text = old.db_edit.text().strip(), old.user_edit.text().strip()
        self.start = self._make_start(Path(db_text) if db_text else None, user_text or None)
        self.start.setGeometry(old.geometry())
        if old.isVisible():
            self.start.show()
        old.hide()
        old.deleteLater()

    def show(self) -> None:
        """Show the start screen."""
        self.start.show()

    def open_wizard(self) -> SetupWizard:
        """Start the set-up wizard for a new school."""
        self.wizard = SetupWizard(self.backend)
        self.wizard.finished_setup.connect(self.open_main)
        self.wizard.show()
        return self.wizard

    def open_demo(self, path: Path) -> None:
        """Create the demo school at `path` if needed and sign in as its principal."""
        self.start.demo_button.setEnabled(False)
        self.start.error_label.setText(self.start.tr("Đang mở trường mẫu…"))
        Op(self.start, self.backend, lambda ctx: create_demo(ctx, path, demo_password())) \
            .with_progress(self.start.tr("Đang tạo trường mẫu (khoảng 10 giây)…")) \
            .success(self.open_main).after_failure(lambda _exc: self._demo_refused()).run_in_background()

    def _demo_refused(self) -> None:
        self.start.demo_button.setEnabled(True)
        self.start.error_label.clear()

    def open_main(self, who: SignedIn) -> MainWindow:
        """Show the main window for a signed-in user."""
        self.start.hide()
        self.start.demo_button.setEnabled(True)
        self.start.db_edit.setText(str(who.db_path))
        self.start.user_edit.setText(who.account.username)
        self.main = MainWindow(self.backend, who, self.lock_seconds)
        self.main.signed_out.connect(self._back_to_start)
        self.main.show()
        if who.notices:  # not modal: it informs, nothing waits on it
            self.notice_box = QMessageBox(QMessageBox.Icon.Information, self.main.tr("Cập nhật dữ liệu"),
                                          "\n\n".join(who.notices), QMessageBox.StandardButton.Ok, self.main)
            self.notice_box.setModal(False)
            self.notice_box.show()
        self.main_window_shown.emit(self.main)
        return self.main

    def _back_to_start(self) -> None:
        self.main = None  # signed out: its background sync is stopped and its session closed
        self.start.show()  # the start window as it is now (a language choice rebuilds it)

    def shutdown(self) -> None:
        """Save pending edits, close the session on its thread and stop the worker lanes."""
        if self.main is not None:
            self.main.save_now()
            if self.main.background_sync is not None:
                self.main.background_sync.stop()  # a running upload stops at its next safe point
        self.backend.shutdown()
