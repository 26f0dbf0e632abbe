"""Exponential backoff with full jitter (central-api.md): from about 2 s, capped at 10 minutes."""

from __future__ import annotations

import random

INITIAL_S = 2.0
CAP_S = 600.0


class Backoff:
    """Delays for consecutive failures: uniform(0, min(cap, initial * 2**n)); reset after a success."""

    def __init__(self, *, initial: float = INITIAL_S, cap: float = CAP_S, rng: random.Random | None = None) -> None:
        self.initial = initial
        self.cap = cap
        self.failures = 0
        self._rng = rng or random.Random()

    def next_delay(self) -> float:
        """The delay before the next attempt, in seconds; counts one more failure."""
        ceiling = min(self.cap, self.initial * (2 ** min(self.failures, 32)))
        self.failures += 1
        return self._rng.uniform(0, ceiling)

    def reset(self) -> None:
        """Start again from the smallest delay (after a success)."""
        self.failures = 0


def retry_after_seconds(value: str | None, *, cap: float = CAP_S) -> float | None:
    """Parse a Retry-After header given in seconds (HTTP dates are not used by this protocol)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if seconds != seconds or seconds < 0:  # NaN or negative: ignore
        return None
    return min(seconds, cap)
