"""iCalendar export: open follow-ups and yearly birthdays/anniversaries, with stable UIDs."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from netdesk.core.reminders import database_id
from netdesk.core.types import FollowUp, PartialDate

if TYPE_CHECKING:
    from netdesk.core import Core

PRODID = "-//netdesk//netdesk reminders//EN"
UID_DOMAIN = "netdesk.invalid"
TIMED_MINUTES = 30
DEFAULT_LABELS = {
    "keep_in_touch": "Keep in touch",  # a cadence's item, whose note is stored in English
    "birthday": "{name}'s birthday",
    "anniversary": "{name}'s anniversary",
    "calendar": "netdesk follow-ups",
}


def utc(moment: dt.datetime) -> dt.datetime:
    """A local wall-clock time in UTC, as DTSTAMP must be (RFC 5545 3.8.7.2): a naive one was
    written with a "Z" as it stood, the local time read as UTC (an hour off in Berlin)."""
    return moment.astimezone(dt.UTC)


def uid(item: str, database_id: str | None) -> str:
    """The event's UID: ``item`` ("followup-7") within this database. Ids count from 1 in
    every database, so "followup-7@netdesk.invalid" from a work and a home database was one
    event to a calendar app subscribed to both, which merged or dropped one of them; the
    database's own id (kept in it, its backups and copies) tells them apart. Without one (a
    read-only database) the UID is as before."""
    return f"{item}@{database_id}.{UID_DOMAIN}" if database_id else f"{item}@{UID_DOMAIN}"


def follow_up_event(
    follow_up: FollowUp,
    stamp: dt.datetime,
    keep_in_touch: str = DEFAULT_LABELS["keep_in_touch"],
    database_id: str | None = None,
) -> Event:
    """A timed event, or an all-day one for a follow-up due on a day; a keep-in-touch item
    is named ``keep_in_touch`` (the user's language) instead of its stored English note."""
    event = Event()
    event.add("uid", uid(f"followup-{follow_up.id}", database_id))
    event.add("dtstamp", utc(stamp))
    note = keep_in_touch if follow_up.from_cadence else follow_up.note
    # (not .strip(": "): a note ending in ":" lost its colon)
    name = follow_up.display_name
    event.add("summary", f"{name}: {note}" if note.strip() else name)
    due = follow_up.effective_due
    if follow_up.has_time or due.time() != dt.time():  # a snoozed day item gets a time
        event.add("dtstart", due)  # floating local time, like netdesk's own clock
        event.add("dtend", due + dt.timedelta(minutes=TIMED_MINUTES))
    else:
        event.add("dtstart", due.date())
        event.add("dtend", due.date() + dt.timedelta(days=1))
    event.add("categories", ["netdesk"])
    return event


def yearly_event(
    contact_id: int,
    name: str,
    kind: str,
    date: PartialDate,
    stamp: dt.datetime,
    label: str,
    database_id: str | None = None,
) -> Event | None:
    """An all-day yearly event (29 February falls on the month's last day in common years)."""
    if date.month is None or date.day is None:
        return None
    year = date.year if date.year is not None else stamp.year
    first = date.to_date(year) or dt.date(year, date.month, min(date.day, 28))
    event = Event()
    event.add("uid", uid(f"{kind}-{contact_id}", database_id))
    event.add("dtstamp", utc(stamp))
    event.add("summary", label.format(name=name))
    event.add("dtstart", first)
    event.add("dtend", first + dt.timedelta(days=1))
    rule: dict[str, object] = {"freq": "yearly"}
    if date.month == 2 and date.day == 29:
        rule.update(bymonth=2, bymonthday=-1)
    event.add("rrule", rule)
    event.add("transp", "TRANSPARENT")
    return event


def build_calendar(
    follow_ups: Iterable[FollowUp],
    dates: Iterable[tuple[int, str, str, str]],
    stamp: dt.datetime,
    labels: Mapping[str, str] = DEFAULT_LABELS,
    database_id: str | None = None,
) -> Calendar:
    """The calendar of ``follow_ups`` and yearly ``dates``; ``database_id`` (the database's
    id) goes into every UID."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", labels["calendar"])
    keep_in_touch = labels.get("keep_in_touch", DEFAULT_LABELS["keep_in_touch"])
    for follow_up in follow_ups:
        calendar.add_component(follow_up_event(follow_up, stamp, keep_in_touch, database_id))
    for contact_id, name, kind, iso in dates:
        try:
            date = PartialDate.parse(iso)
        except ValueError:
            continue
        event = yearly_event(contact_id, name, kind, date, stamp, labels[kind], database_id)
        if event is not None:
            calendar.add_component(event)
    return calendar


def calendar_bytes(
    core: Core, *, days: int = 365, labels: Mapping[str, str] = DEFAULT_LABELS
) -> bytes:
    """Overdue and upcoming (``days`` ahead) follow-ups, and every birthday and anniversary."""
    now = core.clock.now()
    follow_ups = core.follow_ups.due(now + dt.timedelta(days=days), limit=100_000)
    dates = core.follow_ups.all_dates()
    calendar = build_calendar(follow_ups, dates, now, labels, database_id())
    return bytes(calendar.to_ical())


def write_file(target: Path, data: bytes) -> None:
    """Replace ``target`` atomically: a calendar app never reads half a file."""
    handle, temporary = tempfile.mkstemp(prefix=".netdesk-", suffix=".ics", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
