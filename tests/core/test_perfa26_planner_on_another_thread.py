"""The planner's parts for a check made on another thread: whether a plan records many (counted
no further than that), and a detached copy whose knowledge comes back only if nothing changed."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core, reminders
from netdesk.core.clock import FixedClock
from netdesk.core.reminders import QuietHours, ReminderPlanner
from netdesk.core.types import Contact

NO_QUIET = QuietHours(dt.time(0, 0), dt.time(0, 0))
D = dt.datetime


def due_in_five_minutes(core: Core, clock: FixedClock, count: int) -> list[int]:
    """``count`` contacts, each with a follow-up due in five minutes; their ids."""
    made = []
    for n in range(count):
        contact_id = core.contacts.create(Contact(given_name=f"P{n}"))
        core.follow_ups.add(contact_id, clock.now() + dt.timedelta(minutes=5), "Call")
        made.append(contact_id)
    return made


@pytest.fixture
def three_are_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reminders, "MANY_TO_RECORD", 3)


def test_many_is_more_than_many_to_record_unannounced_and_active(
    core: Core, clock: FixedClock, three_are_many: None
) -> None:
    ids = due_in_five_minutes(core, clock, 3)
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    clock.advance(minutes=10)
    assert not planner.records_many(clock.now())  # three: not more than three
    late = core.contacts.create(Contact(given_name="Late"))
    core.follow_ups.add(late, clock.now() + dt.timedelta(minutes=1), "Later")
    assert not planner.records_many(clock.now())  # the fourth is not due yet
    clock.advance(minutes=1)
    assert planner.records_many(clock.now())
    core.contacts.set_archived([ids[0]], True)  # archived contacts are never reminded
    assert not planner.records_many(clock.now())
    core.contacts.set_archived([ids[0]], False)
    planner.take()
    assert not planner.records_many(clock.now())  # all recorded as announced
    planner.forget()
    assert not planner.records_many(clock.now())  # and not counted again from the start


def test_held_by_quiet_hours_a_plan_records_nothing_so_it_is_never_many(
    core: Core, clock: FixedClock, three_are_many: None
) -> None:
    due_in_five_minutes(core, clock, 5)
    clock.advance(minutes=10)
    quiet_now = QuietHours(clock.now().time(), (clock.now() + dt.timedelta(hours=1)).time())
    assert not ReminderPlanner(core, quiet_hours=quiet_now).records_many(clock.now())
    assert ReminderPlanner(core, quiet_hours=NO_QUIET).records_many(clock.now())


def test_a_detached_copys_record_is_taken_back_when_nothing_changed(
    core: Core, clock: FixedClock
) -> None:
    due_in_five_minutes(core, clock, 2)
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    clock.advance(minutes=10)
    copy = planner.detached()
    copy.record(copy.plan())
    assert planner.plan().since is None  # the planner itself has not learned it yet
    assert planner.adopt(copy)
    assert planner.plan().since == clock.now()  # looks only past the copy's look now


def test_a_change_while_the_copy_worked_keeps_everything_looked_at(
    core: Core, clock: FixedClock
) -> None:
    """An item moved into the past (before the copy's look) while the copy recorded on the
    worker: taking the copy's "everything due by now was announced" would never announce it."""
    due_in_five_minutes(core, clock, 2)
    bea = core.contacts.create(Contact(given_name="Bea"))
    moved = core.follow_ups.add(bea, clock.now() + dt.timedelta(days=3), "Send the deck")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    clock.advance(minutes=10)
    copy = planner.detached()
    copy.record(copy.plan())
    core.follow_ups.reschedule(moved, clock.now() - dt.timedelta(minutes=1))
    planner.forget()  # the notifier hears of the change
    assert not planner.adopt(copy)
    clock.advance(minutes=1)
    assert [r.note for r in planner.plan().notify] == ["Send the deck"]


def test_the_copy_plans_with_the_planners_settings_and_knowledge(
    core: Core, clock: FixedClock
) -> None:
    paused = clock.now() + dt.timedelta(hours=2)
    planner = ReminderPlanner(
        core, quiet_hours=NO_QUIET, paused_until=paused, started_at=D(2026, 3, 1)
    )
    due_in_five_minutes(core, clock, 1)
    clock.advance(minutes=10)
    copy = planner.detached()
    assert (copy.quiet_hours, copy.paused_until, copy.started_at) == (
        NO_QUIET,
        paused,
        D(2026, 3, 1),
    )
    assert copy.plan().next_wakeup == paused  # held by the pause, as the planner's plan is
    assert copy.core is planner.core
