"""The one sync runner and the one sync state of the window: background runs, "sync now", the status bar.

Every few minutes (setting "sync.interval_minutes", default 5) one sync run drains the outbox and
pulls the inbox on the "sync" lane, over its own database connection, so it never waits for nor holds
up the interface's database work. It runs for whoever is signed in: it only sends records that are
already issued and it never shows the API token. "Đồng bộ ngay" in the sync panel (SYNC permission)
asks this same runner: a run already going is joined, never reported as a failure. The panel, its
table and the status bar all show `state` (the outbox counts read after the last run, whether it
is running, the last run's outcome), so they cannot contradict each other; a change of the outbox made
anywhere (pages issued, receipts imported: the window's change signal) reads the counts again. Offline is
normal here: it is shown in the indicator, never as an error dialog, so a run's failure is handled here
rather than by the operation helper's error box.

Each timer run also starts, on the "remote" lane, the job that sends remote signing batches prepared offline
(`sync_runs.send_remote_batches`): it may wait minutes for a phone approval, so it runs beside the sync, never
inside it; what it changed reaches the screens through the change signal (the signing screen shows the batch
done or refused without being reopened), and `stop` (the window closing) ends its wait at once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from hocbaso_desktop.services import (
    Changes,
    Opener,
    SyncOutcome,
    SyncProgress,
    SyncStatus,
    SyncSummary,
    sync_runs,
)
from hocbaso_desktop.ui.operations import Backend, Op, OpContext

log = logging.getLogger(__name__)
FIRST_RUN_DELAY_MS = 15_000  # let the window settle before the first run


@dataclass(frozen=True)
class SyncState:
    """What every view shows: the outbox as last read, whether a run is going, the last run's summary."""

    status: SyncStatus | None = None
    running: bool = False
    summary: SyncSummary | None = None
    failure: str = ""  # a run that raised (a bug or the database): its message


def status_text(state: SyncState) -> str:
    """The status-bar text for a state (the same counts the panel shows)."""
    status, summary = state.status, state.summary
    if state.running:
        return QCoreApplication.translate("BackgroundSync", "Đồng bộ: đang gửi…")
    if status is None:
        return QCoreApplication.translate("BackgroundSync", "Đồng bộ: đang đọc trạng thái…")
    if not status.configured:
        return QCoreApplication.translate("BackgroundSync", "Đồng bộ: chưa cấu hình máy chủ")
    if state.failure:
        return QCoreApplication.translate("BackgroundSync", "Đồng bộ: lỗi ({0}); sẽ thử lại").replace("{0}", state.failure)
    if summary is not None and summary.auth_failed:
        return QCoreApplication.translate("BackgroundSync", "Đồng bộ: mã truy cập bị từ chối — báo quản trị viên")
    if status.pending == 0:
        text = QCoreApplication.translate("BackgroundSync", "Đồng bộ: đã gửi hết")
    elif summary is not None and summary.error:
        text = QCoreApplication.translate("BackgroundSync", "Đồng bộ: chưa kết nối được; còn {0} học bạ chờ gửi").replace("{0}", str(status.pending))
    else:
        text = QCoreApplication.translate("BackgroundSync", "Đồng bộ: còn {0} học bạ chờ gửi").replace("{0}", str(status.pending))
    if status.needs_person:
        text += QCoreApplication.translate("BackgroundSync", " · {0} cần người xử lý").replace("{0}", str(status.needs_person))
    if summary is not None and summary.clock_wrong:
        text += QCoreApplication.translate("BackgroundSync", " · đồng hồ máy tính bị lệch")
    return text


