"""When the next follow-up falls due is read once for the same data: the status bar, the tray,
the list and the reminders each ask after a change (up to ~17 ms a time on 100,000 contacts
with nearly all archived). Any change to the data, here or by another connection, and any
moment it does not answer for, read it again."""

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


class Reads:
    """The statements that read the next due time, as this thread's connection runs them."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        db.connection().set_trace_callback(self.seen.append)

    @property
    def count(self) -> int:
        return sum(sql.startswith("SELECT min(f.effective_due)") for sql in self.seen)

    def stop(self) -> None:
        db.connection().set_trace_callback(None)


@pytest.fixture
def next_due_reads() -> Iterator[Reads]:
    watching = Reads()
    yield watching
    watching.stop()


def person(core: Core, name: str) -> int:
    return core.contacts.create(Contact(given_name=name))


def test_the_same_data_is_asked_once_and_later_moments_up_to_the_answer_too(
    core: Core, clock: FixedClock, next_due_reads: Reads
) -> None:
    core.follow_ups.add(person(core, "Ana"), D(2026, 3, 5, 10), "Call")
    core.follow_ups.add(person(core, "Bob"), D(2026, 3, 9, 10), "Write")
    follow_ups = core.follow_ups
    now = clock.now()
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)
    assert follow_ups.next_due_after(D(2026, 3, 5, 9, 59)) == D(2026, 3, 5, 10)
    assert next_due_reads.count == 1
    # at the answer itself and past it, what comes after it is read
    assert follow_ups.next_due_after(D(2026, 3, 5, 10)) == D(2026, 3, 9, 10)
    assert next_due_reads.count == 2
    # an earlier moment than the one asked about may have items between: read again
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)
    assert next_due_reads.count == 3
    assert follow_ups.next_due_after(D(2026, 3, 9, 10)) is None
    assert follow_ups.next_due_after(D(2026, 4, 1)) is None  # nothing after: holds too
    assert next_due_reads.count == 4


def test_a_change_to_the_data_gives_the_new_answer(core: Core, clock: FixedClock) -> None:
    follow_ups = core.follow_ups
    now = clock.now()
    ana = person(core, "Ana")
    first = follow_ups.add(ana, D(2026, 3, 5, 10), "Call")
    follow_ups.add(person(core, "Bob"), D(2026, 3, 9, 10), "Write")
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)
    follow_ups.add(person(core, "Cleo"), D(2026, 3, 4, 8), "Lunch")  # an earlier one
    assert follow_ups.next_due_after(now) == D(2026, 3, 4, 8)
    follow_ups.delete(follow_ups.due(D(2026, 3, 4, 8))[0].id or 0)
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)
    core.contacts.set_archived([ana], True)  # archived contacts are never reminded
    assert follow_ups.next_due_after(now) == D(2026, 3, 9, 10)
    core.contacts.set_archived([ana], False)
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)
    follow_ups.snooze(first, D(2026, 3, 20, 9))  # put off past Bob's
    assert follow_ups.next_due_after(now) == D(2026, 3, 9, 10)


def test_a_write_by_another_connection_gives_the_new_answer(core: Core, clock: FixedClock) -> None:
    """A worker (its own connection), or netdesk-cli, adds an earlier item."""
    follow_ups = core.follow_ups
    now = clock.now()
    follow_ups.add(person(core, "Ana"), D(2026, 3, 5, 10), "Call")
    bob = person(core, "Bob")
    assert follow_ups.next_due_after(now) == D(2026, 3, 5, 10)

    def elsewhere() -> None:
        try:
            follow_ups.add(bob, D(2026, 3, 3, 9), "From the worker")
        finally:
            core.store.close_own()

    worker = threading.Thread(target=elsewhere)
    worker.start()
    worker.join(30)
    assert follow_ups.next_due_after(now) == D(2026, 3, 3, 9)
