"""What a long use case sees while it runs: the session, a progress reporter and a cancel flag.

The interface's background-operation helper (`ui.operations.OpContext`) and the command line both
satisfy `Work`, so a use case is written once and runs under either; services never import Qt.
"""

from __future__ import annotations

import threading
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
