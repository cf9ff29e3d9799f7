"""core.type_ahead: what a view's typing lands on, against the long way round."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netdesk.core.listing import tag_sort_key
from netdesk.core.type_ahead import keys_starting_with, met_from

WORDS = st.text(alphabet="aAáÁbéEzZ ", max_size=4)


def _met_the_long_way(rows: list[int], start: int, hits: int, wrap: bool) -> list[int]:
    ordered = sorted(rows)
    met = [row for row in ordered if row >= start] + (
        [row for row in ordered if row < start] if wrap else []
    )
    return met if hits < 0 else met[:hits]


@given(st.sets(st.integers(0, 60)), st.integers(0, 61), st.sampled_from([1, 2, -1]), st.booleans())
def test_met_from_any_rows(rows: set[int], start: int, hits: int, wrap: bool) -> None:
    assert met_from(iter(rows), start, hits, wrap) == _met_the_long_way(
        list(rows), start, hits, wrap
    )


@given(
    st.integers(0, 30), st.integers(0, 30), st.integers(0, 40), st.sampled_from([1, 3, -1]),
    st.booleans(),
)  # fmt: skip
def test_met_from_a_run_of_rows(first: int, length: int, start: int, hits: int, wrap: bool) -> None:
    rows = range(first, first + length)
    assert met_from(rows, start, hits, wrap) == _met_the_long_way(list(rows), start, hits, wrap)


@given(st.lists(WORDS, max_size=30), WORDS)
def test_keys_starting_with_by_walk_and_by_bisection(texts: list[str], typed: str) -> None:
    keys = [tag_sort_key(text) for text in texts]
    low = tag_sort_key(typed)
    expected = [place for place, key in enumerate(keys) if low and key.startswith(low)]
    order = sorted(range(len(keys)), key=keys.__getitem__)
    assert list(keys_starting_with(keys, typed)) == expected
    assert sorted(keys_starting_with(keys, typed, order)) == expected
