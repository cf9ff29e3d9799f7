"""Follow-ups due at the same moment come by the person's name (the contact list's order),
not in the order they were added."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact

# added in an order that is neither the names' order nor its reverse
NAMES = ("Mia Novak", "zoë Adams", "Ben Okafor", "Émile Brun", "Ana Zimmer", "ben Abbott")


def _people(core: Core, keep_in_touch_days: int | None = None) -> list[int]:
    return [
        core.contacts.create(
            Contact(given_name=given, family_name=family, keep_in_touch_days=keep_in_touch_days)
        )
        for given, family in (name.split() for name in NAMES)
    ]


def test_keep_in_touch_items_due_today_come_by_name(core: Core, clock: FixedClock) -> None:
    ids = _people(core, keep_in_touch_days=7)
    clock.advance(days=7)  # every cadence falls due today at midnight
    midnight = dt.datetime.combine(clock.now().date(), dt.time())
    items, total = core.follow_ups.between(midnight, clock.now() + dt.timedelta(seconds=1))
    assert total == len(NAMES)
    assert {item.due for item in items} == {midnight}
    in_list_order = core.contacts.list_ids()
    assert [item.contact_id for item in items] == in_list_order
    assert sorted(ids) == sorted(in_list_order)
    # the tray's and netdesk-cli due's list too, and a page of it is the first of that order
    assert [item.contact_id for item in core.follow_ups.due()] == in_list_order
    assert [item.contact_id for item in core.follow_ups.due(limit=2)] == in_list_order[:2]


def test_items_snoozed_to_the_same_moment_come_by_name(core: Core, clock: FixedClock) -> None:
    ids = _people(core)
    tomorrow_nine = dt.datetime.combine(clock.now().date() + dt.timedelta(days=1), dt.time(9))
    for contact_id in ids:
        follow_up_id = core.follow_ups.add(contact_id, clock.now(), "Call back")
        core.follow_ups.snooze(follow_up_id, tomorrow_nine)
    midnight = tomorrow_nine.replace(hour=0)
    items, total = core.follow_ups.between(midnight, midnight + dt.timedelta(days=1))
    assert total == len(NAMES)
    assert [item.display_name for item in items] == [
        core.contacts.names([contact_id])[contact_id] for contact_id in core.contacts.list_ids()
    ]
    # the earlier moment still comes first, whatever the name
    core.follow_ups.add(ids[1], tomorrow_nine - dt.timedelta(minutes=1), "Before")
    items, _ = core.follow_ups.between(midnight, midnight + dt.timedelta(days=1))
    assert (items[0].contact_id, items[0].note) == (ids[1], "Before")
