"""Searching inside a list filter or tag: whether the search is cheap enough to run at once."""

from __future__ import annotations


def matches_more_than(text: str, count: int) -> bool:
    """``text`` matches more than ``count`` contacts (reads at most ``count + 1`` of them)."""
    from netdesk.store import search  # the ORM, open by the time anyone searches

    return search.matches_more_than(text, count)
