"""The main window: navigation by role on the left, the chosen screen on the right, lock and sign-out.

Screens are created the first time they are opened (fast start) and refresh themselves through the
operation helper. A screen whose underlying module has not landed shows a plain "chưa có" state.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop import __version__
from hocbaso_desktop.services import SignedIn, background_opener
from hocbaso_desktop.ui.background_sync import BackgroundSync
from hocbaso_desktop.ui.lock import InactivityWatcher, LockScreen
from hocbaso_desktop.ui.navigation import Screen, screens_for
from hocbaso_desktop.ui.operations import Backend

log = logging.getLogger(__name__)
# Screen key → "module:Class" of its page; the class takes (backend, signed_in, parent).
PAGE_CLASSES = {
    "grades": "hocbaso_desktop.ui.grade_entry:GradeEntryPage",
    "results": "hocbaso_desktop.ui.results_view:ResultsPage",
    "signing": "hocbaso_desktop.ui.signing_view:SigningPage",
    "print": "hocbaso_desktop.ui.print_view:PrintPage",
    "sync": "hocbaso_desktop.ui.sync_view:SyncPage",
    "issued": "hocbaso_desktop.ui.issued_view:IssuedPage",
    "audit": "hocbaso_desktop.ui.audit_view:AuditPage",
    "settings": "hocbaso_desktop.ui.admin_views:SettingsPage",
    "users": "hocbaso_desktop.ui.people_views:UsersPage",
    "students": "hocbaso_desktop.ui.people_views:StudentsPage",
    "data": "hocbaso_desktop.ui.data_view:DataPage",
    "reports": "hocbaso_desktop.ui.reports_view:ReportsPage",
    "transfers": "hocbaso_desktop.ui.transfer_view:TransferPage",
    "trichluc": "hocbaso_desktop.ui.trichluc_view:TrichlucPage",
    "certificates": "hocbaso_desktop.ui.certificates_view:CertificatesPage",
}


class UnavailablePage(QWidget):
    """The honest "not available yet" state of a screen whose feature is not in this build."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(self.tr("{0}: chưa có trong phiên bản này.").replace("{0}", title) + "\n" + detail)
        label.setObjectName("unavailable")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        QVBoxLayout(self).addWidget(label)


def make_page(screen: Screen, backend: Backend, who: SignedIn, parent: QWidget) -> QWidget:
    """Build the page of a screen, or an UnavailablePage when its module is missing."""
    target = PAGE_CLASSES.get(screen.key)
    if target is None:
        return UnavailablePage(screen.title, "", parent)
    module_name, class_name = target.split(":")
    try:
        page_class = getattr(importlib.import_module(module_name), class_name)
    except ImportError as exc:
        log.info("screen %s unavailable: %s", screen.key, exc)
        return UnavailablePage(screen.title, str(exc.name or ""), parent)
    if screen.key == "grades":
        return page_class(backend, parent)
    return page_class(backend, who, parent)


