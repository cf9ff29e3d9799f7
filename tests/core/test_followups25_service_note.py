"""FollowUpService.reschedule with a note: a one-off's note is written with its new date."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact

D = dt.datetime


def test_reschedule_writes_the_note_given_and_keeps_it_otherwise(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    item = core.follow_ups.add(ana, D(2026, 3, 5, 10), "Send the porposal")
    moved = core.follow_ups.reschedule(item, D(2026, 3, 6), has_time=False, note="Send it")
    assert (moved.note, moved.due, moved.has_time) == ("Send it", D(2026, 3, 6), False)
    again = core.follow_ups.reschedule(item, D(2026, 3, 7, 9))
    assert (again.note, again.due) == ("Send it", D(2026, 3, 7, 9))
    assert core.follow_ups.get(item) == again


def test_a_keep_in_touch_items_note_stays(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", keep_in_touch_days=7))
    (cadence,) = core.follow_ups.of_contact(ana)
    assert cadence.id is not None
    held = core.follow_ups.reschedule(cadence.id, D(2026, 3, 20), note="Something else")
    assert held.note == cadence.note
    assert held.effective_due == D(2026, 3, 20)
