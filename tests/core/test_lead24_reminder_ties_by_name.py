"""Reminders due at the same moment come by the person's name, as Today and the contact list
order them: the tray names the same people first that Today shows first."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.reminders import MISSED_SHOWN, QuietHours, ReminderPlanner
from netdesk.core.types import Contact

NO_QUIET = QuietHours(dt.time(0, 0), dt.time(0, 0))
# added in an order that is neither the names' order nor its reverse
NAMES = ("Mia Novak", "zoë Adams", "Ben Okafor", "Émile Brun", "Ana Zimmer", "ben Abbott")


def _people(core: Core, names: tuple[str, ...] = NAMES) -> list[int]:
    return [
        core.contacts.create(Contact(given_name=given, family_name=family, keep_in_touch_days=7))
        for given, family in (name.split(" ", 1) for name in names)
    ]


def test_items_falling_due_together_are_announced_by_name(core: Core, clock: FixedClock) -> None:
    ids = _people(core)
    planner = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=clock.now())
    clock.advance(days=7)  # every cadence falls due at the same midnight, while netdesk runs
    plan = planner.plan()
    in_list_order = core.contacts.list_ids()
    assert sorted(in_list_order) == sorted(ids) and in_list_order != ids
    assert [r.contact_id for r in plan.notify] == in_list_order


def test_the_while_closed_summary_names_the_first_by_name(core: Core, clock: FixedClock) -> None:
    # more than the summary names, so which ones it names is the question
    names = tuple(f"{given} {family}" for given in ("Zed", "Mo", "Al") for family in NAMES)
    assert len(names) > MISSED_SHOWN
    _people(core, names)
    clock.advance(days=8)  # netdesk was closed when they all fell due
    plan = ReminderPlanner(core, quiet_hours=NO_QUIET, started_at=clock.now()).plan()
    assert plan.missed_total == len(names)
    assert [r.contact_id for r in plan.missed] == core.contacts.list_ids()[:MISSED_SHOWN]
