"""One contact changed finds its row in a list read before (netdesk.store.id_list.PlaceRead)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.listing import ListFilter, SortOrder, id_list_read
from netdesk.core.types import Contact, PartialDate
from netdesk.store import id_list


@pytest.fixture
def varied(core: Core, clock: FixedClock) -> Core:
    """60 contacts in no order: talked to long ago, lately or never, some due, archived,
    tagged, imported today, with an origin or without, some of them namesakes."""
    chooser = random.Random(20)
    for n in range(60):
        contact_id = core.contacts.create(
            Contact(
                given_name=f"{chooser.choice('ABCDEFGH')}{chooser.randint(0, 9)}",
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


def change(core: Core, clock: FixedClock, contact_id: int, step: int) -> None:
    """One contact changed as a card saved or an interaction logged changes it."""
    chooser = random.Random(step)
    contact = core.contacts.get(contact_id)
    assert contact is not None
    kind = step % 5
    if kind == 0:  # renamed: another place by name
        name = f"{chooser.choice('ABCDEFGH')}{chooser.randint(0, 9)}"
        core.contacts.update(dataclasses.replace(contact, given_name=name))
    elif kind == 1:  # talked to: another place by last interaction, maybe due no more
        days = chooser.randint(0, 500)
        core.journal.log([contact_id], "call", "hi", at=clock.now() - dt.timedelta(days=days))
    elif kind == 2:  # archived, or back from the archive
        core.contacts.set_archived([contact_id], not contact.archived)
    elif kind == 3:  # another rhythm: another next follow-up
        cadence = chooser.choice((1, 7, 90, None))
        core.contacts.update(dataclasses.replace(contact, keep_in_touch_days=cadence))
    else:  # its notes alone: the same place
        core.contacts.update(dataclasses.replace(contact, notes=f"saved {step}"))


@pytest.mark.parametrize("tag", [None, "club"])
@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("list_filter", list(ListFilter))
def test_a_contact_changed_goes_where_a_new_read_of_the_list_puts_it(
    varied: Core, clock: FixedClock, list_filter: ListFilter, sort: SortOrder, tag: str | None
) -> None:
    everyone = varied.contacts.list_ids(ListFilter.ALL) + varied.contacts.list_ids(
        ListFilter.ARCHIVED
    )
    moved = kept = left_out = 0
    for step, contact_id in enumerate(everyone[::2]):
        before = varied.contacts.list_ids(list_filter, sort, tag=tag)
        row = before.index(contact_id) if contact_id in before else -1
        change(varied, clock, contact_id, step)
        after = varied.contacts.list_ids(list_filter, sort, tag=tag)
        read = id_list_read(varied.store.path, clock, list_filter, sort, tag=tag)
        place = read.place(contact_id, before, row).run()
        assert place == (after.index(contact_id) if contact_id in after else -1), step
        assert [i for i in after if i != contact_id] == [i for i in before if i != contact_id]
        moved += place >= 0 and place != row
        kept += place >= 0 and place == row
        left_out += place < 0
    assert kept and left_out  # each kind of answer given
    assert moved or list_filter is not ListFilter.ALL


def test_a_contact_placed_among_many_takes_a_few_queries(
    varied: Core, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compared with a few contacts at a time, the range narrowing each time: its place in a
    list of 50 found four at a time, as it is found 64 at a time in one of 100,000."""
    monkeypatch.setattr(id_list, "PROBES", 4)
    before = varied.contacts.list_ids()
    contact_id = before[len(before) // 2]
    contact = varied.contacts.get(contact_id)
    assert contact is not None
    for name in ("A", "Zz", "D5", "B0"):
        contact = dataclasses.replace(contact, given_name=name)
        varied.contacts.update(contact)
        after = varied.contacts.list_ids()
        read = id_list_read(varied.store.path, clock)
        assert read.place(contact_id, before, before.index(contact_id)).run() == after.index(
            contact_id
        )
        before = after


def test_a_list_that_is_not_the_files_any_more_is_not_placed_in(
    varied: Core, clock: FixedClock
) -> None:
    """Another contact changed too (or is gone): the list is no longer in the file's order,
    and only a new read of it says where each goes."""
    before = varied.contacts.list_ids()
    first, last = before[0], before[-1]
    for contact_id, name in ((first, "Zzz"), (last, "Aaa")):
        contact = varied.contacts.get(contact_id)
        assert contact is not None
        varied.contacts.update(dataclasses.replace(contact, given_name=name))
    read = id_list_read(varied.store.path, clock)
    assert read.place(first, before, 0).run() is None
    varied.contacts.delete([last])
    assert read.place(first, before, 0).run() is None
