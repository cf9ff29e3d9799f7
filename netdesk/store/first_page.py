"""The contact list's first page read with sqlite3 alone: the window paints it before the ORM loads.

peewee and the store modules over it cost ~60 ms to import and open; the first page needs
three read-only queries. Anything unusual (no file yet, an older or newer schema, a lock, a
damaged file) returns None and start-up opens the database the ordinary way instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from netdesk.core import types as t
from netdesk.store import listing
from netdesk.store.migrations import SCHEMA_VERSION

log = logging.getLogger("netdesk.store")

T = TypeVar("T")

BUSY_TIMEOUT_S = 0.2  # a writer holding the file: give up and open it the ordinary way


@dataclass(frozen=True)
class FirstPage:
    """The first ``len(ids)`` rows of a list of ``total`` contacts, with their summaries."""

    ids: list[int]
    total: int
    summaries: list[t.ContactSummary]


def ready(path: Path) -> bool:
    """True when the file holds a database of this netdesk's schema that can be read now."""
    return _with_connection(path, lambda connection: _current(connection) or None) is not None


def read_first_page(
    path: Path,
    list_filter: listing.ListFilter,
    sort: listing.SortOrder,
    now: dt.datetime,
    *,
    tag: str | None = None,
    limit: int = 100,
) -> FirstPage | None:
    """The first ``limit`` rows of a list, or None when the database is not ready to read."""
    return _with_connection(
        path, lambda connection: _read(connection, list_filter, sort, now, tag, limit)
    )


def _with_connection(path: Path, read: Callable[[sqlite3.Connection], T | None]) -> T | None:
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"file:{quote(str(path))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error as error:
        log.info("cannot open %s read-only (%s)", path, error)
        return None
    connection.text_factory = listing.stored_text
    try:
        with contextlib.closing(connection):
            return read(connection)
    except sqlite3.Error as error:
        log.info("first page not read from %s (%s)", path, error)
        return None


def _current(connection: sqlite3.Connection) -> bool:
    """Written by this schema version: no migration (nor refusal) has to come first."""
    return bool(connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION)


def _read(
    connection: sqlite3.Connection,
    list_filter: listing.ListFilter,
    sort: listing.SortOrder,
    now: dt.datetime,
    tag: str | None,
    limit: int,
) -> FirstPage | None:
    if not _current(connection):
        return None
    connection.execute("BEGIN")  # ids, count and rows from one snapshot
    sql, params = listing.ids_sql(list_filter, sort, now, tag=tag, limit=limit)
    ids = [row[0] for row in connection.execute(sql, params)]
    if len(ids) < limit:
        total = len(ids)
    else:
        sql, params = listing.count_sql(list_filter, now, tag=tag)
        total = int(connection.execute(sql, params).fetchone()[0])
    rows = connection.execute(listing.summaries_sql(ids), ids) if ids else []
    summaries = listing.summaries_in_order(rows, ids)
    connection.rollback()
    return FirstPage(ids=ids, total=total, summaries=summaries)
