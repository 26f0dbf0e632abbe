"""Settings (server, token module, timestamp server, trust list, lock, class size, entry windows, language)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.assessment import PERIOD_NAMES, PRIMARY_PERIODS, SECONDARY_PERIODS
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.domain.model import Level
from hocbaso_desktop.domain.roles import Action
from hocbaso_desktop.services import SignedIn, assessment_entry, grade_sheets, school_settings
from hocbaso_desktop.ui.centre_keys_box import CentreKeysBox
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.language_box import LanguageBox
from hocbaso_desktop.ui.operations import Backend, Op


class FittedScrollArea(QScrollArea):
    """A scroll area whose page is as tall as its wrapped explanations need at the width shown, no taller.

    QScrollArea gives its widget the height of its size hint, which counts each wrapped explanation at a
    narrower width than the page has: the form then spread the surplus between its rows.
    """

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Fit the page to the new width."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        width = self.viewport().width()
        height = page.heightForWidth(width) if page.hasHeightForWidth() else page.sizeHint().height()
        page.resize(width, max(height, page.minimumSizeHint().height()))
        if page.height() > self.viewport().height():  # a scroll bar takes width: fit again
            width = self.viewport().width() - self.verticalScrollBar().sizeHint().width()
            height = page.heightForWidth(width) if page.hasHeightForWidth() else height
            page.resize(width, max(height, page.minimumSizeHint().height()))


class SettingsPage(QWidget):
    """Program settings (administrator) and entry windows (principal)."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self._who = backend, who
        follow_changes(self, backend, ("settings", "assessments"), self.refresh)
        self.server_url, self.api_token = QLineEdit(), QLineEdit()
        self.api_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_token.setPlaceholderText(self.tr("để trống: giữ mã đã lưu"))
        self.module, self.timestamp_url, self.trust_list = QLineEdit(), QLineEdit(), QLineEdit()
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(1, 240)
        self.lock_minutes.setValue(10)
        self.renew_days = QSpinBox()
        self.renew_days.setRange(7, 3650)
        self.renew_days.setValue(365)
        self.max_class_size = QSpinBox()
        self.max_class_size.setRange(1, 200)
        self.max_class_size.setValue(60)
        self.general = QGroupBox(self.tr("Cài đặt chung (quản trị viên)"))
        form = QFormLayout(self.general)
        self.explanations: dict[str, QLabel] = {}
        explained = school_settings.setting_explanations()
        for key, widget in (("sync.server_url", self.server_url), ("sync.api_token", self.api_token),
                            ("token.pkcs11_module", self.module), ("signing.tsa_url", self.timestamp_url),
                            ("signing.timestamp_renew_days", self.renew_days), ("signing.trust_list", self.trust_list),
                            ("ui.lock_minutes", self.lock_minutes), ("school.max_class_size", self.max_class_size)):
            label, explanation = explained[key]
            note = QLabel(explanation)  # the registry's text (services/school_settings.py), translated there
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid); font-size: small;")
            widget.setToolTip(explanation)
            self.explanations[key] = note
            field = QWidget()  # the box and its explanation under it, one row of the form
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(note)
            form.addRow(label + ":", field)
        save = QPushButton(self.tr("Lưu cài đặt"))
        save.clicked.connect(self.save)
        form.addRow(save)
        self.general.setEnabled(who.may(Action.MANAGE_SETTINGS))
        self.general.setVisible(self.general.isEnabled())  # the principal's page starts with the entry periods
        self.windows = QGroupBox(self.tr("Đợt nhập điểm (hiệu trưởng)"))
        self.window_boxes: dict[str, QCheckBox] = {}
        windows_layout = QVBoxLayout(self.windows)
        periods = PRIMARY_PERIODS if who.school.level is Level.TIEU_HOC else SECONDARY_PERIODS
        for period in periods:
            box = QCheckBox(self.tr("Mở nhập {0}").replace("{0}", _(PERIOD_NAMES[period])))  # i18n: table
            box.toggled.connect(lambda on, p=period: self._set_window(p, on))
            self.window_boxes[period] = box
            windows_layout.addWidget(box)
        self.windows.setEnabled(who.may(Action.OPEN_ENTRY_WINDOW))
        self._year = ""
        self.message = QLabel()
        self.message.setWordWrap(True)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.general)
        # The centre's receipt and bundle keys, from the Sở's letter (not from a file): for schools that sync by USB.
        self.centre_keys = CentreKeysBox(backend)
        self.centre_keys.setVisible(self.general.isEnabled())
        layout.addWidget(self.centre_keys)
        layout.addWidget(self.windows)
        self.language = LanguageBox()  # this computer's choice, for every role that sees the settings
        layout.addWidget(self.language)
        layout.addWidget(self.message)
        layout.addStretch(1)
        # Eight explained settings do not fit 768 pixels: the page scrolls instead of growing the window.
        self.scroll = FittedScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)

    def refresh(self) -> None:
        """Load the settings the user may see."""
        if self.general.isEnabled():
            Op(self, self._backend, lambda ctx: school_settings.read_settings(ctx.session)).success(self._show) \
                .run_in_background()
            self.centre_keys.refresh()
        Op(self, self._backend, lambda ctx: grade_sheets.entry_windows(ctx.session)).success(self._show_windows) \
            .run_in_background()

    def _show(self, values: dict) -> None:
        self.server_url.setText(str(values.get("sync.server_url") or ""))
        self.api_token.setPlaceholderText(self.tr("đã lưu — để trống: giữ nguyên") if values.get("sync.api_token")
                                          else self.tr("chưa có"))
        self.module.setText(str(values.get("token.pkcs11_module") or ""))
        self.timestamp_url.setText(str(values.get("signing.tsa_url") or ""))
        self.renew_days.setValue(int(values.get("signing.timestamp_renew_days") or 365))
        self.trust_list.setText(str(values.get("signing.trust_list") or ""))
        self.lock_minutes.setValue(int(values.get("ui.lock_minutes") or 10))
        self.max_class_size.setValue(int(values.get("school.max_class_size") or 60))
        self.loaded.emit()

    def _show_windows(self, result: tuple[str, dict[str, bool]]) -> None:
        self._year, states = result
        self.windows.setTitle(self.tr("Đợt nhập điểm năm học {0} (hiệu trưởng)").replace("{0}", self._year))
        for period, box in self.window_boxes.items():
            box.blockSignals(True)
            box.setChecked(states.get(period, False))
            box.blockSignals(False)

    def save(self) -> None:
        """Store the general settings."""
        values = {"sync.server_url": self.server_url.text().strip().rstrip("/"),
                  "sync.api_token": self.api_token.text().strip(), "token.pkcs11_module": self.module.text().strip(),
                  "signing.tsa_url": self.timestamp_url.text().strip(),
                  "signing.timestamp_renew_days": self.renew_days.value(),
                  "signing.trust_list": self.trust_list.text().strip(), "ui.lock_minutes": self.lock_minutes.value(),
                  "school.max_class_size": self.max_class_size.value()}
        self.api_token.clear()
        Op(self, self._backend, lambda ctx: school_settings.write_settings(ctx.session, values)) \
            .success(lambda _r: self._saved()).run_in_background()

    def _saved(self) -> None:
        self.message.setText(self.tr("Đã lưu cài đặt."))
        self.saved.emit()

    def _set_window(self, period: str, is_open: bool) -> None:
        year = self._year
        Op(self, self._backend, lambda ctx: assessment_entry.open_entry_window(ctx.session, year, period, is_open)) \
            .after_failure(lambda _exc: self.refresh()).run_in_background()  # the box shows the stored state again
