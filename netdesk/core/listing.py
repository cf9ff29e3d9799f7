"""What the contact list shows (filters, sort orders) and its first page, without the ORM.

Importing this module loads neither peewee nor the store modules over it, so the window can
build and paint its first page before the database is opened the ordinary way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.core.clock import Clock
from netdesk.core.paths import Paths
from netdesk.core.types import Tag
from netdesk.store import first_page as _first_page
from netdesk.store import listing as _listing
from netdesk.store.first_page import FirstPage
from netdesk.store.id_list import ConnectionRead, IdListError, IdListRead, ReadCancelled, TagsRead
from netdesk.store.listing import ListFilter, SortOrder

if TYPE_CHECKING:
    import sqlite3

__all__ = [
    "ConnectionRead",
    "FirstPage",
    "IdListError",
    "IdListRead",
    "ListFilter",
    "ReadCancelled",
    "SortOrder",
    "TagsRead",
    "first_page",
    "id_list_read",
    "ready",
    "search_read",
    "tag_names_by_name",
    "tag_sort_key",
    "tags_by_name",
    "tags_read",
]


def first_page(
    paths: Paths,
    clock: Clock,
    list_filter: ListFilter = ListFilter.ALL,
    sort: SortOrder = SortOrder.NAME,
    *,
    tag: str | None = None,
    limit: int = 100,
) -> FirstPage | None:
    """The first ``limit`` rows of a list read straight from the file, or None when the
    database must first be opened (created, migrated) through ``Core.open``."""
    return _first_page.read_first_page(
        paths.database, list_filter, sort, clock.now(), tag=tag, limit=limit
    )


def ready(paths: Paths) -> bool:
    """The database exists, is of this netdesk's schema and can be read: the first page can
    be painted before it is opened. Otherwise ``Core.open`` creates or migrates it first."""
    return _first_page.ready(paths.database)


def id_list_read(
    database: Path,
    clock: Clock,
    list_filter: ListFilter = ListFilter.ALL,
    sort: SortOrder = SortOrder.NAME,
    *,
    tag: str | None = None,
    cobweb_days: int = 180,
    search: str | None = None,
) -> IdListRead:
    """Every id of a list (what ``ContactService.list_ids`` returns), to be read by ``run()``
    on a worker thread on a connection of its own; ``cancel()`` stops it from any thread. The
    moment "due" and "imported today" are measured from is taken now, not on the worker.

    ``search``: only the contacts of the list that text matches (as ``ContactService.matching``
    finds them), in the list's order."""
    match = None
    if search is not None:
        from netdesk.store.search import fts_query  # the ORM: open once anyone searches

        match = fts_query(search) or '""'  # no word in it: an empty phrase matches nobody
    sql, params = _listing.ids_sql(
        list_filter, sort, clock.now(), tag=tag, cobweb_days=cobweb_days, match=match
    )
    return IdListRead(database, sql, params)


def search_read(
    database: Path, text: str, *, limit: int, include_archived: bool = False
) -> ConnectionRead[list[int]]:
    """What ``ContactService.search`` returns, to be read by ``run()`` on a worker thread on a
    connection of its own; ``cancel()`` stops it from any thread."""
    from netdesk.store.search import SearchRead  # the ORM: open once anyone searches

    return SearchRead(database, text, limit=limit, include_archived=include_archived)


class _TagsByName(TagsRead):
    """TagsRead, in the order of ``tags_by_name``, as ContactService.tags lists them."""

    def _read(self, connection: sqlite3.Connection) -> list[Tag]:
        return tags_by_name(super()._read(connection))


def tags_read(database: Path) -> TagsRead:
    """Every tag with its count (what ``ContactService.tags`` returns, in its order), to be
    read by ``run()`` on a worker thread on a connection of its own."""
    return _TagsByName(database)


def tag_sort_key(name: str) -> str:
    """Where a tag goes in a list of tags (the filter menu, Manage tags): case and accents
    aside, "Émigré" among the E's (SQLite's NOCASE put it after "zeta"), and "Łódź",
    "Øresund", "Đakovo", "Æbeltoft", "Þingvellir" among the L, O, D, A and T's: the store's
    fold, which spells out the letters that do not decompose (they sorted after "z")."""
    if name.isascii():  # the same key: nothing to decompose, casefold() is lower() there
        return name.lower()
    return (_fold or _load_fold())(name)


_fold: Callable[[str], str] | None = None


def _load_fold() -> Callable[[str], str]:
    """``store.text.fold``, imported at the first name that needs it: its module builds an
    accent table (~16 ms) the first paint does without. Kept, so that a sort of many tags
    does not go through the import machinery (PySide's hook) once per tag."""
    global _fold
    from netdesk.store.text import fold

    _fold = fold
    return fold


def tags_by_name(tags: Iterable[Tag]) -> list[Tag]:
    """Tags in the order every list of them shows (the filter menu, Manage tags, and so the
    export dialog's and the card's): by ``tag_sort_key``, then as written. What the store
    returns is SQLite's order, "Ávila" and "Émigré" after "zeta"."""
    return sorted(tags, key=lambda tag: (tag_sort_key(tag.name), tag.name))


def tag_names_by_name(names: Iterable[str]) -> list[str]:
    """Tag names in the order of ``tags_by_name`` (a completer's, a menu's choices)."""
    return sorted(names, key=lambda name: (tag_sort_key(name), name))
