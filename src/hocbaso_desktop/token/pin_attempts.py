"""The program's own count of failed PIN attempts per token serial, and the login decision.

Many tokens never report CKF_USER_PIN_COUNT_LOW / FINAL_TRY, and VGCA tokens lock after 3 wrong PINs
(engineering notes §4.6–4.7). So the program counts failures itself, persists the count (a person
may restart the program between tries), and stops *before* the last try: the decision is
`check_login_allowed`. A good login resets the count; an administrator can reset it after checking
with the person (`PinAttemptCounter.reset`).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Protocol

from hocbaso_desktop.domain.i18n import _
from hocbaso_desktop.token.errors import PinFinalTryError, PinLockedError
from hocbaso_desktop.token.types import TokenInfo

DEFAULT_MAX_TRIES = 3  # VGCA tokens lock after 3 wrong PINs in a row


class AttemptStore(Protocol):
    """Where the counts live: serial → consecutive failed attempts."""

    def load(self) -> dict[str, int]:
        """Return the stored counts."""
        ...

    def save(self, counts: dict[str, int]) -> None:
        """Replace the stored counts."""
        ...


class MemoryAttemptStore:
    """Counts kept in memory only (tests, one-shot command lines)."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def load(self) -> dict[str, int]:
        """Return a copy of the counts."""
        return dict(self._counts)

    def save(self, counts: dict[str, int]) -> None:
        """Replace the counts."""
        self._counts = dict(counts)


class JsonFileAttemptStore:
    """Counts in ``pin_attempts.json`` inside a directory chosen by the caller (written atomically)."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.path = Path(directory) / "pin_attempts.json"

    def load(self) -> dict[str, int]:
        """Return the counts; a missing file means no failures."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        return {str(k): int(v) for k, v in data.items()}

    def save(self, counts: dict[str, int]) -> None:
        """Write the counts through a temporary file and an atomic rename."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".pin_attempts.")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(counts, f, sort_keys=True)
        os.replace(tmp, self.path)


class PinAttemptCounter:
    """Consecutive failed PIN attempts per token serial, persisted through an `AttemptStore`."""

    def __init__(self, store: AttemptStore | None = None, *, max_tries: int = DEFAULT_MAX_TRIES) -> None:
        self.store = store if store is not None else MemoryAttemptStore()
        self.max_tries = max_tries
        self._lock = threading.Lock()

    def failures(self, serial: str) -> int:
        """Failed attempts since the last good login."""
        return self.store.load().get(serial, 0)

    def record_failure(self, serial: str) -> int:
        """Count one more failure; return the new count."""
        with self._lock:
            counts = self.store.load()
            counts[serial] = counts.get(serial, 0) + 1
            self.store.save(counts)
            return counts[serial]

    def reset(self, serial: str) -> None:
        """Forget the failures of this token (after a good login, or by an administrator)."""
        with self._lock:
            counts = self.store.load()
            if counts.pop(serial, None) is not None:
                self.store.save(counts)

    def remaining(self, token: TokenInfo) -> int:
        """Tries left before the token locks, as far as we know (the smaller of our count and the flags)."""
        left = self.max_tries - self.failures(token.serial)
        if token.pin_final_try:
            left = min(left, 1)
        return max(left, 0)


def check_login_allowed(token: TokenInfo, failures: int, max_tries: int = DEFAULT_MAX_TRIES) -> int:
    """Decide whether a login may be attempted; return the tries left, or raise without trying.

    Raises PinLockedError when the token says the PIN is locked, and PinFinalTryError when the token
    reports CKF_USER_PIN_FINAL_TRY or when our own count says only the last try remains: that last
    try is never spent by the program, the person goes to the administrator or the CA.
    """
    if token.pin_locked:
        raise PinLockedError(_("Mã PIN của thiết bị ký \"{label}\" đã bị khóa. Hãy liên hệ nhà cung cấp chứng "
                               "thư số hoặc quản trị viên để mở khóa.", label=token.label))
    left = max_tries - failures
    if token.pin_final_try or left <= 1:
        shown = 1 if token.pin_final_try else max(left, 0)
        raise PinFinalTryError(
            _("Thiết bị ký \"{label}\" chỉ còn {n} lần thử mã PIN. Chương trình không thử tiếp để tránh khóa "
              "thiết bị; hãy kiểm tra lại mã PIN với quản trị viên hoặc nhà cung cấp chứng thư số.",
              label=token.label, n=shown), remaining=shown)
    return left
