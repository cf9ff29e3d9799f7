"""The calendar holds dates on the last day there is (31 December 9999): the day after it
overflowed, and the whole calendar (the subscribed feed, File > Export calendar) failed."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact, PartialDate
from netdesk.interop import ical

D = dt.datetime


def _by_summary(data: bytes) -> dict[str, object]:
    return {str(e["summary"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_a_birthday_on_the_last_day_there_is_is_written(core: Core) -> None:
    """A vCard's BDAY:9999-12-31 (netdesk-cli import takes it) made every write fail: the
    feed's error box after each change, and no calendar for anyone else."""
    core.contacts.create(Contact(given_name="Zed", birthday=PartialDate(9999, 12, 31)))
    core.contacts.create(Contact(given_name="Ana", birthday=PartialDate(1986, 3, 4)))
    events = _by_summary(ical.calendar_bytes(core))
    assert set(events) == {"Zed's birthday", "Ana's birthday"}
    zed = events["Zed's birthday"]
    assert zed["dtstart"].dt == dt.date(9999, 12, 31)  # type: ignore[index]
    assert "dtend" not in zed  # type: ignore[operator]  # a whole day without one (RFC 5545)
    assert events["Ana's birthday"]["dtend"].dt == dt.date(1986, 3, 5)  # type: ignore[index]


def test_follow_ups_at_the_end_of_year_9999_are_written(core: Core, clock: FixedClock) -> None:
    clock.set(D(9999, 6, 1, 9))
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, D(9999, 12, 31), "Lunch", has_time=False)
    core.follow_ups.add(ana, D(9999, 12, 31, 23, 45), "Call")
    events = _by_summary(ical.calendar_bytes(core))
    lunch, call = events["Ana: Lunch"], events["Ana: Call"]
    assert lunch["dtstart"].dt == dt.date(9999, 12, 31) and "dtend" not in lunch  # type: ignore[index, operator]
    assert call["dtstart"].dt == D(9999, 12, 31, 23, 45)  # type: ignore[index]
    assert call["duration"].dt == dt.timedelta(minutes=30)  # type: ignore[index]
