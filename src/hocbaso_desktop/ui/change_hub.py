"""The one change signal of the window, and how a screen follows it.

Every operation that changed something (a `services.Changes` returned by its use case) reaches the
`ChangeHub` owned by the window's `Backend`; the operation helper fires it, nothing else does. A screen
says once which kinds concern it (`follow_changes(self, backend, ("students",), self.reload)`) and is then
refreshed whichever screen made the change: no screen refreshes another, and a screen does not refresh
itself by hand after its own operation. A screen the window is not showing is refreshed when it is shown
again, so a change costs one query for the screen in front, not one per screen ever opened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from hocbaso_desktop.services import Changes


class ChangeHub(QObject):
    """The one change signal: every screen listens here and refreshes from the flags that concern it."""

    changed = Signal(object, object)  # Changes, the widget that started the operation (or None)
    failed = Signal(object, object)  # the exception, the widget it was shown on (for logs and tests)

    def notify(self, changes: Changes, initiator: object = None) -> None:
        """Tell every screen what changed (only when something did)."""
        if changes:
            self.changed.emit(changes, initiator)


class ChangeFollower(QObject):
    """Refreshes one screen when a change of the kinds it shows arrives (made by `follow_changes`)."""

    def __init__(self, page: QWidget, hub: ChangeHub, kinds: Iterable[str], reload: Callable[[], None],
                 own: bool) -> None:
        super().__init__(page)
        self._page, self._kinds, self._reload, self._own = page, tuple(kinds), reload, own
        self.stale = False
        hub.changed.connect(self._changed)
        page.installEventFilter(self)

    def _changed(self, changes: Changes, initiator: object) -> None:
        if not changes.touches(*self._kinds):
            return
        if not self._own and isinstance(initiator, QWidget) and (initiator is self._page
                                                                  or self._page.isAncestorOf(initiator)):
            return  # the screen showed its own result already (the grade grid keeps the cells typed meanwhile)
        if self._page.window().isVisible() and not self._page.isVisible():
            self.stale = True  # another screen is in front: refresh when this one is shown
            return
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Refresh a stale screen when it is shown."""
        if watched is self._page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False


def follow_changes(page: QWidget, backend, kinds: Iterable[str], reload: Callable[[], None], *,
                   own: bool = True) -> ChangeFollower:
    """Call `reload()` when an operation changes any of `kinds` (`own=False`: not for the page's own operations)."""
    return ChangeFollower(page, backend.hub, kinds, reload, own)
