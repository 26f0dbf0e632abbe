"""What a long use case sees while it runs: the session, a progress reporter and a cancel flag.

The interface's background-operation helper (`ui.operations.OpContext`) and the command line (`PlainWork`)
both satisfy `Work`, so a use case is written once and runs under either; services never import Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from hocbaso_desktop.storage import Session


class Work(Protocol):
    """The running context of a use case (a structural type: anything with these members)."""

    @property
    def session(self) -> Session:
        """The signed-in session."""
        ...

    @property
    def cancelled(self) -> bool:
        """Whether the person asked to stop."""
        ...

    @property
    def cancel_event(self) -> threading.Event:
        """The cancel flag itself, for code that takes a threading.Event."""
        ...

    def check_cancelled(self) -> None:
        """Raise OperationCancelledError if asked to stop."""
        ...

    def progress(self, label: str, value: int, maximum: int) -> None:
        """Report progress."""
        ...


class PlainWork:
    """A `Work` for a caller with no progress bar and no Stop button (the command line): it only carries the
    session, and reports progress to `on_progress` when given."""

    def __init__(self, session: Session, on_progress: Callable[[str, int, int], None] | None = None) -> None:
        self.session = session
        self.cancel_event = threading.Event()
        self._on_progress = on_progress

    @property
    def cancelled(self) -> bool:
        """Whether `cancel_event` was set (the command line never sets it: Ctrl+C interrupts the process)."""
        return self.cancel_event.is_set()

    def check_cancelled(self) -> None:
        """Nothing to check: there is no Stop button (use cases that stop between steps read `cancelled`)."""

    def progress(self, label: str, value: int, maximum: int) -> None:
        """Pass progress on to `on_progress`, if any."""
        if self._on_progress is not None:
            self._on_progress(label, value, maximum)