class MainWindow(QMainWindow):
    """One signed-in user's window."""

    signed_out = Signal()

    def __init__(self, backend: Backend, who: SignedIn, lock_seconds: float | None = None) -> None:
        super().__init__()
        self.backend, self.who = backend, who
        self.setWindowTitle(self.tr("Học bạ số {0} — {1}").replace("{0}", __version__).replace("{1}", who.school.name))
        self.resize(1340, 720)
        self.screens = screens_for(who.actions, who.role)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(240)
        self.pages = QStackedWidget()
        self._page_of: dict[str, QWidget] = {}
        self._row, self._closing = -1, False
        for screen in self.screens:
            item = QListWidgetItem(self.tr(screen.title))  # i18n: table
            item.setData(Qt.ItemDataRole.UserRole, screen.key)
            if screen.shortcut:
                item.setToolTip(screen.shortcut)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.content = QStackedWidget()
        self.content.addWidget(splitter)
        self.lock_screen = LockScreen(backend, who.account.full_name)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out_requested.connect(self.sign_out)
        self.content.addWidget(self.lock_screen)
        self.setCentralWidget(self.content)
        self.statusBar().showMessage(self.tr("{0} — {1} — {2}").replace("{0}", who.account.full_name)
                                     .replace("{1}", who.role.label).replace("{2}", who.school.name))
        self._add_actions()
        self.watcher = InactivityWatcher(lock_seconds or 600, self)
        self.watcher.idle.connect(self.lock)
        if lock_seconds is None:  # the school's setting, read on the database lane
            from hocbaso_desktop.services import school_settings
            from hocbaso_desktop.ui.operations import Op

            Op(self, backend, lambda ctx: school_settings.lock_minutes(ctx.session)) \
                .success(lambda minutes: setattr(self.watcher, "seconds", minutes * 60)).run_in_background()
        self.sync_indicator = QLabel(self.tr("Đồng bộ: …"), self)
        self.statusBar().addPermanentWidget(self.sync_indicator)
        self.background_sync: BackgroundSync | None = None
        from hocbaso_desktop.ui.operations import Op

        Op(self, backend, background_opener).success(self._start_background_sync).run_in_background()
        if self.screens:
            self.nav.setCurrentRow(0)

    def _start_background_sync(self, setup: tuple) -> None:
        opener, minutes = setup
        self.background_sync = BackgroundSync(self.backend, opener, minutes, self)
        self.background_sync.status_changed.connect(self.sync_indicator.setText)
        self.sync_indicator.setText(self.background_sync.status_text)
        for page in self._page_of.values():
            attach = getattr(page, "attach_sync", None)
            if callable(attach):
                attach(self.background_sync)

    def _add_actions(self) -> None:
        for row, screen in enumerate(self.screens):
            if screen.shortcut:
                action = QAction(self.tr(screen.title), self)  # i18n: table
                action.setShortcut(QKeySequence(screen.shortcut))
                action.triggered.connect(lambda _c=False, r=row: self.nav.setCurrentRow(r))
                self.addAction(action)
        for text, keys, slot in ((self.tr("Khoá màn hình"), "Ctrl+L", self.lock),
                                 (self.tr("Lưu ngay"), "Ctrl+S", self.save_now),
                                 (self.tr("Đăng xuất"), "Ctrl+Shift+Q", self.sign_out)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        about = QAction(self.tr("&Giới thiệu và tự kiểm tra"), self)
        about.setShortcut(QKeySequence("F1"))
        about.triggered.connect(self.show_about)
        self.menuBar().addMenu(self.tr("&Trợ giúp")).addAction(about)

    def show_about(self) -> QWidget:
        """Open the About box (version, folders, Qt check, self-test) and return it."""
        from hocbaso_desktop.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.backend, self.who.db_path.parent, self)
        dialog.open()
        return dialog

    def page(self, key: str) -> QWidget:
        """The page of a screen, created on first use."""
        if key not in self._page_of:
            screen = next(s for s in self.screens if s.key == key)
            page = make_page(screen, self.backend, self.who, self.pages)
            self._page_of[key] = page
            self.pages.addWidget(page)
            attach = getattr(page, "attach_sync", None)
            if callable(attach) and self.background_sync is not None:
                attach(self.background_sync)  # one runner and one state for the panel and the status bar
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()
        return self._page_of[key]

    def show_screen(self, key: str) -> QWidget:
        """Switch to a screen by key and return its page."""
        row = next(i for i, s in enumerate(self.screens) if s.key == key)
        self.nav.setCurrentRow(row)
        return self._page_of[key]

    def _ask_before_leaving(self, proceed) -> bool:
        """Whether the current screen asks first (grade cells holding rejected values); `proceed` runs if left."""
        ask = getattr(self.pages.currentWidget(), "ask_before_leaving", None)
        return bool(callable(ask) and ask(proceed))

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.screens):
            return
        shown = self._row
        if shown != row and self._ask_before_leaving(lambda: self._go_to_row(row)):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(shown)  # stay until the teacher decides
            self.nav.blockSignals(False)
            return
        self._go_to_row(row)

    def _go_to_row(self, row: int) -> None:
        self.save_now()
        self._row = row
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.pages.setCurrentWidget(self.page(self.screens[row].key))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing the window with rejected grade values asks first."""
        if not self._closing and self._ask_before_leaving(self._close_anyway):
            event.ignore()
            return
        self.save_now()
        super().closeEvent(event)

    def _close_anyway(self) -> None:
        self._closing = True
        self.close()

    def save_now(self) -> None:
        """Ask the current screen to store pending edits (grade grid)."""
        save = getattr(self.pages.currentWidget(), "save_now", None)
        if callable(save):
            save()

    @property
    def locked(self) -> bool:
        """Whether the lock screen is showing."""
        return self.content.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Hide the content behind the password prompt (saving pending edits first)."""
        self.save_now()
        self.content.setCurrentWidget(self.lock_screen)
        self.lock_screen.password.setFocus()

    def unlock(self) -> None:
        """Show the content again."""
        self.content.setCurrentIndex(0)

    def sign_out(self) -> None:
        """Save, close the session on its lane and go back to the start screen."""
        from hocbaso_desktop.ui.operations import Op

        if self.locked:  # behind the lock screen nothing of the grid may show: rejected values are just dropped
            discard = getattr(self.pages.currentWidget(), "discard_invalid", None)
            if callable(discard):
                discard()
        elif self._ask_before_leaving(self.sign_out):
            return
        self.save_now()
        self.watcher.stop()
        if self.background_sync is not None:
            self.background_sync.stop()
        Op(self, self.backend, lambda ctx: ctx.set_session(None)).success(lambda _r: self._signed_out()) \
            .run_in_background()

    def _signed_out(self) -> None:
        self.signed_out.emit()
        self._closing = True
        self.close()
