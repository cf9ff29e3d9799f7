"""How many follow-ups are due is counted once for the same data until the next one falls due:
the status bar counts twice in the turn after a bulk change (~36 ms a count with 80,000 due
on 100,000 contacts), and the second, a moment after a first that took longer than what was
left of its second, counted again. A change, another connection's write, an earlier moment
or the next item falling due count again."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.store.models import db

D = dt.datetime


class Counts:
    """The counts of due follow-ups this thread's connection runs."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        db.connection().set_trace_callback(self.seen.append)

    @property
    def made(self) -> int:
        return sum(sql.startswith("SELECT count(*) FROM follow_up f WHERE") for sql in self.seen)

    def stop(self) -> None:
        db.connection().set_trace_callback(None)


@pytest.fixture
def counts() -> Iterator[Counts]:
    watching = Counts()
    yield watching
    watching.stop()


def person(core: Core, name: str) -> int:
    return core.contacts.create(Contact(given_name=name))


def test_the_count_holds_until_the_next_item_falls_due(
    core: Core, clock: FixedClock, counts: Counts
) -> None:
    follow_ups = core.follow_ups
    now = clock.now()
    follow_ups.add(person(core, "Ana"), now - dt.timedelta(days=1), "Overdue")
    follow_ups.add(person(core, "Bob"), now + dt.timedelta(hours=2), "Later")
    assert follow_ups.count_due(now) == 1
    later = now + dt.timedelta(seconds=1, microseconds=500)  # the status bar's second count
    assert follow_ups.count_due(later) == 1
    assert follow_ups.count_due(now + dt.timedelta(hours=1, minutes=59)) == 1
    assert counts.made == 1
    assert follow_ups.count_due(now + dt.timedelta(hours=2)) == 2  # Bob's has fallen due
    assert counts.made == 2
    assert follow_ups.count_due(now) == 1  # an earlier moment: counted again
    assert counts.made == 3


def test_a_change_to_the_data_gives_the_new_count(core: Core, clock: FixedClock) -> None:
    follow_ups = core.follow_ups
    now = clock.now()
    ana = person(core, "Ana")
    first = follow_ups.add(ana, now - dt.timedelta(days=1), "Overdue")
    assert follow_ups.count_due(now) == 1
    follow_ups.add(person(core, "Bob"), now - dt.timedelta(hours=1), "Due")
    assert follow_ups.count_due(now) == 2
    core.contacts.set_archived([ana], True)  # archived contacts are never counted
    assert follow_ups.count_due(now) == 1
    core.contacts.set_archived([ana], False)
    follow_ups.snooze(first, now + dt.timedelta(days=1))
    assert follow_ups.count_due(now) == 1
    assert follow_ups.count_due(now + dt.timedelta(days=1)) == 2  # the snooze is over


def test_a_write_by_another_connection_gives_the_new_count(core: Core, clock: FixedClock) -> None:
    follow_ups = core.follow_ups
    now = clock.now()
    follow_ups.add(person(core, "Ana"), now - dt.timedelta(days=1), "Overdue")
    bob = person(core, "Bob")
    assert follow_ups.count_due(now) == 1

    def elsewhere() -> None:
        try:
            follow_ups.add(bob, now - dt.timedelta(hours=1), "From the worker")
        finally:
            core.store.close_own()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join(30)
    assert follow_ups.count_due(now) == 2
