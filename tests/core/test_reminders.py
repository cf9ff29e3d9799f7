"""Reminder rules with an injected clock: what is announced when, and never twice."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from netdesk.core import Core, reminders
from netdesk.core.birthdays import occasions_between
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.reminders import (
    MISSED_SHOWN,
    QuietHours,
    ReminderPlanner,
    days_late,
    follow_up_key,
    later_today,
    next_week,
    tomorrow_morning,
)
from netdesk.core.types import Contact, PartialDate
from netdesk.store import migrations
from netdesk.store.models import db

NO_QUIET = QuietHours(dt.time(0, 0), dt.time(0, 0))
D = dt.datetime


def person(core: Core, name: str, **fields: object) -> int:
    return core.contacts.create(Contact(given_name=name, **fields))  # type: ignore[arg-type]


def test_cadence_is_due_from_the_last_interaction(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana", keep_in_touch_days=30)
    clock.advance(days=10)
    core.journal.log([ana], "call", "Caught up")
    (item,) = core.follow_ups.of_contact(ana)
    assert item.due == D(2026, 4, 11)  # 12 March + 30 days, on the day
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    assert planner.plan().next_wakeup == D(2026, 3, 13)  # nothing due: next midnight first
    clock.set(D(2026, 4, 10, 23, 59))
    assert planner.plan().next_wakeup == D(2026, 4, 11)
    clock.set(D(2026, 4, 11, 0, 0))
    plan = planner.plan()
    assert [(r.display_name, r.note) for r in plan.notify] == [("Ana", "Keep in touch")]


def test_contact_cadence_wins_over_tag_default(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana", tags=["clients"])
    bob = person(core, "Bob", tags=["clients"], keep_in_touch_days=60)
    core.tags.set_cadence("clients", 14)
    due = {f.contact_id: f.due for f in core.follow_ups.upcoming(days=90)}
    assert due == {ana: D(2026, 3, 16), bob: D(2026, 5, 1)}
    clock.set(D(2026, 3, 16, 10))
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=D(2026, 3, 2))
    assert [r.contact_id for r in planner.plan().notify] == [ana]


def test_one_off_follow_up_is_announced_once_at_its_time(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 6, 10), "Send the proposal")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    assert planner.take().empty
    assert planner.plan().next_wakeup == D(2026, 3, 3)  # midnight comes first
    clock.set(D(2026, 3, 6, 0, 0))
    assert planner.take().next_wakeup == D(2026, 3, 6, 10)
    clock.set(D(2026, 3, 6, 10))
    plan = planner.take()
    assert [r.note for r in plan.notify] == ["Send the proposal"]
    clock.advance(minutes=1)
    assert planner.take().empty  # never the same notification twice


def test_no_duplicate_across_a_restart(tmp_data_dir: Path, clock: FixedClock) -> None:
    first = Core.open(Paths(tmp_data_dir), clock)
    ana = person(first, "Ana")
    first.follow_ups.add(ana, D(2026, 3, 2, 10), "Call back")
    clock.set(D(2026, 3, 2, 10, 5))
    assert len(ReminderPlanner(first, quiet_hours=NO_QUIET).take().notify) == 1
    first.close()
    clock.advance(minutes=1)
    again = Core.open(Paths(tmp_data_dir), clock)
    try:
        assert ReminderPlanner(again, quiet_hours=NO_QUIET).take().empty
    finally:
        again.close()


def test_snooze_comes_back_when_it_ends(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    item_id = core.follow_ups.add(ana, D(2026, 3, 2, 9), "Ask about the job")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=D(2026, 3, 2, 8))
    assert len(planner.take().notify) == 1
    snoozed = core.follow_ups.snooze(item_id, later_today(clock.now()))
    assert snoozed.effective_due == D(2026, 3, 2, 12)
    plan = planner.take()
    assert plan.empty
    assert plan.next_wakeup == D(2026, 3, 2, 12)
    clock.set(D(2026, 3, 2, 12))
    plan = planner.take()
    assert [r.key for r in plan.notify] == [f"followup:{item_id}:2026-03-02T12:00:00"]


def test_skip_moves_a_cadence_one_cycle(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana", keep_in_touch_days=7)
    clock.set(D(2026, 3, 9, 9))
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=D(2026, 3, 9, 8))
    (due,) = planner.take().notify
    assert due.follow_up_id is not None
    core.follow_ups.skip(due.follow_up_id)
    assert core.follow_ups.count_due() == 0
    assert planner.plan().next_wakeup == D(2026, 3, 10)
    clock.set(D(2026, 3, 16, 0, 0))
    assert [r.contact_id for r in planner.take().notify] == [ana]


def test_done_restarts_the_cadence(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana", keep_in_touch_days=7)
    clock.set(D(2026, 3, 10, 9))
    (item,) = core.follow_ups.due()
    assert item.id is not None
    core.journal.complete(item.id, "Kept in touch")
    (again,) = core.follow_ups.of_contact(ana)
    assert again.due == D(2026, 3, 17)


def test_quiet_hours_wrap_midnight() -> None:
    quiet = QuietHours.parse("21:00", "08:00")
    assert quiet.contains(D(2026, 3, 2, 22))
    assert quiet.contains(D(2026, 3, 3, 7, 59))
    assert not quiet.contains(D(2026, 3, 3, 8))
    assert not quiet.contains(D(2026, 3, 2, 20, 59))
    assert quiet.ends_after(D(2026, 3, 2, 22)) == D(2026, 3, 3, 8)
    assert quiet.ends_after(D(2026, 3, 3, 1)) == D(2026, 3, 3, 8)
    daytime = QuietHours.parse("12:00", "13:30")
    assert daytime.contains(D(2026, 3, 2, 12, 15))
    assert not daytime.contains(D(2026, 3, 2, 13, 30))
    assert QuietHours.parse("nonsense", "8:00") == QuietHours(dt.time(21), dt.time(8))


def test_quiet_hours_hold_notifications_until_they_end(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 2, 22, 30), "Wish luck for the talk")
    planner = ReminderPlanner(core, quiet_hours=QuietHours.parse("21:00", "08:00"))
    assert planner.plan().next_wakeup == D(2026, 3, 2, 22, 30)
    clock.set(D(2026, 3, 2, 22, 30))
    plan = planner.take()
    assert plan.empty
    assert plan.next_wakeup == D(2026, 3, 3, 8)
    clock.set(D(2026, 3, 3, 8))
    assert [r.contact_id for r in planner.take().notify] == [ana]


def test_pause_holds_notifications(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 2, 9, 30), "Reply")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, paused_until=D(2026, 3, 2, 10))
    clock.set(D(2026, 3, 2, 9, 30))
    plan = planner.take()
    assert plan.empty
    assert plan.next_wakeup == D(2026, 3, 2, 10)
    clock.set(D(2026, 3, 2, 10))
    assert len(planner.take().notify) == 1


def test_pause_until_tomorrow_then_quiet_hours(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 2, 9, 30), "Reply")
    clock.set(D(2026, 3, 2, 9, 30))
    planner = ReminderPlanner(
        core, quiet_hours=QuietHours.parse("21:00", "08:00"), paused_until=D(2026, 3, 3)
    )
    assert planner.plan().next_wakeup == D(2026, 3, 3, 8)  # the pause ends inside quiet hours


def test_birthday_after_midnight_with_age(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana", birthday=PartialDate(1986, 3, 3))
    bob = person(core, "Bob", birthday=PartialDate(None, 3, 3), anniversary=PartialDate(2010, 3, 3))
    person(core, "Cy", birthday=PartialDate(1990, 3, 4))
    clock.set(D(2026, 3, 2, 23, 0))
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    plan = planner.take()
    assert plan.empty
    assert plan.next_wakeup == D(2026, 3, 3)  # the date change: a new day's birthdays
    clock.set(D(2026, 3, 3, 0, 0, 1))
    found = {(r.contact_id, r.kind, r.years) for r in planner.take().notify}
    assert found == {(ana, "birthday", 40), (bob, "birthday", None), (bob, "anniversary", 16)}
    assert planner.take().empty


def test_birthdays_shown_today_are_not_shown_again_after_a_restart(
    core: Core, clock: FixedClock
) -> None:
    """Today's shown occasions are looked up all at once in the record of what was shown."""
    for n in range(600):  # more than one lookup's worth
        person(core, f"P{n}", birthday=PartialDate(1980 + n % 30, 3, 3))
    clock.set(D(2026, 3, 3, 10, 0))
    plan = ReminderPlanner(core, quiet_hours=NO_QUIET).take()  # shown, and recorded
    assert len(plan.notify) == 600
    person(core, "Late", birthday=PartialDate(1999, 3, 3))  # added after the first were shown
    again = ReminderPlanner(core, quiet_hours=NO_QUIET).take()  # the app started again
    assert [r.display_name for r in again.notify] == ["Late"]


