"""Type-ahead in a list: who has a name (the rows whose text) starting with what was typed."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from netdesk.core.listing import tag_sort_key


def named_starting_with(prefix: str) -> set[int]:
    """Ids of every contact (archived too) whose name starts with ``prefix``, case and accents
    ignored ("alv" finds "Álvaro"), as the list sorts names."""
    from netdesk.store import search  # the ORM, open by the time anyone types in the list

    return search.name_prefix_ids(prefix)


def folded(text: str) -> str:
    """``text`` as the keys are: case and accents aside, as lists sort names and tags."""
    return tag_sort_key(text)


def keys_starting_with(
    keys: Sequence[str], prefix: str, order: Sequence[int] | None = None
) -> Sequence[int]:
    """The places in ``keys`` (texts as ``tag_sort_key`` folds them) whose key starts with
    ``prefix``, case and accents ignored. With ``order`` (every place, sorted by its key),
    found by bisection: a walk over 100,000 keys at each letter typed is what is avoided."""
    low = folded(prefix)
    if not low:
        return []
    if order is None:
        return [place for place, key in enumerate(keys) if key.startswith(low)]
    high = low[:-1] + chr(min(ord(low[-1]) + 1, 0x10FFFF))  # the first text past the prefix
    first = bisect_left(order, low, key=keys.__getitem__)
    return order[first : bisect_left(order, high, lo=first, key=keys.__getitem__)]


def met_from(rows: Iterable[int], start: int, hits: int = 1, wrap: bool = True) -> list[int]:
    """Of ``rows`` (in any order), the first ``hits`` (-1: all) a search down from ``start``
    meets, going on from the top when ``wrap``: what a view's type-ahead lands on."""
    if isinstance(rows, range) and rows.step == 1:  # every row, often (walked, 100,000)
        down = range(max(start, rows.start), rows.stop)
        top = range(rows.start, min(start, rows.stop)) if wrap else range(0)
        if hits < 0:
            return [*down, *top]
        return [*down[:hits], *top[:hits]][:hits]
    if hits == 1:  # the view's keyboardSearch: one pass, no sort
        after: int | None = None
        before: int | None = None
        for row in rows:
            if row >= start:
                if after is None or row < after:
                    after = row
            elif before is None or row < before:
                before = row
        found = after if after is not None else (before if wrap else None)
        return [] if found is None else [found]
    ordered = sorted(rows)
    split = bisect_left(ordered, start)
    met = ordered[split:] + (ordered[:split] if wrap else [])
    return met if hits < 0 else met[:hits]
