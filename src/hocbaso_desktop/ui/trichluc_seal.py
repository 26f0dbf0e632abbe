"""The "Ký số con dấu và phát hành" tab of the trích lục screen (văn thư).

The converted pages waiting for the seal (one year or every recent year), the seal certificate bound to
the clerk, the token chosen like on the signing screen, one PIN for the batch (QtPinPrompt), progress
and Stop between pages; afterwards how many pages were issued.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.services import legacy_pages, token_devices
from hocbaso_desktop.token import TokenInfo
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.pin_dialog import QtPinPrompt
from hocbaso_desktop.ui.widgets import fill_table, read_only_table

RED, GREEN = "color:#a00000;", "color:#006000;"


class TrichlucSealBox(QWidget):
    """The seal's list, token, one PIN, progress, Stop."""

    planned = Signal(object)      # SealPrep
    issued = Signal(object)       # SealOutcome or exception

    def __init__(self, backend: Backend, token_env: Mapping[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend, self.token_env = backend, token_env
        self.prep: legacy_pages.SealPrep | None = None
        self.outcome: legacy_pages.SealOutcome | None = None
        self._op: Op | None = None
        self.prompt = QtPinPrompt(self)
        self.prompt.message_shown.connect(lambda m: self.seal_status.setText(m))
        self.seal_year = QComboBox()
        self.seal_year.addItem(self.tr("Tất cả các năm"), None)
        self.plan_button = QPushButton(self.tr("&Lập danh sách"))
        self.plan_button.clicked.connect(lambda: self.plan(self.seal_year.currentData()))
        self.certificate = QLabel("—")
        self.token_box = QComboBox()
        self.token_box.setMinimumContentsLength(28)
        self.items = read_only_table([self.tr("Học sinh"), self.tr("Năm học"), self.tr("Mã học bạ, phiên bản")])
        self.seal_summary, self.seal_status = QLabel(), QLabel()
        self.seal_status.setWordWrap(True)
        self.progress = QProgressBar()
        self.issue_button = QPushButton(self.tr("Ký số con dấu và phát hành (một lần nhập PIN)"))
        self.issue_button.setEnabled(False)
        self.issue_button.clicked.connect(self.issue)
        self.stop_button = QPushButton(self.tr("Dừng"))
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        top = QHBoxLayout()
        for widget in (QLabel(self.tr("Năm học:")), self.seal_year, self.plan_button,
                       QLabel(self.tr("Chứng thư con dấu:")), self.certificate):
            top.addWidget(widget)
        top.addStretch(1)
        buttons = QHBoxLayout()
        for widget in (QLabel(self.tr("Thiết bị ký:")), self.token_box):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.stop_button)
        box = QGroupBox(self.tr("Bản chuyển đổi chờ ký số con dấu của trường"))
        QVBoxLayout(self).addWidget(box)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.seal_summary)
        layout.addWidget(self.items, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.seal_status)

    def plan(self, year: str | None = None) -> None:
        """List the converted pages waiting for the seal (one year or all recent years)."""
        self.issue_button.setEnabled(False)
        Op(self, self._backend, lambda ctx: legacy_pages.plan_seal(ctx, year)).success(self._show_plan) \
            .status(self.seal_status).run_in_background()

    def _show_plan(self, prep: legacy_pages.SealPrep) -> None:
        self.prep = prep
        if self.seal_year.count() == 1:
            for year in prep.years:
                self.seal_year.addItem(year, year)
        fill_table(self.items, [(i.student_name, i.year, f"{i.record_id[:8]} v{i.version}")
                                for i in prep.items])
        self.seal_summary.setText(self.tr("{0} bản chuyển đổi chờ ký số con dấu.").replace("{0}", str(len(prep.items))))
        self.certificate.setText(prep.certificate or "—")
        self.seal_status.setText(prep.problem)
        self.seal_status.setStyleSheet(RED if prep.problem else "")
        self.progress.setRange(0, max(1, len(prep.items)))
        self.progress.setValue(0)
        self.planned.emit(prep)
        if prep.problem or not prep.items:
            return
        module, env = prep.module_path, self.token_env
        Op(self, self._backend, lambda ctx: token_devices.present(module, env)).on_lane("io") \
            .success(self._show_tokens).status(self.seal_status).run_in_background()

    def _show_tokens(self, tokens: list[TokenInfo]) -> None:
        self.token_box.clear()
        for token in tokens:
            self.token_box.addItem(f"{token.label} ({token.serial})", token.serial)
        if self.prep is not None:
            self.token_box.setCurrentIndex(max(0, self.token_box.findData(self.prep.token_serial)))
        self.issue_button.setEnabled(bool(tokens))
        if not tokens:
            self.seal_status.setText(self.tr("Chưa thấy thiết bị ký của con dấu: hãy cắm thiết bị vào máy rồi bấm "
                                             "“Lập danh sách”."))

    def issue(self) -> None:
        """Ask the PIN once and seal-sign the list in the background."""
        prep, serial, env = self.prep, self.token_box.currentData() or "", self.token_env
        if prep is None:
            return
        self.issue_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.seal_status.setStyleSheet("")
        self.seal_status.setText(self.tr("Đang ký… bấm “Dừng” để dừng sau bản đang ký."))
        self._op = Op(self, self._backend, lambda ctx: legacy_pages.issue(ctx, prep, serial, self.prompt, env)) \
            .on_progress(self._on_progress).success(self._issued).status(self.seal_status) \
            .after_failure(self._issue_stopped).run_in_background()

    def _on_progress(self, label: str, value: int, maximum: int) -> None:
        self.progress.setRange(0, max(1, maximum))
        self.progress.setValue(value)
        self.seal_status.setText(label)

    def stop(self) -> None:
        """Stop after the page being signed (a page is never half-issued)."""
        if self._op is not None:
            self._op.cancel()

    def _issued(self, outcome: legacy_pages.SealOutcome) -> None:
        self.outcome, self._op = outcome, None
        self.stop_button.setEnabled(False)
        text = self.tr("Đã ký số con dấu và phát hành {0} bản chuyển đổi.").replace("{0}", str(outcome.issued))
        if outcome.remaining:
            reason = outcome.stopped_by or self.tr("Đã dừng theo yêu cầu.")
            text += " " + reason + " " + self.tr("Còn {0} bản: bấm “Lập danh sách” để ký tiếp.") \
                .replace("{0}", str(outcome.remaining))
        self.seal_status.setText(text)
        self.seal_status.setStyleSheet(GREEN if not outcome.remaining else RED)
        self.issued.emit(outcome)
        year = self.seal_year.currentData()
        Op(self, self._backend, lambda ctx: legacy_pages.plan_seal(ctx, year)) \
            .success(lambda prep: self._refresh_list(prep, text)).run_in_background()

    def _refresh_list(self, prep: legacy_pages.SealPrep, text: str) -> None:
        self._show_plan(prep)
        self.seal_status.setText(text)

    def _issue_stopped(self, exc: BaseException) -> None:  # after the helper's standard display
        self._op = None
        self.stop_button.setEnabled(False)
        self.issue_button.setEnabled(True)
        self.issued.emit(exc)
