"""iCalendar export: open follow-ups and yearly birthdays/anniversaries, with stable UIDs."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.core import reminders
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


def text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped;
    the other control characters, which the format does not allow, as spaces."""
    if _PLAIN.fullmatch(value):  # most names and notes: nothing to escape
        return value
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")
    return _CONTROL.sub(" ", value)


_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")
_PLAIN = re.compile("[^\\\\;,\x00-\x08\x0a-\x1f\x7f]*")


def fold(line: str) -> bytes:
    """One content line in lines of at most 75 octets (RFC 5545 3.1), never cut inside a
    character; each continuation starts with a space. CRLF-terminated."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    parts = []
    start, room = 0, 75
    while start < len(data):
        end = min(start + room, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a character's continuation byte
            end -= 1
        parts.append(data[start:end])
        start, room = end, 74  # the space of the continuation counts
    return b"\r\n ".join(parts) + b"\r\n"


def day_value(day: dt.date) -> str:
    return day.isoformat()[:10].replace("-", "")  # "20260229" (a year is 4 digits, 1 to 9999)


def stamp_line(stamp: dt.datetime) -> str:
    """DTSTAMP: when the file was made, in UTC."""
    return f"DTSTAMP:{time_value(utc(stamp))}Z"


def time_value(moment: dt.datetime) -> str:
    """A floating local time (or, from utc(), the digits before the "Z")."""
    return f"{day_value(moment)}T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"


LAST_START = dt.datetime.max - dt.timedelta(minutes=TIMED_MINUTES)


def whole_day(day: dt.date) -> list[str]:
    """DTSTART and DTEND of an all-day event on ``day``. On the last day there is (31
    December 9999, a birthday of that year imported from a vCard) without a DTEND: the
    day after overflowed, and the whole calendar failed to be written, the feed after every
    change; a day with no DTEND lasts one (RFC 5545 3.6.1)."""
    if day == dt.date.max:
        return [f"DTSTART;VALUE=DATE:{day_value(day)}"]
    after = day + dt.timedelta(days=1)
    return [f"DTSTART;VALUE=DATE:{day_value(day)}", f"DTEND;VALUE=DATE:{day_value(after)}"]


def follow_up_event(
    follow_up: FollowUp,
    stamp: dt.datetime,
    keep_in_touch: str = DEFAULT_LABELS["keep_in_touch"],
    database_id: str | None = None,
    stamped: str | None = None,
) -> list[str]:
    """A timed event, or an all-day one for a follow-up due on a day; a keep-in-touch item
    is named ``keep_in_touch`` (the user's language) instead of its stored English note.
    ``stamped``: ``stamp_line(stamp)``, when made once for many events."""
    note = keep_in_touch if follow_up.from_cadence else follow_up.note
    # (not .strip(": "): a note ending in ":" lost its colon)
    name = follow_up.display_name
    due = follow_up.effective_due
    if follow_up.has_time or due.time() != dt.time():  # a snoozed day item gets a time
        # floating local time, like netdesk's own clock
        when = [f"DTSTART:{time_value(due)}"]
        if due < LAST_START:
            when.append(f"DTEND:{time_value(due + dt.timedelta(minutes=TIMED_MINUTES))}")
        else:  # its end would be past the year 9999
            when.append(f"DURATION:PT{TIMED_MINUTES}M")
    else:
        when = whole_day(due.date())
    return [
        "BEGIN:VEVENT",
        f"UID:{text(uid(f'followup-{follow_up.id}', database_id))}",
        stamped or stamp_line(stamp),
        f"SUMMARY:{text(f'{name}: {note}' if note.strip() else name)}",
        *when,
        "CATEGORIES:netdesk",
        "END:VEVENT",
    ]


def yearly_event(
    contact_id: int,
    name: str,
    kind: str,
    date: PartialDate,
    stamp: dt.datetime,
    label: str,
    database_id: str | None = None,
    stamped: str | None = None,
) -> list[str] | None:
    """An all-day yearly event (29 February falls on the month's last day in common years);
    ``stamped`` as for :func:`follow_up_event`."""
    if date.month is None or date.day is None:
        return None
    year = date.year if date.year is not None else stamp.year
    first = date.to_date(year) or dt.date(year, date.month, min(date.day, 28))
    rule = "FREQ=YEARLY"
    if date.month == 2 and date.day == 29:
        rule += ";BYMONTH=2;BYMONTHDAY=-1"
    return [
        "BEGIN:VEVENT",
        f"UID:{text(uid(f'{kind}-{contact_id}', database_id))}",
        stamped or stamp_line(stamp),
        f"SUMMARY:{text(label.format(name=name))}",
        *whole_day(first),
        f"RRULE:{rule}",
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
    ]


def build_calendar(
    follow_ups: Iterable[FollowUp],
    dates: Iterable[tuple[int, str, str, str]],
    stamp: dt.datetime,
    labels: Mapping[str, str] = DEFAULT_LABELS,
    database_id: str | None = None,
) -> bytes:
    """The calendar file of ``follow_ups`` and yearly ``dates``; ``database_id`` (the
    database's id) goes into every UID.

    Written line by line: built as icalendar components, each event cost about a
    millisecond, and the 60,000 events of 100,000 contacts most of a minute on the worker
    (and at quit, which writes the file last)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        f"X-WR-CALNAME:{text(labels['calendar'])}",
    ]
    keep_in_touch = labels.get("keep_in_touch", DEFAULT_LABELS["keep_in_touch"])
    stamped = stamp_line(stamp)  # the same for every event (60,000 times the same sums)
    for follow_up in follow_ups:
        lines += follow_up_event(follow_up, stamp, keep_in_touch, database_id, stamped)
    parsed: dict[str, PartialDate | None] = {}  # 100,000 contacts hold some 30,000 dates
    for contact_id, name, kind, iso in dates:
        if iso not in parsed:
            try:
                parsed[iso] = PartialDate.parse(iso)
            except ValueError:
                parsed[iso] = None
        date = parsed[iso]
        if date is None:
            continue
        event = yearly_event(
            contact_id, name, kind, date, stamp, labels[kind], database_id, stamped
        )
        if event is not None:
            lines += event
    lines.append("END:VCALENDAR")
    # folded one by one only where a line may need it: encoding and folding each of the
    # 520,000 lines of 100,000 contacts took a third of the file's time
    short = [
        line if len(line) <= 75 and line.isascii() else fold(line)[:-2].decode() for line in lines
    ]
    return ("\r\n".join(short) + "\r\n").encode()


def calendar_bytes(
    core: Core, *, days: int = 365, labels: Mapping[str, str] = DEFAULT_LABELS
) -> bytes:
    """Overdue and upcoming (``days`` ahead) follow-ups, and every birthday and anniversary."""
    now = core.clock.now()
    until = now + dt.timedelta(days=days) if now < dt.datetime.max - dt.timedelta(days) else None
    follow_ups = core.follow_ups.due(until or dt.datetime.max, limit=100_000)
    dates = core.follow_ups.all_dates()
    return build_calendar(follow_ups, dates, now, labels, reminders.database_id())


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
