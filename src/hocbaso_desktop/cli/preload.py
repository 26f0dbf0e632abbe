"""Loading a command's heavy modules on a thread while the main thread waits in C (Argon2, a process start).

`hocbaso sign` spends ~0.5 s importing pyHanko and its company and ~0.1–0.2 s in Argon2 unlocking the
database; Argon2 releases the GIL, so on a machine with two cores the two can run side by side (issue 18).
Modules load in stages; the main thread waits for a stage before it uses (imports) anything of it, so
the two threads never import the same modules at the same time.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

log = logging.getLogger(__name__)


class BackgroundImports:
    """Import each stage's modules in order on a daemon thread; `wait(i)` returns once stage i is loaded."""

    def __init__(self, *stages: Sequence[str]) -> None:
        self._stages = [tuple(stage) for stage in stages]
        self._done = [threading.Event() for _ in self._stages]
        threading.Thread(target=self._run, name="hocbaso-preload", daemon=True).start()

    def _run(self) -> None:
        for stage, done in zip(self._stages, self._done, strict=True):
            for name in stage:
                try:
                    importlib.import_module(name)
                except Exception as exc:  # the main thread's own import reports it, with its message
                    log.debug("preloading %s failed: %s", name, exc)
            done.set()

    def wait(self, stage: int) -> None:
        """Block until stage `stage` (and every stage before it) has been imported."""
        self._done[stage].wait()


__all__ = ["BackgroundImports"]
