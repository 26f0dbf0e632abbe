"""Sync panel: state of every outbox item, "sync now" with progress and cancel, last contact, clock
warning, and USB bundles (export the outbox, import the receipts) for schools without a connection.

"Sync now" runs on the "sync" lane with a connection of its own (like the background sync, which shares
the lane, so two runs never overlap): grade entry and autosave on the database lane never wait for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hocbaso_desktop.errors import HocbasoError
from hocbaso_desktop.services import (
    BUNDLE_SUFFIX,
    RECEIPTS_SUFFIX,
    Opener,
    SyncStatus,
    SyncSummary,
    export_bundle_to,
    import_receipts_from,
    load_status,
    run_sync,
    sync_opener,
)
from hocbaso_desktop.ui.operations import Backend, Op
from hocbaso_desktop.ui.start_window import SignedIn

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
    sync_finished = Signal(object)  # SyncSummary or exception

    def __init__(self, backend: Backend, who: SignedIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._op: Op[SyncSummary] | None = None
        self.status: SyncStatus | None = None
        self.server, self.last_contact, self.clock = QLabel("—"), QLabel("—"), QLabel()
        self.clock.setStyleSheet("color:#a00000; font-weight:bold;")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.states = QTableWidget(len(STATE_LABELS), 2)
        self.states.setHorizontalHeaderLabels([self.tr("Trạng thái"), self.tr("Số học bạ")])
        self.states.horizontalHeader().setStretchLastSection(True)
        self.progress = QProgressBar()
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay (F5)"))
        self.sync_button.setShortcut("F5")
        self.sync_button.clicked.connect(self.sync_now)
        self.cancel_button = QPushButton(self.tr("Dừng"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(lambda: self._op.cancel() if self._op else None)
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

    def refresh(self) -> None:
        """Reload the status."""
        Op(self, self._backend, load_status).success(self._show_status).run_in_background()

    def _show_status(self, status: SyncStatus) -> None:
        self.status = status
        self.server.setText(status.server_url or self.tr("(chưa cấu hình — xem Cài đặt)"))
        for row, (state, label) in enumerate(STATE_LABELS.items()):
            self.states.setItem(row, 0, QTableWidgetItem(self.tr(label)))  # i18n: table
            self.states.setItem(row, 1, QTableWidgetItem(str(status.counts.get(state, 0))))
        last = status.last_run or {}
        self.last_contact.setText(_format_time(last.get("at")) + (
            self.tr(" (thành công gần nhất: {0})").replace("{0}", _format_time(last.get("last_success_at")))
            if last.get("at") else ""))
        skew = last.get("clock_skew_seconds")
        self.clock.setText(self.tr("Đồng hồ máy tính lệch {0} giây so với máy chủ: hãy chỉnh lại giờ.")
                           .replace("{0}", str(round(skew))) if skew is not None and abs(skew) > CLOCK_WARNING_SECONDS
                           else "")
        self.sync_button.setEnabled(status.configured)
        self.status_loaded.emit()

    def sync_now(self) -> None:
        """Run a sync in the background."""
        self.sync_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.message.setText(self.tr("Đang đồng bộ…"))
        Op(self, self._backend, sync_opener).success(self._start_run).failure(self._failed).run_in_background()

    def _start_run(self, opener: Opener) -> None:
        # The run has its own connection on the sync lane: grade entry and autosave never wait for it.
        self._op = Op(self, self._backend, lambda ctx: run_sync(ctx, opener)).on_lane("sync") \
            .on_progress(self._on_progress).success(self._synced).failure(self._failed).run_in_background()

    def _on_progress(self, label: str, value: int, maximum: int) -> None:
        self.progress.setRange(0, maximum)
        self.progress.setValue(min(value, maximum))
        self.message.setText(label)

    def _synced(self, summary: SyncSummary) -> None:
        self._op = None
        self.cancel_button.setEnabled(False)
        self.sync_button.setEnabled(True)  # the panel is idle before anyone hears that the run finished
        text = self.tr("Đã gửi {0}; còn chờ gửi {1}; cần người xử lý {2}; tin nhận về {3}.") \
            .replace("{0}", str(summary.delivered)).replace("{1}", str(summary.remaining)) \
            .replace("{2}", str(summary.conflict + summary.rejected + summary.waiting)) \
            .replace("{3}", str(summary.inbox_applied))
        self.message.setText(text + (" " + summary.error if summary.error else ""))
        self.sync_finished.emit(summary)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._op = None
        self.cancel_button.setEnabled(False)
        self.sync_button.setEnabled(True)
        self.message.setText(exc.message if isinstance(exc, HocbasoError) else str(exc))
        self.sync_finished.emit(exc)

    def _export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Xuất gói đồng bộ"), "hocba-goi" + BUNDLE_SUFFIX,
                                               self.tr("Gói đồng bộ (*{0})").replace("{0}", BUNDLE_SUFFIX))
        if name:
            Op(self, self._backend, lambda ctx: export_bundle_to(ctx, Path(name))) \
                .success(lambda n: self.message.setText(self.tr("Đã ghi {0} mục.").replace("{0}", str(n)))) \
                .run_in_background()

    def _import(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Nhập biên nhận"), "",
                                               self.tr("Biên nhận (*{0})").replace("{0}", RECEIPTS_SUFFIX))
        if name:
            Op(self, self._backend, lambda ctx: import_receipts_from(ctx, Path(name))) \
                .success(lambda _c: self.refresh()).run_in_background()


def _format_time(value: object) -> str:
    """An RFC 3339 UTC time as dd/mm/yyyy hh:mm (UTC), or "—"."""
    if not isinstance(value, str) or len(value) < 16:
        return "—"
    return f"{value[8:10]}/{value[5:7]}/{value[0:4]} {value[11:16]} UTC"
