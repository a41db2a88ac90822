"""The emulator's clock: real time plus an offset that tests can advance."""

from __future__ import annotations

import threading
import time


class Clock:
    """`now()` is `time.time() + offset`; `advance()` moves the offset forward.

    Token expiry and rate-limit windows read this clock, so a test can expire a token or refresh
    a rate-limit window in microseconds. Thread-safe.
    """

    def __init__(self) -> None:
        self._offset = 0.0
        self._lock = threading.Lock()

    def now(self) -> float:
        return time.time() + self._offset

    def now_ms(self) -> int:
        return int(self.now() * 1000)

    @property
    def offset(self) -> float:
        return self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock forward by `seconds` (must be >= 0) and return the new `now()`."""
        if seconds < 0:
            raise ValueError("the emulator clock only moves forward")
        with self._lock:
            self._offset += seconds
        return self.now()

    def reset(self) -> None:
        """Go back to real time."""
        with self._lock:
            self._offset = 0.0
