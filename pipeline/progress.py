"""A one-line progress display on stderr: documents done, docs/s and an ETA."""

from __future__ import annotations

import sys
import time


class Progress:
    """Counts processed documents and redraws one stderr line at most every `interval` seconds."""

    def __init__(self, total: int, enabled: bool = True, interval: float = 0.5) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled
        self.interval = interval
        self.started = time.perf_counter()
        self._last_draw = 0.0
        self._baseline = 0

    def skip(self, count: int) -> None:
        """Count documents finished by an earlier run (they do not count towards the rate)."""
        self.done += count
        self._baseline += count

    def advance(self, count: int) -> None:
        """Add `count` finished documents."""
        self.done += count
        now = time.perf_counter()
        if self.enabled and now - self._last_draw >= self.interval:
            self._last_draw = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = (self.done - self._baseline) / elapsed
        width = 30
        filled = int(width * self.done / self.total) if self.total else width
        eta = (self.total - self.done) / rate if rate > 0 else 0.0
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r[{bar}] {self.done}/{self.total} docs  {rate:6.1f} docs/s  eta {eta:5.0f}s")
        sys.stderr.flush()

    def close(self) -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw(time.perf_counter())
            sys.stderr.write("\n")
            sys.stderr.flush()