def test_birthday_waits_for_the_end_of_quiet_hours(core: Core, clock: FixedClock) -> None:
    person(core, "Ana", birthday=PartialDate(1986, 3, 3))
    clock.set(D(2026, 3, 3, 0, 0))
    planner = ReminderPlanner(core)  # default quiet hours 21:00-08:00
    plan = planner.take()
    assert plan.empty
    assert plan.next_wakeup == D(2026, 3, 3, 8)
    clock.set(D(2026, 3, 3, 8))
    assert [r.years for r in planner.take().notify] == [40]


def test_leap_day_birthday_on_the_28th_in_common_years(core: Core) -> None:
    ana = person(core, "Ana", birthday=PartialDate(2000, 2, 29))
    found = occasions_between(core.follow_ups, dt.date(2027, 2, 27), 3)
    assert [(o.contact_id, o.date, o.years) for o in found] == [(ana, dt.date(2027, 2, 28), 27)]


def test_clock_jump_forward_announces_what_became_due(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 2, 15), "Ask for the intro")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    assert planner.take().next_wakeup == D(2026, 3, 2, 15)
    clock.set(D(2026, 3, 2, 18))  # the machine slept through the timer
    plan = planner.take()
    assert [r.note for r in plan.notify] == ["Ask for the intro"]
    assert plan.missed == []  # due while netdesk ran: not "while closed"


