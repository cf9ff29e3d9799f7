"""Sorted by last interaction or next follow-up, contacts of one date (or of none) by name.

They came in id order, the order they were added: a day's follow-ups "Zoe, Maria, Ana", and
the never-contacted part of an imported address book in the file's order. Schema 16 puts the
sort key in the order indexes, so these orders are still read from an index, not sorted.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from raw_connection import RawDatabase

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.listing import ListFilter, SortOrder, id_list_read
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import listing, migrations, queries
from netdesk.store.database import open_database
from netdesk.store.first_page import read_first_page

NOW = dt.datetime(2026, 3, 6, 9, 0)
FRIDAY = dt.datetime(2026, 3, 5, 9, 0)  # due (before NOW)
MONDAY = dt.datetime(2026, 3, 9, 9, 0)  # not due yet
LONG_AGO = dt.datetime(2025, 1, 10, 12, 0)  # a cobweb (more than 180 days)
# added in this order, which is no order of names
PEOPLE = ("Zoe", "Maria", "Ana", "Bruno", "Carla", "Yann", "Dora", "Xavier")


@pytest.fixture
def ties(tmp_data_dir: Path) -> Iterator[Core]:
    """Zoe, Maria and Ana due Friday; Bruno due Monday; the others nothing due. Carla,
    Yann and Dora were last talked to at one moment long ago, Zoe and Maria at another; the
    rest never. All tagged "club"."""
    core = Core.open(Paths(tmp_data_dir), FixedClock(NOW))
    ids = {name: core.contacts.create(Contact(given_name=name, tags=["club"])) for name in PEOPLE}
    for name in ("Zoe", "Maria", "Ana"):
        core.follow_ups.add(ids[name], FRIDAY)
    core.follow_ups.add(ids["Bruno"], MONDAY)
    core.journal.log([ids[n] for n in ("Carla", "Yann", "Dora")], "call", "hi", at=LONG_AGO)
    core.journal.log([ids["Zoe"], ids["Maria"]], "call", "hi", at=dt.datetime(2026, 3, 1, 10))
    yield core
    core.close()


def _names(core: Core, ids: list[int]) -> list[str]:
    names = core.contacts.names(ids)
    return [names[i] for i in ids]


EXPECTED = {
    (ListFilter.ALL, SortOrder.NEXT_DUE): [
        "Ana", "Maria", "Zoe", "Bruno", "Carla", "Dora", "Xavier", "Yann",
    ],
    (ListFilter.DUE, SortOrder.NEXT_DUE): ["Ana", "Maria", "Zoe"],
    (ListFilter.COBWEBS, SortOrder.NEXT_DUE): ["Ana", "Bruno", "Carla", "Dora", "Xavier", "Yann"],
    (ListFilter.ALL, SortOrder.LAST_INTERACTION): [
        "Maria", "Zoe", "Carla", "Dora", "Yann", "Ana", "Bruno", "Xavier",
    ],
    (ListFilter.DUE, SortOrder.LAST_INTERACTION): ["Maria", "Zoe", "Ana"],
    (ListFilter.COBWEBS, SortOrder.LAST_INTERACTION): [
        "Carla", "Dora", "Yann", "Ana", "Bruno", "Xavier",
    ],
}  # fmt: skip


@pytest.mark.parametrize("tag", [None, "club"])
@pytest.mark.parametrize(("list_filter", "sort"), list(EXPECTED))
def test_contacts_of_one_date_or_none_come_by_name(
    ties: Core, list_filter: ListFilter, sort: SortOrder, tag: str | None
) -> None:
    """Every way the list is read agrees: the store, the worker's read, the first page."""
    expected = EXPECTED[list_filter, sort]
    listed = ties.contacts.list_ids(list_filter, sort, tag=tag)
    assert _names(ties, listed) == expected
    assert id_list_read(ties.store.path, ties.clock, list_filter, sort, tag=tag).run() == listed
    page = read_first_page(ties.store.path, list_filter, sort, NOW, tag=tag, limit=4)
    assert page is not None and page.ids == listed[:4]
    assert page.total == len(expected)


def test_archived_contacts_of_one_date_come_by_name(ties: Core) -> None:
    ids = ties.contacts.list_ids(ListFilter.ALL)
    ties.contacts.set_archived(ids, True)
    listed = ties.contacts.list_ids(ListFilter.ARCHIVED, SortOrder.LAST_INTERACTION)
    assert _names(ties, listed) == EXPECTED[ListFilter.ALL, SortOrder.LAST_INTERACTION]
    # by next follow-up all by name: archived contacts are never reminded (no row shows one)
    listed = ties.contacts.list_ids(ListFilter.ARCHIVED, SortOrder.NEXT_DUE)
    assert _names(ties, listed) == sorted(PEOPLE)


def _plan(connection: sqlite3.Connection, list_filter: ListFilter, sort: SortOrder) -> str:
    sql, params = listing.ids_sql(list_filter, sort, NOW, limit=100)
    return " | ".join(row[3] for row in connection.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_schema_15_gains_order_indexes_with_the_names(tmp_path: Path) -> None:
    """A database of schema 15: its lists come by name after the upgrade, each read by
    walking an index (a first page of 100,000 contacts sorted whole took ~100 ms)."""
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=15)
    rows = [
        (1, "Zoe", "zoe", "2026-03-05 09:00:00", None),
        (2, "Maria", "maria", "2026-03-05 09:00:00", "2026-03-01 10:00:00"),
        (3, "Ana", "ana", "2026-03-05 09:00:00", "2026-03-01 10:00:00"),
        (4, "Bruno", "bruno", None, None),
        (5, "Abel", "abel", None, None),
    ]
    connection.executemany(
        "INSERT INTO contact (id, given_name, display_name, sort_key, next_due,"
        " last_interaction, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
        [(i, name, name, key, due, last) for i, name, key, due, last in rows],
    )
    connection.commit()
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 15
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 16
        by_next = queries.list_ids(ListFilter.ALL, SortOrder.NEXT_DUE, NOW)
        assert by_next == [3, 2, 1, 5, 4]  # Ana, Maria, Zoe; then Abel, Bruno
        assert queries.list_ids(ListFilter.DUE, SortOrder.NEXT_DUE, NOW) == [3, 2, 1]
        by_last = queries.list_ids(ListFilter.ALL, SortOrder.LAST_INTERACTION, NOW)
        assert by_last == [3, 2, 5, 4, 1]
    finally:
        store.close()
    check = sqlite3.connect(path)
    try:
        for list_filter in (ListFilter.ALL, ListFilter.DUE, ListFilter.COBWEBS):
            for sort in (SortOrder.NEXT_DUE, SortOrder.LAST_INTERACTION):
                plan = _plan(check, list_filter, sort)
                if list_filter is ListFilter.DUE and sort is SortOrder.LAST_INTERACTION:
                    continue  # a few rows found by the due index, then sorted (as before)
                assert "TEMP B-TREE" not in plan, (list_filter, sort, plan)
    finally:
        check.close()
