"""Ids for new contacts, journal entries and follow-ups that no deleted contact's undo holds.

The tables have no AUTOINCREMENT, so SQLite gives a new row max(id) + 1: deleting the newest
contact and then logging, adding a follow-up or importing handed the new row an id the undo
of that delete still held. Putting the contact back then failed ("UNIQUE constraint failed"),
or worse, found "its" journal entry stored and linked the contact to someone else's, or wrote
its follow-up over someone else's. The ids a delete (or merge) record holds are reserved here
for the rest of the session (only this process's undo stack holds them); other deletions, an
undo's own, leave the next id where SQLite puts it, so a redo makes its rows again with the
ids later commands know.
"""

from __future__ import annotations

from collections.abc import Iterable

from netdesk.store.models import db

_reserved: dict[str, int] = {}  # table -> the highest id a delete record holds


def forget() -> None:
    """The database was (re)opened: no undo holds anything of it."""
    _reserved.clear()


def reserve(table: str, ids: Iterable[int | None]) -> None:
    """Never hand out these ids (nor any below them) for new rows of ``table`` again."""
    highest = max((i for i in ids if i is not None), default=0)
    if highest > _reserved.get(table, 0):
        _reserved[table] = highest


def take(table: str, count: int = 1) -> int:
    """The first of ``count`` consecutive new ids for ``table``: max(id) + 1, or above the
    reserved ones. Call inside the write's transaction (a rollback leaves a gap)."""
    if not count:
        return 0
    stored = int(db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{table}"').fetchone()[0])
    return max(stored, _reserved.get(table, 0)) + 1