def test_clock_jump_backward_reschedules(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 2, 15), "Ask for the intro")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    clock.set(D(2026, 3, 1, 23))
    plan = planner.take()
    assert plan.empty
    assert plan.next_wakeup == D(2026, 3, 2)


def test_missed_items_are_summarised_once(core: Core, clock: FixedClock) -> None:
    ids = [person(core, name) for name in ("Ana", "Bob", "Cy", "Dee")]
    for n, contact_id in enumerate(ids):
        core.follow_ups.add(contact_id, D(2026, 3, 3, 9 + n), f"item {n}")
    late = person(core, "Eve")
    core.follow_ups.add(late, D(2026, 3, 4, 10), "later")
    clock.set(D(2026, 3, 4, 9))  # netdesk starts after all four fell due
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    plan = planner.take()
    assert [r.contact_id for r in plan.missed] == ids
    assert plan.notify == []
    assert planner.take().empty
    clock.set(D(2026, 3, 4, 10))
    plan = planner.take()
    assert ([r.contact_id for r in plan.notify], plan.missed) == ([late], [])


def test_one_missed_item_is_announced_by_name(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    core.follow_ups.add(ana, D(2026, 3, 1, 9), "Thank for dinner")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    plan = planner.take()
    assert ([r.contact_id for r in plan.notify], plan.missed) == ([ana], [])


def test_archived_and_done_items_are_not_announced(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana")
    bob = person(core, "Bob")
    core.follow_ups.add(ana, D(2026, 3, 2, 8), "Old")
    done = core.follow_ups.add(bob, D(2026, 3, 2, 8), "Done already")
    core.follow_ups.mark_done(done)
    core.contacts.set_archived([ana], True)
    assert ReminderPlanner(core, quiet_hours=NO_QUIET).plan().empty


def test_key_and_snooze_choices() -> None:
    monday = D(2026, 3, 2, 16, 20)
    assert later_today(monday) == D(2026, 3, 2, 19, 20)
    assert tomorrow_morning(monday) == D(2026, 3, 3, 9)
    assert next_week(monday) == D(2026, 3, 9, 9)
    assert next_week(D(2026, 3, 8, 23)) == D(2026, 3, 9, 9)  # Sunday: the next day
    assert days_late(D(2026, 2, 27, 23), monday) == 3
    assert days_late(D(2026, 3, 2, 23), monday) == 0


def test_snooze_choices_at_odd_hours() -> None:
    """At 0:30 "tomorrow" is the coming morning for the user, not the next calendar day 32
    hours away; "later today" lands after midnight from 21:00 and is not offered then."""
    assert tomorrow_morning(D(2026, 3, 3, 0, 30)) == D(2026, 3, 3, 9)
    assert tomorrow_morning(D(2026, 3, 3, 4, 59)) == D(2026, 3, 3, 9)
    assert tomorrow_morning(D(2026, 3, 3, 5)) == D(2026, 3, 4, 9)
    assert tomorrow_morning(D(2026, 3, 2, 23, 59)) == D(2026, 3, 3, 9)
    assert reminders.offers_later_today(D(2026, 3, 2, 20, 59))
    assert not reminders.offers_later_today(D(2026, 3, 2, 21))
    assert not reminders.offers_later_today(D(2026, 3, 3, 0, 30))
    assert reminders.offers_later_today(D(2026, 3, 3, 5))
    # Sunday night, after midnight: next week is the coming Monday morning, not a week later
    assert next_week(D(2026, 3, 9, 0, 30)) == D(2026, 3, 9, 9)
    assert next_week(D(2026, 3, 9, 5)) == D(2026, 3, 16, 9)


def test_follow_up_key_uses_the_effective_due(core: Core) -> None:
    ana = person(core, "Ana")
    item_id = core.follow_ups.add(ana, D(2026, 3, 5), "x", has_time=False)
    item = core.follow_ups.snooze(item_id, D(2026, 3, 6, 9))
    assert follow_up_key(item) == f"followup:{item_id}:2026-03-06T09:00:00"


def test_settled_backlog_is_not_reread_until_something_changes(
    core: Core, clock: FixedClock
) -> None:
    ana = person(core, "Ana")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    assert planner.take().empty
    item = core.follow_ups.add(ana, D(2026, 3, 2, 10), "Call")
    core.follow_ups.reschedule(item, D(2026, 3, 2, 8))  # moved before the settled moment
    clock.advance(minutes=1)
    assert planner.take().empty  # only what falls due after the last plan is looked at
    planner.forget()  # what the notifier does on follow_ups_changed
    assert [r.note for r in planner.take().notify] == ["Call"]


def test_item_snoozed_after_planning_is_announced_once_at_its_new_time(
    core: Core, clock: FixedClock
) -> None:
    ana = person(core, "Ana")
    item = core.follow_ups.add(ana, D(2026, 3, 2, 10), "Call")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    assert planner.take().next_wakeup == D(2026, 3, 2, 10)
    core.follow_ups.snooze(item, D(2026, 3, 2, 11))  # before it was ever shown
    clock.set(D(2026, 3, 2, 10))
    assert planner.take().empty  # no forget(): the snooze is found all the same
    clock.set(D(2026, 3, 2, 11))
    assert [r.key for r in planner.take().notify] == [f"followup:{item}:2026-03-02T11:00:00"]
    core.follow_ups.snooze(item, D(2026, 3, 2, 12))  # shown, snoozed again: once more at 12
    planner.forget()
    assert planner.take().empty
    clock.set(D(2026, 3, 2, 12, 30))
    assert [r.key for r in planner.take().notify] == [f"followup:{item}:2026-03-02T12:00:00"]
    planner.forget()
    clock.advance(minutes=1)
    assert planner.take().empty


def test_a_change_to_one_contact_does_not_reannounce_others(core: Core, clock: FixedClock) -> None:
    ids = [person(core, name) for name in ("Ana", "Bob", "Cy")]
    items = [core.follow_ups.add(cid, D(2026, 3, 2, 10), "Reply") for cid in ids]
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    clock.set(D(2026, 3, 2, 10))
    assert len(planner.take().notify) == 3
    core.follow_ups.reschedule(items[1], D(2026, 3, 2, 9))  # Bob's moved into the past
    cy = core.contacts.get(ids[2])
    assert cy is not None
    core.contacts.update(dataclasses.replace(cy, nickname="C"))
    planner.forget()  # what the notifier does on any change
    clock.advance(minutes=1)
    assert [r.contact_id for r in planner.take().notify] == [ids[1]]
    planner.forget()
    assert planner.take().empty


def test_long_backlog_is_one_summary_counted_not_read(core: Core, clock: FixedClock) -> None:
    ids = [person(core, f"P{n:02d}") for n in range(MISSED_SHOWN + 5)]
    for n, contact_id in enumerate(ids):
        core.follow_ups.add(contact_id, D(2026, 3, 1, 8) + dt.timedelta(minutes=n), "old")
    fresh = person(core, "Fresh")
    core.follow_ups.add(fresh, D(2026, 3, 2, 9, 30), "new")
    clock.set(D(2026, 3, 2, 10))
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=D(2026, 3, 2, 9))
    plan = planner.plan()
    assert plan.missed_total == len(ids)
    assert [r.contact_id for r in plan.missed] == ids[:MISSED_SHOWN]  # the first, for the names
    assert [r.contact_id for r in plan.notify] == [fresh]
    planner.record(plan)
    planner.forget()
    assert planner.take().empty  # the unnamed rest was recorded too
    assert core.follow_ups.count_due() == len(ids) + 1  # announced, still due


def test_reminder_queries_read_only_their_indexes(core: Core, clock: FixedClock) -> None:
    ana = person(core, "Ana", birthday=PartialDate(1986, 3, 2), anniversary=PartialDate(2010, 3, 2))
    core.follow_ups.add(ana, D(2026, 3, 2, 8), "Reply")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=D(2026, 3, 2, 10))
    statements: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(statements.append)
    try:
        planner.take()
    finally:
        connection.set_trace_callback(None)
    steps = [
        r[3]
        for sql in statements
        if sql.lstrip().upper().startswith(("SELECT", "UPDATE"))
        for r in connection.execute(f"EXPLAIN QUERY PLAN {sql}")
    ]
    assert any("follow_up_unannounced" in step for step in steps)
    assert any("contact_anniversary_md" in step for step in steps)
    assert not [s for s in steps if s.startswith(("SCAN f", "SCAN follow_up", "SCAN c"))], steps


