"""Type-ahead in a list of contacts: who has a name starting with what was typed."""

from __future__ import annotations


def named_starting_with(prefix: str) -> set[int]:
    """Ids of every contact (archived too) whose name starts with ``prefix``, case and accents
    ignored ("alv" finds "Álvaro"), as the list sorts names."""
    from netdesk.store import search  # the ORM, open by the time anyone types in the list

    return search.name_prefix_ids(prefix)
