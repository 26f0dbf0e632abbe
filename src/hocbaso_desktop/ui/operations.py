"""The one way the interface runs slow work: database, token and network calls off the GUI thread.

Pattern (Anki's CollectionOp): ``Op(parent, backend, fn).success(cb).status(label).finally_(cb)
.with_progress(label).run_in_background()``. `fn(ctx)` runs on a worker thread and must not touch widgets;
it gets an `OpContext` with the session, a progress reporter and a cancel flag. The callbacks run on the
GUI thread, delivered through a Qt signal (queued across threads).

Changes. A use case in `services/` returns what it changed (`services.changes.Changes`, or a result
carrying one). After `success(result)` the helper fires the ONE change signal, `backend.hub.changed
(changes, initiator)` (`ui/change_hub.py`), and every screen refreshes from the flags that concern it;
no screen refreshes another by hand.

Failures are shown here, one standard way: an expected error's message in a box (`ui.errors`), a bug as
a report naming the log file, a cancel only logged; `.status(label)` also writes the message in red on a
screen's status line, `.after_failure(cb)` runs after the display (reset a form, emit a screen's signal),
`.finally_(cb)` runs after success or failure (re-enable buttons). `.failure(cb)` replaces the display,
for the few screens that show a failure their own way (the lock screen, sign-in, the sync panel).

Threads. SQLCipher connections belong to the thread that opened them, so ONE lane ("db") owns the
session: the session is opened by an op on that lane and every later database op runs there, one at a
time, in order. A second lane ("io") is for work that does not touch the database (reading a token's
slots, rendering preview images, network probes) so it never queues behind a long database job. A third
lane ("sync") runs the background synchronisation on its own database connection
(`SchoolDatabase.sibling_opener`), so a long upload never holds up grade entry. A fourth ("remote") sends
remote signing batches prepared offline, on a connection of its own too: it may wait minutes for a phone
approval, which must hold up neither the sync nor anything else.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from hocbaso_desktop.domain.errors import HocbasoError
from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.services import Session, changes_of
from hocbaso_desktop.ui.change_hub import ChangeHub

log = logging.getLogger(__name__)
T = TypeVar("T")
LANES = ("db", "io", "sync", "remote")


class OperationCancelledError(HocbasoError):
    """The person pressed Cancel; the op stopped at a safe point."""

    def __init__(self) -> None:
        super().__init__(_("Đã huỷ thao tác."))


class NoSessionError(HocbasoError):
    """A database op ran before anyone signed in (a programming error surfaced kindly)."""

    def __init__(self) -> None:
        super().__init__(_("Chưa đăng nhập vào cơ sở dữ liệu của trường."))


class OpContext:
    """What an op sees on its worker thread: the session, progress and cancellation."""

    def __init__(self, backend: Backend, job_id: int, cancel: threading.Event) -> None:
        self._backend, self._job_id, self._cancel = backend, job_id, cancel

    @property
    def session(self) -> Session:
        """The signed-in session (db lane only); raise NoSessionError before login."""
        session = self._backend._session
        if session is None:
            raise NoSessionError()
        return session

    def set_session(self, session: Session | None) -> None:
        """Install (or clear, closing the old one) the lane's session; call from the db lane only."""
        old = self._backend._session
        if old is not None and old is not session:
            old.close()
        self._backend._session = session

    @property
    def cancelled(self) -> bool:
        """Whether Cancel was pressed."""
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """The cancel flag itself, for services that take a threading.Event (SyncEngine.run)."""
        return self._cancel

    def check_cancelled(self) -> None:
        """Raise OperationCancelledError if Cancel was pressed (call between safe steps)."""
        if self._cancel.is_set():
            raise OperationCancelledError()

    def progress(self, label: str, value: int, maximum: int) -> None:
        """Report progress (thread-safe: delivered to the GUI through a signal)."""
        self._backend._progressed.emit(self._job_id, label, int(value), int(maximum))


@dataclass
class _Job:
    job_id: int
    fn: Callable[[OpContext], Any]
    cancel: threading.Event


class Backend(QObject):
    """Owns the worker threads; create one per application window and `shutdown()` it on exit."""

    _finished = Signal(object, object, object)  # job id, result, exception
    _progressed = Signal(object, str, int, int)  # job id, label, value, maximum
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None  # read and written on the db lane only
        self.hub = ChangeHub(self)
        self._ids = itertools.count(1)
        self._handlers: dict[int, Op[Any]] = {}
        self._queues: dict[str, queue.Queue[_Job | None]] = {lane: queue.Queue() for lane in LANES}
        self._threads = {lane: threading.Thread(target=self._loop, args=(lane,), name=f"hocbaso-{lane}",
                                                daemon=True) for lane in LANES}
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progressed.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        for thread in self._threads.values():
            thread.start()

    @property
    def busy(self) -> bool:
        """Whether any op is queued or running."""
        return bool(self._handlers)

    def submit(self, op: Op[Any], lane: str) -> int:
        """Queue an op on a lane; return its job id (used by Op)."""
        if lane not in LANES:
            raise ValueError(f"unknown lane {lane!r}")
        job_id = next(self._ids)
        self._handlers[job_id] = op
        if len(self._handlers) == 1:
            self.busy_changed.emit(True)
        self._queues[lane].put(_Job(job_id, op._fn, op._cancel))
        return job_id

    def _loop(self, lane: str) -> None:
        jobs = self._queues[lane]
        while (job := jobs.get()) is not None:
            ctx = OpContext(self, job.job_id, job.cancel)
            try:
                result = job.fn(ctx)
            except BaseException as exc:  # every failure must reach the GUI thread
                self._finished.emit(job.job_id, None, exc)
            else:
                self._finished.emit(job.job_id, result, None)
        if lane == "db" and self._session is not None:
            self._session.close()  # the connection is closed by the thread that opened it
            self._session = None

    def _deliver(self, job_id: int, result: Any, exc: BaseException | None) -> None:
        op = self._handlers.pop(job_id, None)
        if not self._handlers:
            self.busy_changed.emit(False)
        if op is not None:
            op._complete(result, exc)

    def _deliver_progress(self, job_id: int, label: str, value: int, maximum: int) -> None:
        op = self._handlers.get(job_id)
        if op is not None:
            op._on_progress(label, value, maximum)

    def shutdown(self, timeout: float = 10.0) -> None:
        """Finish queued work, close the session on its own thread and stop the lanes."""
        for lane in LANES:
            self._queues[lane].put(None)
        for thread in self._threads.values():
            thread.join(timeout)