def test_announced_keys_of_schema_4_are_carried_over(tmp_data_dir: Path, clock: FixedClock) -> None:
    path = Paths(tmp_data_dir).database
    path.parent.mkdir(parents=True, exist_ok=True)
    old = migrations.SqliteDatabase(str(path))
    migrations.migrate(old, str(path), target=4)
    old.execute_sql(
        "INSERT INTO contact (id, given_name, display_name, created_at, updated_at) VALUES "
        "(1, 'Ana', 'Ana', '2026-01-01 00:00:00', '2026-01-01 00:00:00'), "
        "(2, 'Bob', 'Bob', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
    )
    old.execute_sql(
        "INSERT INTO follow_up (id, contact_id, due, effective_due, created_at) VALUES "
        "(7, 1, '2026-03-02 08:00:00', '2026-03-02 08:00:00', '2026-01-01 00:00:00'), "
        "(8, 2, '2026-03-02 08:30:00', '2026-03-02 08:30:00', '2026-01-01 00:00:00')"
    )
    old.execute_sql(
        "INSERT INTO notified (key, shown_at) VALUES ('followup:7:2026-03-02T08:00:00', "
        "'2026-03-02 08:01:00')"
    )
    old.close()
    core = Core.open(Paths(tmp_data_dir), clock)
    try:
        assert core.store.schema_version == migrations.SCHEMA_VERSION >= 5
        plan = ReminderPlanner(core, quiet_hours=NO_QUIET).take()
        assert [r.follow_up_id for r in plan.notify] == [8]  # 7 was shown under schema 4
    finally:
        core.close()


