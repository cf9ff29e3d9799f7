"""A whole list's ids read on a connection of its own (netdesk.store.id_list)."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import sqlite3
import threading

import pytest

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.listing import (
    IdListError,
    ListFilter,
    ReadCancelled,
    SortOrder,
    id_list_read,
)
from netdesk.core.types import Contact, PartialDate
from netdesk.store import id_list


@pytest.fixture
def varied(core: Core, clock: FixedClock) -> Core:
    """60 contacts in no order: talked to long ago, lately or never, some due, archived,
    tagged, imported today, with an origin or without."""
    chooser = random.Random(7)
    names = [f"{chooser.choice('ABCDEFGH')}{n:02d}" for n in range(60)]
    chooser.shuffle(names)
    for n, name in enumerate(names):
        contact_id = core.contacts.create(
            Contact(
                given_name=name,
                met_at="work" if n % 4 == 0 else "",
                met_on=PartialDate(2020) if n % 7 == 0 else None,
                keep_in_touch_days=(7, 30, None)[n % 3],
                source_date=clock.now() if n % 5 == 0 else None,
                tags=["club"] if n % 2 else [],
            )
        )
        if n % 6:
            days = chooser.randint(1, 400)
            core.journal.log([contact_id], "call", "hi", at=clock.now() - dt.timedelta(days=days))
        if n % 11 == 0:
            core.contacts.set_archived([contact_id], True)
    return core


@pytest.mark.parametrize("tag", [None, "club"])
@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("list_filter", list(ListFilter))
def test_the_ids_are_those_of_the_list_in_its_order(
    varied: Core, clock: FixedClock, list_filter: ListFilter, sort: SortOrder, tag: str | None
) -> None:
    read = id_list_read(varied.store.path, clock, list_filter, sort, tag=tag)
    expected = varied.contacts.list_ids(list_filter, sort, tag=tag)
    assert read.run() == expected
    assert expected  # something to compare, not two empty lists


def test_a_search_in_a_list_keeps_its_matches_in_its_order(varied: Core, clock: FixedClock) -> None:
    """What the list shows for a search inside a filter or tag, read on the worker."""
    for list_filter, sort, tag, text in itertools.product(
        ListFilter, SortOrder, (None, "club"), ("a", "b0 ", "work", "zz", "!")
    ):
        archived = list_filter is ListFilter.ARCHIVED
        read = id_list_read(varied.store.path, clock, list_filter, sort, tag=tag, search=text)
        matching = varied.contacts.matching(text, include_archived=archived)
        listed = varied.contacts.list_ids(list_filter, sort, tag=tag)
        assert read.run() == [i for i in listed if i in matching], (list_filter, sort, tag, text)


def test_many_ids_are_turned_into_ints_a_slice_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(id_list, "SLICE", 3)
    assert id_list._ints("5,3,9,1,7,2,8") == [5, 3, 9, 1, 7, 2, 8]
    assert id_list._ints(None) == []


def test_a_read_cancelled_before_it_starts_opens_nothing(core: Core, clock: FixedClock) -> None:
    read = id_list_read(core.store.path, clock)
    read.cancel()
    with pytest.raises(ReadCancelled):
        read.run()


def test_a_read_cancelled_while_it_runs_is_interrupted(core: Core, clock: FixedClock) -> None:
    """A query that would run for ever (a recursive count) stops at cancel()."""
    read = id_list.IdListRead(
        core.store.path,
        "WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n) SELECT id FROM n",
        [],
    )
    failed: list[BaseException] = []

    def run() -> None:
        try:
            read.run()
        except BaseException as error:
            failed.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    while read._connection is None and thread.is_alive():  # opened, and reading
        thread.join(0.001)
    read.cancel()
    thread.join(10)
    assert not thread.is_alive()
    assert len(failed) == 1 and isinstance(failed[0], ReadCancelled)


def test_a_database_gone_from_its_place_fails_with_its_name(core: Core, clock: FixedClock) -> None:
    read = id_list_read(core.store.path.with_name("gone.sqlite3"), clock)
    with pytest.raises(IdListError, match=r"gone\.sqlite3"):
        read.run()
    assert not core.store.path.with_name("gone.sqlite3").exists()  # never made


def test_a_cancel_just_before_the_query_starts_still_stops_it(core: Core) -> None:
    """interrupt() on a connection with no statement running yet is lost: a cancel between
    the open and the execute let the read run to its end."""

    class CancelledBeforeTheQuery(id_list.IdListRead):
        @property  # type: ignore[override]
        def _connection(self) -> sqlite3.Connection | None:
            return self.__dict__.get("connection")

        @_connection.setter
        def _connection(self, value: sqlite3.Connection | None) -> None:
            self.__dict__["connection"] = value
            if value is not None:  # what cancel() does, arriving before the execute
                self._cancelled = True
                value.interrupt()

    read = CancelledBeforeTheQuery(
        core.store.path,
        "WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n WHERE id < 20000000)"
        " SELECT id FROM n",
        [],
    )
    with pytest.raises(ReadCancelled):
        read.run()
