"""A broad search's first page is read alone (``search_first``): the keystroke lists a
screenful of matches and a worker reads the rest (``SearchRead``), which must begin with the
very same ids, whichever way the matches are ordered."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import bulk, search

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _people(core: Core, contacts: list[Contact]) -> list[int]:
    """Written as an import writes them (display names, sort keys), in three batches of
    interleaved names: each batch is numbered in name order, so the ids of all of them are
    not (index order and name order differ, as in any address book grown over time)."""
    for contact in contacts:
        core.contacts.prepare(contact)
    ids: list[int] = []
    for batch in range(3):
        with bulk.write_transaction():
            ids += bulk.insert_contacts([(c, None) for c in contacts[batch::3]], NOW)
    return ids


@pytest.fixture
def crowd(core: Core) -> list[int]:
    """1,400 people named "Mar… Ruiz" (more than NAME_SORT_LIMIT name matches: listed in
    index order), 220 named "Zo… Ng" and 150 more only working at "Zoo Ltd" ("zo": the names
    sorted, then the others)."""
    people = [Contact(given_name=f"Mar{n:04}", family_name="Ruiz") for n in range(1_400)]
    people += [Contact(given_name=f"Zo{n:03}", family_name="Ng") for n in range(220, 0, -1)]
    people += [Contact(given_name=f"Worker{n}", organization="Zoo Ltd") for n in range(150)]
    return _people(core, people)


def test_the_sorted_names_are_not_in_index_order(core: Core, crowd: list[int]) -> None:
    """(The premise of the tests below: a first page read in index order where the names
    are sorted, or sorted alone, would differ from the whole result's.)"""
    named = search.search_ids("zo", limit=1_001)[:220]
    assert named != sorted(named)


@pytest.mark.parametrize("text", ["mar", "zo", "r"])
def test_the_first_page_begins_the_whole_result(core: Core, crowd: list[int], text: str) -> None:
    whole = search.search_ids(text, limit=1_001)
    assert len(whole) > 100  # (the test's premise: more than a page match)
    first, complete = search.search_first(text, first=100, limit=1_001)
    assert not complete
    assert first == whole[:100]


def test_a_search_that_fits_in_the_first_page_is_whole(core: Core, crowd: list[int]) -> None:
    first, complete = search.search_first("mar0012", first=100, limit=1_001)
    assert complete
    assert first == search.search_ids("mar0012", limit=1_001) != []


def test_few_matches_are_ranked_all_together_and_returned_whole(
    core: Core, crowd: list[int]
) -> None:
    """At most RANK_LIMIT matches are ranked (bm25): the best may be last in the index, so
    they are read whole at once (220 "Ng" people: more than a page, fewer than the limit)."""
    whole = search.search_ids("ng", limit=1_001)
    assert 100 < len(whole) <= search.RANK_LIMIT
    assert search.search_first("ng", first=100, limit=1_001) == (whole, True)


def test_archived_contacts_are_left_out_of_both_reads(core: Core, crowd: list[int]) -> None:
    archived = set(crowd[:50])
    core.contacts.set_archived(sorted(archived), True)
    first, complete = search.search_first("mar", first=100, limit=1_001)
    whole = search.search_ids("mar", limit=1_001)
    assert not complete and first == whole[:100]
    assert archived.isdisjoint(whole)
    with_archived = search.search_ids("mar", limit=1_001, include_archived=True)
    assert archived <= set(with_archived)


def test_the_worker_reads_the_same_result_on_a_connection_of_its_own(
    core: Core, crowd: list[int]
) -> None:
    for text in ("mar", "zo", "zo0", "ng"):
        read = search.SearchRead(core.store.path, text, limit=1_001, include_archived=False)
        found: list[list[int]] = []
        worker = threading.Thread(target=lambda r=read, f=found: f.append(r.run()))
        worker.start()
        worker.join()
        assert found == [search.search_ids(text, limit=1_001)]


def test_a_cancelled_read_returns_nothing(core: Core, crowd: list[int]) -> None:
    from netdesk.store.id_list import ReadCancelled

    read = search.SearchRead(core.store.path, "mar", limit=1_001, include_archived=False)
    read.cancel()
    with pytest.raises(ReadCancelled):
        read.run()


def test_the_worker_reads_a_name_that_is_not_utf8_as_the_window_does(core: Core) -> None:
    """Another program's write, a damaged page: the window's connection reads such a name
    with U+FFFD; the worker's raised, and the whole search was read again on the GUI thread."""
    from netdesk.store.models import db

    ids = [core.contacts.create(Contact(given_name="Zed", family_name=f"N{n}")) for n in range(3)]
    db.execute_sql(
        "UPDATE contact SET display_name = CAST(X'5A6564FF' AS TEXT) WHERE id = ?", (ids[1],)
    )
    read = search.SearchRead(core.store.path, "zed", limit=1_001, include_archived=False)
    assert read.run() == search.search_ids("zed", limit=1_001)
    assert sorted(read.run()) == sorted(ids)
