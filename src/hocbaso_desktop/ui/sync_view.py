"""Sync panel: state of every outbox item, "sync now" with progress and cancel, last contact, clock
warning, USB bundles (export the outbox, import the receipts) for schools without a connection, and the
timestamp upgrade (ui/timestamp_box.py).

The panel shows the window's one sync state (`ui.background_sync.BackgroundSync`): the table, the
message and the status bar read the same counts. "Sync now" asks that runner; when a background run is
already going it joins it and shows its outcome (the run has its own connection on the "sync" lane, so
grade entry and autosave never wait for it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.domain.i18n import format_time
from hocbaso_desktop.services import (
    BUNDLE_SUFFIX,
    RECEIPTS_SUFFIX,
    Opener,
    SignedIn,
    SyncOutcome,
    SyncStatus,
    sync_runs,
)
from hocbaso_desktop.ui.background_sync import BackgroundSync, SyncState
from hocbaso_desktop.ui.change_hub import follow_changes
from hocbaso_desktop.ui.errors import failure_text
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.timestamp_box import TimestampBox

STATE_LABELS = {"queued": QT_TRANSLATE_NOOP("SyncPage", "Chờ gửi"),
                "sending": QT_TRANSLATE_NOOP("SyncPage", "Đang gửi"),
                "delivered": QT_TRANSLATE_NOOP("SyncPage", "Đã gửi"),
                "stale": QT_TRANSLATE_NOOP("SyncPage", "Cũ hơn bản ở trung tâm"),
                "conflict": QT_TRANSLATE_NOOP("SyncPage", "Xung đột"),
                "rejected": QT_TRANSLATE_NOOP("SyncPage", "Bị từ chối"),
                "waiting": QT_TRANSLATE_NOOP("SyncPage", "Chờ trung tâm xử lý")}
CLOCK_WARNING_SECONDS = 300


class SyncPage(QWidget):
    """The sync panel."""

    status_loaded = Signal()
    sync_finished = Signal(object)  # SyncSummary (None: not configured) or exception

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        follow_changes(self, backend, ("outbox", "settings"), self.refresh)
        self.runner: BackgroundSync | None = None
        self._asked = False  # whether this panel asked for the run going now (it then reports its outcome)
        self.status: SyncStatus | None = None
        self.server, self.last_contact, self.clock = QLabel("—"), QLabel("—"), QLabel()
        self.clock.setStyleSheet("color:#a00000; font-weight:bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.states = QTableWidget(len(STATE_LABELS), 2)
        self.states.setHorizontalHeaderLabels([self.tr("Trạng thái"), self.tr("Số học bạ")])
        self.states.verticalHeader().hide()
        self.states.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.states.horizontalHeader().setStretchLastSection(True)
        for row, label in enumerate(STATE_LABELS.values()):
            self.states.setItem(row, 0, QTableWidgetItem(self.tr(label)))  # i18n: table
        self.states.resizeColumnsToContents()
        self.states.setMinimumHeight(self.states.horizontalHeader().height()
                                     + sum(self.states.rowHeight(r) for r in range(len(STATE_LABELS))) + 6)
        self.progress = QProgressBar()
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay (F5)"))
        self.sync_button.setShortcut("F5")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self.runner.cancel() if self.runner else None)
        export_button, import_button = QPushButton(self.tr("Xuất gói ra USB…")), QPushButton(self.tr("Nhập biên nhận…"))
        export_button.clicked.connect(self._export)
        import_button.clicked.connect(self._import)
        form = QFormLayout()
        form.addRow(self.tr("Máy chủ:"), self.server)
        form.addRow(self.tr("Liên lạc gần nhất:"), self.last_contact)
        buttons = QHBoxLayout()
        for button in (self.sync_button, self.cancel_button, export_button, import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.clock)
        layout.addWidget(self.states)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.timestamps = TimestampBox(backend)  # `hocbaso timestamp-upgrade` in the window (same permission)
        layout.addWidget(self.timestamps)
        layout.addStretch(1)

    # -- the one state ----------------------------------------------------------------------------
    def attach_sync(self, runner: BackgroundSync) -> None:
        """Show the window's sync runner and state (the main window calls this)."""
        if self.runner is runner:
            return
        self.runner = runner
        runner.state_changed.connect(self._show_state)
        runner.run_finished.connect(self._run_done)
        runner.progressed.connect(self._on_progress)
        if runner.state.status is not None:
            self._show_state(runner.state)

    def _with_runner(self, then) -> None:
        """Run `then(opener)` once a runner is attached (a panel on its own makes one that never runs by itself)."""
        def got(opener: Opener) -> None:
            if self.runner is None:
                self.attach_sync(BackgroundSync(self._backend, opener, 60, self, autostart=False))
            then(opener)
        Op(self, self._backend, sync_runs.sync_opener).success(got) \
            .failure(self._failed).run_in_background()

    def refresh(self) -> None:
        """Reload the status (the same one the status bar shows)."""
        Op(self, self._backend, sync_runs.load_status).success(self._status_read) \
            .run_in_background()
        self.timestamps.refresh()

    def _status_read(self, status: SyncStatus) -> None:
        if self.runner is not None:
            self.runner.set_status(status)  # every view shows it, not only this panel
        else:
            self._show_state(SyncState(status=status))

    def _show_state(self, state: SyncState) -> None:
        status = state.status
        if status is None:
            return
        self.status = status
        self.server.setText(status.server_url or self.tr("(chưa cấu hình — xem Cài đặt)"))
        for row, key in enumerate(STATE_LABELS):
            self.states.setItem(row, 1, QTableWidgetItem(str(status.counts.get(key, 0))))
        last = status.last_run or {}
        self.last_contact.setText((format_time(last.get("at")) or "—") + (
            self.tr(" (thành công gần nhất: {0})").replace("{0}", format_time(last.get("last_success_at")) or "—")
            if last.get("at") else ""))
        skew = last.get("clock_skew_seconds")
        self.clock.setText(self.tr("Đồng hồ máy tính lệch {0} giây so với máy chủ: hãy chỉnh lại giờ.")
                           .replace("{0}", str(round(skew))) if skew is not None and abs(skew) > CLOCK_WARNING_SECONDS
                           else "")
        self.sync_button.setEnabled(status.configured and not state.running)
        self.cancel_button.setEnabled(state.running)
        if state.running and not self.message.text():
            self.message.setText(self.tr("Đang đồng bộ…"))
        self.status_loaded.emit()

    # -- sync now -----------------------------------------------------------------------------------
    def sync_now(self) -> None:
        """Run a sync in the background, or join the one already going."""
        self.sync_button.setEnabled(False)
        self.message.setText(self.tr("Đang đồng bộ…"))
        self._with_runner(self._start)

    def _start(self, opener: Opener) -> None:
        assert self.runner is not None
        self._asked = True
        self.cancel_button.setEnabled(True)
        if not self.runner.run_once(opener):
            self.message.setText(self.tr("Lần đồng bộ tự động đang chạy: chờ kết quả của nó…"))

    def _on_progress(self, label: str, value: int, maximum: int) -> None:
        self.progress.setRange(0, maximum)
        self.progress.setValue(min(value, maximum))
        self.message.setText(label)

    def _run_done(self, outcome: SyncOutcome | BaseException) -> None:
        self.cancel_button.setEnabled(False)
        asked, self._asked = self._asked, False
        if isinstance(outcome, BaseException):
            self._failed(outcome)
            return
        self.message.setText(self.describe(outcome, asked))
        if asked:
            self.sync_finished.emit(outcome.summary)

    def describe(self, outcome: SyncOutcome, asked: bool = False) -> str:
        """The panel's sentence after a run: this run's deliveries, then the same counts as the table; why the run
        stopped when something waits or the person asked for the run (an automatic run with nothing to send does
        not alarm anyone about a network that is down)."""
        status, summary = outcome.status, outcome.summary
        if summary is None:
            return self.tr("Chưa cấu hình máy chủ đồng bộ (xem Cài đặt).")
        text = self.tr("Lần này gửi {0} học bạ. Tổng: đã gửi {1}; còn chờ gửi {2}; cần người xử lý {3}.") \
            .replace("{0}", str(summary.delivered)).replace("{1}", str(status.counts.get("delivered", 0))) \
            .replace("{2}", str(status.pending)).replace("{3}", str(status.needs_person))
        if summary.inbox_applied:
            text += " " + self.tr("Nhận {0} tin từ trung tâm.").replace("{0}", str(summary.inbox_applied))
        if summary.error and (status.pending or summary.auth_failed or asked):
            text += " " + summary.error
        return text

    def _failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(False)
        self.sync_button.setEnabled(True)
        self.message.setText(failure_text(exc))
        self.sync_finished.emit(exc)

    def _export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Xuất gói đồng bộ"), "hocba-goi" + BUNDLE_SUFFIX,
                                               self.tr("Gói đồng bộ (*{0})").replace("{0}", BUNDLE_SUFFIX))
        if name:
            Op(self, self._backend, lambda ctx: sync_runs.export_bundle_to(ctx, Path(name))) \
                .success(lambda n: self.message.setText(self.tr("Đã ghi {0} mục.").replace("{0}", str(n.value)))) \
                .run_in_background()

    def _import(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Nhập biên nhận"), "",
                                               self.tr("Biên nhận (*{0})").replace("{0}", RECEIPTS_SUFFIX))
        if name:
            Op(self, self._backend, lambda ctx: sync_runs.import_receipts_from(ctx, Path(name))) \
                .run_in_background()  # the receipts change the outbox: the panel follows
