"""The contact list's filters, orders and row SQL, without the ORM (the first page uses them)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import Any

from netdesk.core import types as t


def stored_text(value: bytes) -> str:
    """How every connection reads TEXT: as UTF-8, a byte sequence that is not (a damaged
    page, another program's write) shown as U+FFFD. Python's own decoding raised on it: the
    list crashed painting that row, and a delete, a merge or an import of that contact failed.
    (A Python call per value: an export reads with Python's own decoding, store.bulk.fast_text,
    and only a chunk that holds such a value again with this.)"""
    return value.decode("utf-8", "replace")


class ListFilter(StrEnum):
    ALL = "all"
    DUE = "due"
    COBWEBS = "cobwebs"
    ORIGIN_UNKNOWN = "origin_unknown"
    ARCHIVED = "archived"
    IMPORTED_TODAY = "imported_today"


class SortOrder(StrEnum):
    NAME = "name"
    LAST_INTERACTION = "last_interaction"
    NEXT_DUE = "next_due"


ORDER = {
    # NULLs last for both dates: never-contacted and nothing-due sink to the bottom; contacts
    # of one date (or none) by name, as the name order has them (by id, they came in the
    # order they were added: a block of hundreds of never-contacted people in import order)
    SortOrder.NAME: "sort_key, id",
    SortOrder.LAST_INTERACTION: "last_interaction IS NULL, last_interaction DESC, sort_key, id",
    SortOrder.NEXT_DUE: "next_due IS NULL, next_due, sort_key, id",
}

# Filters matching a small part of the contacts (the others walk the covering order indexes).
NARROW = (ListFilter.DUE, ListFilter.IMPORTED_TODAY)

# The few archived contacts, by their partial index (SQLite, without statistics, would rather
# read the covering contact_id_archived index from end to end).
ARCHIVED = "contact INDEXED BY contact_archived"
ACTIVE = (
    # all minus archived: a b-tree count plus the small contact_archived index, where
    # "WHERE archived = 0" would read an entry for every contact (~8 ms at 100,000)
    f"(SELECT count(*) FROM contact) - (SELECT count(*) FROM {ARCHIVED} WHERE archived = 1)"
)

SUMMARY_COLUMNS = (
    "id, display_name, organization, title, last_interaction, next_due, archived, "
    "keep_in_touch_days, thumbnail"
)


def where(
    list_filter: ListFilter,
    now: dt.datetime,
    tag: str | None,
    cobweb_days: int,
    match: str | None = None,
) -> tuple[str, list[object]]:
    """The WHERE clause (and its parameters) of one list filter and tag; ``match``, an FTS5
    query (``search.fts_query``), keeps only the contacts it matches."""
    clauses: list[str] = []
    params: list[object] = []
    if list_filter is ListFilter.ARCHIVED:
        clauses.append("archived = 1")
    else:
        clauses.append("archived = 0")
    if list_filter is ListFilter.DUE:
        clauses.append("next_due <= ?")
        params.append(now)
    elif list_filter is ListFilter.COBWEBS:
        # "+": checked inside the covering list indexes, not by an OR over two index ranges
        clauses.append("(+last_interaction IS NULL OR +last_interaction < ?)")
        params.append(now - dt.timedelta(days=cobweb_days))
    elif list_filter is ListFilter.ORIGIN_UNKNOWN:
        clauses.append("met_on IS NULL AND met_at = '' AND met_through_id IS NULL")
    elif list_filter is ListFilter.IMPORTED_TODAY:
        clauses.append("source_date >= ?")
        params.append(dt.datetime.combine(now.date(), dt.time()))
    if tag:
        clauses.append(
            "id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag g ON g.id = ct.tag_id "
            "WHERE g.name = ?)"
        )
        params.append(tag)
    if match:
        clauses.append("id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        params.append(match)
    return " AND ".join(clauses), params


def table(list_filter: ListFilter) -> str:
    if list_filter is ListFilter.ORIGIN_UNKNOWN:
        # its partial index (schema 4) holds every column the list and the count need
        return "contact INDEXED BY contact_origin_unknown"
    return ARCHIVED if list_filter is ListFilter.ARCHIVED else "contact"


def ids_sql(
    list_filter: ListFilter,
    sort: SortOrder,
    now: dt.datetime,
    *,
    tag: str | None = None,
    cobweb_days: int = 180,
    limit: int | None = None,
    match: str | None = None,
) -> tuple[str, list[object]]:
    """SELECT of the matching contact ids in display order, and its parameters."""
    clause, params = where(list_filter, now, tag, cobweb_days, match)
    order = ORDER[sort]
    if list_filter is ListFilter.ARCHIVED and sort is SortOrder.NEXT_DUE:
        # archived contacts are never reminded and their rows show no next follow-up: sorted
        # by dates nobody could see, the list looked unsorted; by name, as those of one date
        order = ORDER[SortOrder.NAME]
    elif list_filter is ListFilter.DUE and sort is SortOrder.NEXT_DUE:
        order = "next_due, sort_key, id"  # never NULL: a range of the next_due index, no sort
    elif tag or list_filter in NARROW:
        # A few matching rows: find them by the filter's index and sort them, rather than
        # walk the whole order index ("+" keeps SQLite from choosing the latter).
        order = "+" + order
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    return f"SELECT id FROM {table(list_filter)} WHERE {clause} ORDER BY {order}{tail}", params


def where_and_order(list_sql: str) -> tuple[str, str]:
    """The WHERE clause and the ORDER BY of an ``ids_sql`` text (its LIMIT left out): what a
    list read before asks of one contact when only that contact changed (``id_list.PlaceRead``).
    Its first " WHERE " is the list's (a tag's or a search's subquery comes after it), and no
    clause holds " ORDER BY "."""
    head, _, order = list_sql.partition(" ORDER BY ")
    clause = head.partition(" WHERE ")[2]
    return clause, order.partition(" LIMIT ")[0]


def count_sql(
    list_filter: ListFilter, now: dt.datetime, *, tag: str | None = None, cobweb_days: int = 180
) -> tuple[str, list[object]]:
    """SELECT of how many contacts a filter and tag list, and its parameters."""
    if list_filter is ListFilter.ALL and not tag:
        return f"SELECT {ACTIVE}", []
    clause, params = where(list_filter, now, tag, cobweb_days)
    return f"SELECT count(*) FROM {table(list_filter)} WHERE {clause}", params


def summaries_sql(contact_ids: Sequence[int]) -> str:
    marks = ",".join("?" * len(contact_ids))
    return f"SELECT {SUMMARY_COLUMNS} FROM contact WHERE id IN ({marks})"


def summaries_in_order(
    rows: Iterable[Sequence[Any]], contact_ids: Sequence[int]
) -> list[t.ContactSummary]:
    """Rows of ``summaries_sql`` as ContactSummary, in the order of ``contact_ids``."""
    found = {}
    for row in rows:
        found[row[0]] = t.ContactSummary(
            id=row[0],
            display_name=row[1],
            organization=row[2],
            title=row[3],
            last_interaction=parse_datetime(row[4]),
            next_due=parse_datetime(row[5]),
            archived=bool(row[6]),
            keep_in_touch_days=row[7],
            thumbnail=bytes(row[8]) if row[8] is not None else None,
        )
    return [found[i] for i in contact_ids if i in found]


def parse_datetime(value: object) -> dt.datetime | None:
    """A DATETIME column as stored (text) or as peewee hands it over (datetime)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    text = str(value)
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return dt.datetime.fromisoformat(text[:10])


# Each tag's links counted by the tag_id index, a range per tag (~3 ms for 100,000 links;
# a LEFT JOIN grouped by tag took ~12 ms), less those of the few archived contacts.
TAGS_SQL = (
    "SELECT g.id, g.name, g.default_cadence_days, "
    "(SELECT count(*) FROM contact_tag ct WHERE ct.tag_id = g.id) "
    "FROM tag g ORDER BY g.name COLLATE NOCASE, g.id"
)
ARCHIVED_TAGS_SQL = (  # the few archived contacts by their partial index
    "SELECT ct.tag_id, count(*) FROM contact c INDEXED BY contact_archived "
    "JOIN contact_tag ct ON ct.contact_id = c.id WHERE c.archived = 1 GROUP BY ct.tag_id"
)


def tags(connection: Any) -> list[t.Tag]:
    """Every tag with how many contacts the list shows under it (archived ones not counted),
    by name: what ``ContactService.tags`` returns, read on ``connection`` (sqlite3's)."""
    connection.execute("BEGIN")  # both counts from one snapshot
    try:
        archived = dict(connection.execute(ARCHIVED_TAGS_SQL).fetchall())
        rows = connection.execute(TAGS_SQL).fetchall()
    finally:
        connection.rollback()
    return [t.Tag(r[1], r[2], r[3] - archived.get(r[0], 0)) for r in rows]
