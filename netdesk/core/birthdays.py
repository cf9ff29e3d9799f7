"""Birthdays and anniversaries from the card, as reminders on the day (with the age if known)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from netdesk.core.followups import FollowUpService
from netdesk.core.types import PartialDate


@dataclass(frozen=True, slots=True)
class Occasion:
    """A birthday or anniversary falling on ``date``; ``years`` is the age (or years married)."""

    contact_id: int
    display_name: str
    kind: str  # "birthday" | "anniversary"
    date: dt.date
    years: int | None
    original: PartialDate

    @property
    def key(self) -> str:
        """The reminder key: one notification per occasion per year."""
        return f"{self.kind}:{self.contact_id}:{self.date.isoformat()}"


def occasions_on(follow_ups: FollowUpService, day: dt.date) -> list[Occasion]:
    """Every birthday and anniversary on ``day`` (29 February ones on the 28th in common years)."""
    found = []
    for contact_id, name, kind, iso in follow_ups.dates_on(day):
        try:
            date = PartialDate.parse(iso)
        except ValueError:
            continue
        if date.month is None or date.day is None:
            continue
        if PartialDate(None, date.month, date.day).to_date(day.year) != day:
            continue
        if date.year == day.year:  # the birth or wedding itself: "Turns 0 today" said nothing
            continue
        years = day.year - date.year if date.year is not None and date.year <= day.year else None
        found.append(Occasion(contact_id, name, kind, day, years, date))
    return sorted(found, key=lambda o: (o.kind, o.display_name.casefold(), o.contact_id))


def occasions_between(follow_ups: FollowUpService, start: dt.date, days: int) -> list[Occasion]:
    """Occasions from ``start`` (included) over ``days`` days, by date."""
    result: list[Occasion] = []
    for offset in range(days):
        result += occasions_on(follow_ups, start + dt.timedelta(days=offset))
    return result
