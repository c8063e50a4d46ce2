"""A processor without NLP for the shard and engine tests: a unit's record is its line number and text; a unit that
reads "bad" is an error, one that reads "stop" stops the run (pipeline.shards.StopRun), one that reads "slow" takes
SLOW_S to process."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.reader import RawLine
from pipeline.shards import Counters, Outcome, StopRun

SLOW_S = 0.1


class Stop(StopRun):
    """The toy processor met a unit that reads "stop"."""


# The processors (by `token`) whose setup() ran in this process or in the process it was forked from: per instance,
# so that a set-up in an earlier test does not pass for a pool that skips its own.
_SET_UP: set[str] = set()


class NotSetUp(RuntimeError):
    """A unit reached a processor that requires set-up in a process where no set-up happened."""


@dataclass(frozen=True)
class ToyProcessor:
    """Records {"id": text, "line": N}; "bad" units become errors; `setups` (a directory) logs each setup's pid;
    `require_setup`: processing in a process where this processor was not set up (there, or in the parent it was
    forked from) fails."""

    setups: str | None = None
    max_bytes: int = 1 << 20
    require_setup: bool = False
    forks: bool = True  # fork_safe(): whether a forked pool may set it up in its parent
    token: str = field(default_factory=lambda: os.urandom(8).hex(), compare=False)  # this instance (and its copies)

    def setup(self) -> None:
        """Log this process's pid in `setups`; mark this processor set up in this process."""
        _SET_UP.add(self.token)
        if self.setups:
            (Path(self.setups) / f"{os.getpid()}.{os.urandom(4).hex()}").touch()

    def fork_safe(self) -> bool:
        """`forks`: False stands for a processor whose set-up holds threads or a GPU context."""
        return self.forks

    def process(self, units: Iterable[RawLine], counters: Counters) -> Iterator[Outcome]:
        """One outcome per unit."""
        if self.require_setup and self.token not in _SET_UP:
            raise NotSetUp(f"process {os.getpid()} was not set up")
        for raw in units:
            text = raw.data.decode()
            if text == "stop":
                raise Stop(f"line {raw.line}")
            if text == "slow":
                time.sleep(SLOW_S)
            if text == "bad":
                error = {"line": raw.line, "file": raw.file, "error": {"code": "E001", "message": "[E001] bad"}}
                outcome = Outcome(error=error, chars=len(text), line=raw.line)
            else:
                outcome = Outcome(record={"id": text, "line": raw.line}, chars=len(text), line=raw.line,
                                  key=json.dumps(text))
            counters.add(outcome)
            yield outcome


def write_lines(path: Path, lines: list[str]) -> Path:
    """A JSON Lines-named input whose units are these lines (the toy processor reads them as plain text)."""
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path