class Op(Generic[T]):
    """One background operation with fluent callbacks; see the module docstring."""

    def __init__(self, parent: QWidget | None, backend: Backend, fn: Callable[[OpContext], T]) -> None:
        self._parent, self._backend, self._fn = parent, backend, fn
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._after_failure: Callable[[BaseException], None] | None = None
        self._finally: Callable[[], None] | None = None
        self._status: Any = None  # a QLabel that shows the failure's message
        self._inline_only = False
        self._on_progress_cb: Callable[[str, int, int], None] | None = None
        self._progress_label: str | None = None
        self._dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._lane = "db"

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        """Call `callback(result)` on the GUI thread when the op succeeds."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Call `callback(exc)` on the GUI thread instead of the default error dialog."""
        self._on_failure = callback
        return self

    def after_failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        """Call `callback(exc)` on the GUI thread after the standard error display (not instead of it)."""
        self._after_failure = callback
        return self

    def finally_(self, callback: Callable[[], None]) -> Op[T]:
        """Call `callback()` on the GUI thread once the op ended, after success or failure (reset buttons)."""
        self._finally = callback
        return self

    def status(self, label: Any, *, inline_only: bool = False) -> Op[T]:
        """On failure also write the message in red on `label` (a screen's status line); `inline_only`: an
        expected error is shown there only, without the box (a form's refusal, a refused preview)."""
        self._status, self._inline_only = label, inline_only
        return self

    def with_progress(self, label: str) -> Op[T]:
        """Show a progress dialog with a Cancel button while the op runs (after 400 ms)."""
        self._progress_label = label
        return self

    def on_progress(self, callback: Callable[[str, int, int], None]) -> Op[T]:
        """Also call `callback(label, value, maximum)` on the GUI thread for each progress report."""
        self._on_progress_cb = callback
        return self

    def on_lane(self, lane: str) -> Op[T]:
        """Run on the "io" or "sync" lane instead of the database lane (no session there)."""
        self._lane = lane
        return self

    def cancel(self) -> None:
        """Ask the op to stop at its next safe point."""
        self._cancel.set()

    def run_in_background(self) -> Op[T]:
        """Queue the op; return self (to cancel it later)."""
        if self._progress_label is not None:
            dialog = QProgressDialog(self._progress_label, _("Huỷ"), 0, 0, self._parent)
            dialog.setWindowTitle(_("Đang xử lý"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self._dialog = dialog
        self._backend.submit(self, self._lane)
        return self

    def _on_progress(self, label: str, value: int, maximum: int) -> None:
        if self._dialog is not None:
            self._dialog.setLabelText(label)
            self._dialog.setMaximum(maximum)
            self._dialog.setValue(value)
        if self._on_progress_cb is not None:
            self._on_progress_cb(label, value, maximum)

    def _complete(self, result: Any, exc: BaseException | None) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        try:
            if exc is None:
                if self._status is not None and self._status.styleSheet() == FAILURE_STYLE:
                    self._status.setStyleSheet("")  # an earlier failure's red must not colour this success
                if self._on_success is not None:
                    self._on_success(result)
                changes = changes_of(result)
                if changes is not None:
                    self._backend.hub.notify(changes, self._parent)
            else:
                self._show_failure(exc)
        finally:
            if self._finally is not None:
                self._finally()

    def _show_failure(self, exc: BaseException) -> None:
        if self._on_failure is not None:
            self._on_failure(exc)
            return
        show_failure(self._parent, exc, status=self._status, inline_only=self._inline_only, hub=self._backend.hub)
        if self._after_failure is not None:
            self._after_failure(exc)


FAILURE_STYLE = "color:#a00000;"  # a failure's message on a screen's status line


def show_failure(parent: QWidget | None, exc: BaseException, *, status: Any = None, inline_only: bool = False,
                 hub: ChangeHub | None = None) -> None:
    """Show a failure the standard way (what `Op` does by default; for a screen's own special handler)."""
    from hocbaso_desktop.domain.errors import as_expected
    from hocbaso_desktop.ui.widgets import error_text

    if status is not None:
        status.setText(error_text(exc))
        status.setStyleSheet(FAILURE_STYLE)
    if isinstance(exc, OperationCancelledError):
        log.info("operation cancelled")
        return
    if inline_only and status is not None and as_expected(exc) is not None:
        return
    from hocbaso_desktop.ui.errors import show_exception

    show_exception(parent, exc)
    if hub is not None:
        hub.failed.emit(exc, parent)
