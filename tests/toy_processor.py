"""A processor without NLP for the shard and engine tests: a unit's record is its line number and text; a unit that
reads "bad" is an error, and one that reads "stop" stops the run (pipeline.shards.StopRun)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.reader import RawLine
from pipeline.shards import Counters, Outcome, StopRun


class Stop(StopRun):
    """The toy processor met a unit that reads "stop"."""


@dataclass(frozen=True)
class ToyProcessor:
    """Records {"id": text, "line": N}; "bad" units become errors; `setups` (a directory) logs each setup's pid."""

    setups: str | None = None
    max_bytes: int = 1 << 20

    def setup(self) -> None:
        """Log this process's pid in `setups`."""
        if self.setups:
            (Path(self.setups) / f"{os.getpid()}.{os.urandom(4).hex()}").touch()

    def process(self, units: Iterable[RawLine], counters: Counters) -> Iterator[Outcome]:
        """One outcome per unit."""
        for raw in units:
            text = raw.data.decode()
            if text == "stop":
                raise Stop(f"line {raw.line}")
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
