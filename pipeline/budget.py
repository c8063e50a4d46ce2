"""A wall-clock time budget for a block of code (SIGALRM based; a no-op outside the main thread)."""

from __future__ import annotations

import math
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# setitimer overflows past ~1e9 s on some platforms; a longer budget is no budget in practice.
MAX_BUDGET_SECONDS = 1_000_000.0


class BudgetExceeded(BaseException):
    """The block ran past its time budget."""


def _on_alarm(signum: int, frame: object) -> None:
    raise BudgetExceeded


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise BudgetExceeded inside the block once `seconds` have passed (None, <= 0 or not finite: no budget)."""
    usable = seconds and math.isfinite(seconds) and seconds > 0
    if not usable or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, min(float(seconds), MAX_BUDGET_SECONDS))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