class BackgroundSync(QObject):
    """Runs a sync now and then, or when asked; holds the one `state` every view shows."""

    status_changed = Signal(str)     # the status-bar text
    state_changed = Signal(object)   # SyncState
    run_finished = Signal(object)    # SyncOutcome, or the exception of a run that raised
    progressed = Signal(str, int, int)

    def __init__(self, backend: Backend, opener: Opener, minutes: int, parent: QObject | None = None, *,
                 autostart: bool = True) -> None:
        super().__init__(parent)
        self._backend, self._opener = backend, opener
        self._running: Op | None = None
        self._remote: Op | None = None
        self.state = SyncState()
        self.status_text = status_text(self.state)
        self.timer = QTimer(self)
        self.timer.setInterval(minutes * 60_000)
        self.timer.timeout.connect(self.run_once)
        backend.hub.changed.connect(self._changed)  # pages issued or receipts applied elsewhere: recount
        if autostart:
            self.read_status()
            QTimer.singleShot(FIRST_RUN_DELAY_MS, self.run_once)
            self.timer.start()

    @property
    def running(self) -> bool:
        """Whether a run is going."""
        return self._running is not None

    def read_status(self) -> None:
        """Read the outbox counts now (no network) so the status bar says something true at once."""
        Op(None, self._backend, lambda ctx: sync_runs.connection_status(self._opener)).on_lane("sync") \
            .success(lambda status: self._set(status=status)) \
            .failure(lambda exc: log.warning("sync status failed: %s", exc)).run_in_background()

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches("outbox", "settings") and self._running is None:
            self.read_status()

    def set_status(self, status: SyncStatus) -> None:
        """Take a status read elsewhere (the panel's refresh), so every view shows it."""
        self._set(status=status)

    def run_once(self, opener: Opener | None = None) -> bool:
        """Start one run; return False when one is already going (the caller joins it: wait for run_finished)."""
        if self._running is not None:
            return False
        chosen = opener or self._opener

        def body(ctx: OpContext) -> SyncOutcome:
            def report(p: SyncProgress) -> None:
                ctx.progress(p.message, p.done, max(p.total, 1))
            # the timer's runs also bring issued records to B-LTA first; a person's "sync now" only syncs
            return sync_runs.run(chosen, progress=report, cancel=ctx.cancel_event, background=opener is None)

        self._running = Op(None, self._backend, body).on_lane("sync") \
            .on_progress(lambda label, value, maximum: self.progressed.emit(label, value, maximum)) \
            .success(self._finished).failure(self._failed).run_in_background()
        self._set(running=True)
        if opener is None:
            self.send_remote_batches()
        return True

    @property
    def remote_running(self) -> bool:
        """Whether the remote signing batches' job is going."""
        return self._remote is not None

    def send_remote_batches(self) -> None:
        """Start the job that sends remote signing batches prepared offline (unless it is still going)."""
        if self._remote is not None:
            return

        def done() -> None:
            self._remote = None
        self._remote = Op(None, self._backend, lambda ctx: sync_runs.send_remote_batches(
            self._opener, cancel=ctx.cancel_event)).on_lane("remote") \
            .failure(lambda exc: log.warning("remote signing batches failed: %s", exc)).finally_(done) \
            .run_in_background()

    def cancel(self) -> None:
        """Ask a running sync to stop at its next safe point."""
        if self._running is not None:
            self._running.cancel()

    def stop(self) -> None:
        """Stop the timer, ask a running sync to stop at its next safe point and end the remote job's wait."""
        self.timer.stop()
        self.cancel()
        if self._remote is not None:
            self._remote.cancel()

    def _finished(self, outcome: SyncOutcome) -> None:
        self._running = None
        self._set(status=outcome.status, summary=outcome.summary, running=False, failure="")
        self.run_finished.emit(outcome)

    def _failed(self, exc: BaseException) -> None:
        self._running = None
        log.warning("sync run failed: %s", exc)
        self._set(running=False, failure=getattr(exc, "message", "") or type(exc).__name__)
        self.run_finished.emit(exc)

    def _set(self, **changes: object) -> None:
        self.state = SyncState(**{**self.state.__dict__, **changes})
        self.status_text = status_text(self.state)
        self.state_changed.emit(self.state)
        self.status_changed.emit(self.status_text)


__all__ = ["BackgroundSync", "SyncState", "status_text"]
