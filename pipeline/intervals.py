"""Offset lookups that keep rule stages linear in document length: which span of a list contains an offset,
answered by binary search instead of a scan over every span."""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Sequence


class FirstContaining:
    """For spans [start, end) given in a list: the position in the list of the first span that contains an offset,
    as `next(i for i, (start, end) in enumerate(spans) if start <= offset < end)` would find it."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        bounds = sorted({point for span in spans for point in span})
        opening: dict[int, list[tuple[int, int]]] = {}
        for position, (start, end) in enumerate(spans):
            if start < end:
                opening.setdefault(start, []).append((position, end))
        active: list[tuple[int, int]] = []  # (position, end), a heap by position; ended spans leave lazily
        self._bounds = bounds
        self._first: list[int | None] = []  # per piece [bounds[k], bounds[k + 1]): the first span over it
        for point in bounds:
            for item in opening.get(point, ()):
                heapq.heappush(active, item)
            while active and active[0][1] <= point:
                heapq.heappop(active)
            self._first.append(active[0][0] if active else None)

    def __call__(self, offset: int) -> int | None:
        """The position of the first span that contains `offset`, or None."""
        piece = bisect_right(self._bounds, offset) - 1
        return self._first[piece] if piece >= 0 else None
