"""Test helpers: a stage that sleeps on demand, and `python -m tests.hostile ARGS` = `svodka ARGS` with it registered.

Pool workers are forked, so they inherit the registration; the stage is never part of the product.
"""

from __future__ import annotations

import sys
import time

from pipeline.document import Document
from pipeline.stage import Stage
from pipeline.stages import REGISTRY

SLEEP_SECONDS = 120.0


class SleepyStage(Stage):
    """Sleeps (interruptibly, by the time budget) on documents whose text contains 'sleep'."""

    name = "sleepy"
    requires = ("tokens",)
    provides = ("sleep",)

    def process(self, doc: Document) -> None:
        if "sleep" in doc.text:
            time.sleep(SLEEP_SECONDS)


def register() -> None:
    """Make `--stages segment,sleepy` available in this process (and in processes forked from it)."""
    REGISTRY.setdefault(SleepyStage.name, SleepyStage)


if __name__ == "__main__":
    import faulthandler
    import signal

    from pipeline.cli import main

    faulthandler.register(signal.SIGUSR1, all_threads=True)  # a test that sees a hang asks for the stacks
    register()
    sys.exit(main(sys.argv[1:]))
