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


def _people(contacts: list[Contact]) -> list[int]:
    with bulk.write_transaction():
        return bulk.insert_contacts([(c, None) for c in contacts], NOW)


@pytest.fixture
def crowd(core: Core) -> list[int]:
    """1,400 people named "Mar… Ruiz" (more than NAME_SORT_LIMIT name matches: listed in
    index order), 220 named "Zo… Ng" and 150 more only working at "Zoo Ltd" ("zo": the names
    sorted, then the others)."""
    people = [Contact(given_name=f"Mar{n:04}", family_name="Ruiz") for n in range(1_400)]
    people += [Contact(given_name=f"Zo{n:03}", family_name="Ng") for n in range(220, 0, -1)]
    people += [Contact(given_name=f"Worker{n}", organization="Zoo Ltd") for n in range(150)]
    return _people(people)


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
