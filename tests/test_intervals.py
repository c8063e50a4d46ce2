"""FirstContaining answers exactly what a scan over the spans would, for any spans and offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.intervals import FirstContaining

SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda s: (s[0], s[0] + s[1])), max_size=12)


@given(spans=SPANS, offset=st.integers(-3, 60))
def test_first_containing_is_the_scan(spans, offset):
    expected = next((i for i, (start, end) in enumerate(spans) if start <= offset < end), None)
    assert FirstContaining(spans)(offset) == expected


def test_nested_and_touching_spans():
    find = FirstContaining([(10, 20), (0, 100), (20, 30), (15, 16)])
    assert [find(x) for x in (-1, 0, 9, 10, 15, 19, 20, 29, 30, 99, 100)] == [None, 1, 1, 0, 0, 0, 1, 1, 1, 1, None]