def test_more_due_at_once_than_are_read_is_one_announcement_with_the_full_count(
    core: Core, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Read MAX_PER_PLAN at a time, 1,200 items falling due together were three messages in
    a row, and the one left on screen said "200 reminders due"."""
    monkeypatch.setattr(reminders, "MAX_PER_PLAN", 4)
    for n in range(10):
        core.follow_ups.add(person(core, f"P{n}"), D(2026, 3, 2, 10), "Send the deck")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    clock.set(D(2026, 3, 2, 10))
    plan = planner.take()
    assert (len(plan.notify), plan.notify_total, plan.missed) == (4, 10, [])
    assert plan.next_wakeup == D(2026, 3, 3)  # not again at once
    assert planner.take().empty  # every one of them was announced
    planner.forget()
    assert planner.take().empty


def test_birthdays_of_days_slept_through_are_announced_once_late(
    core: Core, clock: FixedClock
) -> None:
    """The laptop slept from Monday evening to Thursday morning: Tuesday's and Wednesday's
    birthdays were never announced (only the day's were ever looked at)."""
    ana = person(core, "Ana", birthday=PartialDate(1986, 3, 3))  # Tuesday
    bob = person(core, "Bob", anniversary=PartialDate(2010, 3, 4))  # Wednesday
    person(core, "Cy", birthday=PartialDate(1990, 3, 2))  # Monday: announced on the day
    person(core, "Dee", birthday=PartialDate(1990, 2, 20))  # long before: not news
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    assert [r.display_name for r in planner.take().notify] == ["Cy"]
    clock.set(D(2026, 3, 5, 8, 30))  # Thursday, at the wake-up
    late = planner.take()
    assert [(r.contact_id, r.kind, r.due, r.years) for r in late.notify] == [
        (ana, "birthday", D(2026, 3, 3), 40),
        (bob, "anniversary", D(2026, 3, 4), 16),
    ]
    assert planner.take().empty
    planner.forget()  # a change: everything looked at again, nothing twice
    assert planner.take().empty
    again = ReminderPlanner(core, quiet_hours=NO_QUIET)  # the next start
    assert again.take().empty


def test_birthdays_of_days_netdesk_was_closed_are_announced_at_the_next_start(
    tmp_data_dir: Path, clock: FixedClock
) -> None:
    """Closed over the weekend (or longer): at the next start, the birthdays of the days since
    it last looked, up to six days back; one shown on its day is not shown again."""
    first = Core.open(Paths(tmp_data_dir), clock)
    ana = person(first, "Ana", birthday=PartialDate(None, 3, 7))  # Saturday
    person(first, "Bob", birthday=PartialDate(None, 3, 2))  # Monday, shown on the day
    ReminderPlanner(first, quiet_hours=NO_QUIET).take()
    first.close()
    clock.set(D(2026, 3, 10, 9))  # the Tuesday after
    core = Core.open(Paths(tmp_data_dir), clock)
    try:
        planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
        plan = planner.take()
        assert [(r.contact_id, r.due) for r in plan.notify] == [(ana, D(2026, 3, 7))]
        clock.set(D(2026, 3, 30, 9))  # three weeks closed: only the last six days count
        person(core, "Cy", birthday=PartialDate(None, 3, 23))
        carla = person(core, "Carla", birthday=PartialDate(None, 3, 24))
        late = ReminderPlanner(core, quiet_hours=NO_QUIET).take()
        assert [(r.contact_id, r.due) for r in late.notify] == [(carla, D(2026, 3, 24))]
    finally:
        core.close()


def test_birthdays_before_the_first_look_are_not_announced_late(
    core: Core, clock: FixedClock
) -> None:
    """A new database (or the first start after an import): yesterday's birthdays were not
    missed by netdesk, so not announced; quiet hours that hold today's keep yesterday's due."""
    person(core, "Ana", birthday=PartialDate(1986, 3, 1))
    assert ReminderPlanner(core, quiet_hours=NO_QUIET).take().empty
    bob = person(core, "Bob", birthday=PartialDate(1986, 3, 3))
    clock.set(D(2026, 3, 4, 6))  # slept through Tuesday; Wednesday in quiet hours
    planner = ReminderPlanner(core)  # 21:00-08:00
    assert planner.take().empty
    clock.set(D(2026, 3, 4, 8))
    assert [(r.contact_id, r.due) for r in planner.take().notify] == [(bob, D(2026, 3, 3))]


def test_a_record_the_database_refuses_part_way_records_nothing(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The follow-ups were recorded as shown in one write, the birthdays in another: when the
    second was refused (the database held by another program), the message was not shown and
    the follow-ups were never shown at the next try."""
    from netdesk.core import StoreError
    from netdesk.store import journal as journal_rows

    ana = person(core, "Ana", birthday=PartialDate(1986, 3, 2))
    core.follow_ups.add(ana, D(2026, 3, 2, 8, 30), "Call")
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET)
    plan = planner.plan()
    assert sorted(r.kind for r in plan.notify) == ["birthday", "follow_up"]

    def refused(_day: dt.date) -> None:
        raise StoreError("database is locked")

    with monkeypatch.context() as patch:
        patch.setattr(journal_rows, "set_occasions_looked_on", refused)
        with pytest.raises(StoreError):
            planner.record(plan)
    again = planner.take()
    assert sorted(r.kind for r in again.notify) == ["birthday", "follow_up"]
    assert planner.take().empty


def test_the_day_of_the_birth_or_wedding_itself_is_no_occasion(
    core: Core, clock: FixedClock
) -> None:
    """A baby's birthday entered the week it was born was announced as "Turns 0 today" and
    listed in Today as "Mia turns 0" (and "Married 0 years" for a wedding this year)."""
    mia = person(core, "Mia", birthday=PartialDate(2026, 3, 3))
    leo = person(core, "Leo", anniversary=PartialDate(2026, 3, 3))
    assert occasions_between(core.follow_ups, dt.date(2026, 3, 2), 3) == []
    clock.set(D(2026, 3, 3, 10))
    assert ReminderPlanner(core, quiet_hours=NO_QUIET).take().empty
    found = occasions_between(core.follow_ups, dt.date(2027, 3, 3), 1)
    assert [(o.contact_id, o.kind, o.years) for o in found] == [
        (leo, "anniversary", 1),
        (mia, "birthday", 1),
    ]
