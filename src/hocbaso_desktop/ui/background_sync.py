"""Synchronise in the background whenever the central system answers, with an indicator in the status bar.

Every few minutes (the school's sync interval, default 5) one sync run drains the outbox and
pulls the inbox on the "sync" lane, over its own database connection, so it never waits for nor holds
up the interface's database work. It runs for whoever is signed in: it only sends records that are
already issued and it never shows the API token; the "sync now" button of the sync panel still needs
the SYNC permission. Offline is normal here: it is shown in the indicator, never as an error dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from hocbaso_desktop.services import Opener, SyncSummary, background_run
from hocbaso_desktop.ui.operations import Backend, Op

log = logging.getLogger(__name__)
FIRST_RUN_DELAY_MS = 15_000  # let the window settle before the first run


class BackgroundSync(QObject):
    """Runs a sync now and then; `status_text` describes the last outcome for the status bar."""

    status_changed = Signal(str)

    def __init__(self, backend: Backend, opener: Opener, minutes: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backend, self._opener = backend, opener
        self._running: Op | None = None
        self.status_text = self.tr("Đồng bộ: đang chờ lần chạy đầu")
        self.timer = QTimer(self)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.run_once)
        QTimer.singleShot(FIRST_RUN_DELAY_MS, self.run_once)
        self.timer.start()

    def run_once(self) -> None:
        """Start one run unless one is already going."""
        if self._running is not None:
            return
        self._running = Op(None, self._backend, lambda ctx: background_run(ctx, self._opener)) \
            .on_lane("sync").success(self._finished).failure(self._failed).run_in_background()

    def stop(self) -> None:
        """Stop the timer and ask a running sync to stop at its next safe point."""
        self.timer.stop()
        if self._running is not None:
            self._running.cancel()

    def _finished(self, summary: SyncSummary | None) -> None:
        self._running = None
        self._set(self.describe(summary))

    def _failed(self, exc: BaseException) -> None:
        self._running = None
        log.warning("background sync failed: %s", exc)
        self._set(self.tr("Đồng bộ: lỗi ({0}); sẽ thử lại").replace("{0}", type(exc).__name__))

    def _set(self, text: str) -> None:
        self.status_text = text
        self.status_changed.emit(text)

    def describe(self, summary: SyncSummary | None) -> str:
        """The status-bar text for a run's outcome."""
        if summary is None:
            return self.tr("Đồng bộ: chưa cấu hình máy chủ")
        if summary.auth_failed:
            return self.tr("Đồng bộ: mã truy cập bị từ chối — báo quản trị viên")
        if summary.error and not summary.drained:
            return self.tr("Đồng bộ: chưa kết nối được; còn {0} học bạ chờ gửi").replace("{0}", str(summary.remaining))
        text = self.tr("Đồng bộ: đã gửi hết") if summary.drained else \
            self.tr("Đồng bộ: còn {0} học bạ chờ gửi").replace("{0}", str(summary.remaining))
        if summary.clock_wrong:
            text += self.tr(" · đồng hồ máy tính bị lệch")
        return text

