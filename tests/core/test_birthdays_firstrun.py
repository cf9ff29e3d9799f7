"""Birthdays on Today: 29 February in common years, no year, a week across the year's end."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.birthdays import occasions_between, occasions_on
from netdesk.core.types import Contact, PartialDate


def test_29_february_is_told_on_the_28th_in_common_years_with_the_age(core: Core) -> None:
    leap = core.contacts.create(Contact(given_name="Lea", birthday=PartialDate(1988, 2, 29)))
    found = occasions_on(core.follow_ups, dt.date(2027, 2, 28))
    assert [(o.contact_id, o.years) for o in found] == [(leap, 39)]
    assert occasions_on(core.follow_ups, dt.date(2028, 2, 28)) == []
    assert [o.years for o in occasions_on(core.follow_ups, dt.date(2028, 2, 29))] == [40]


def test_a_week_across_new_year_finds_january_birthdays_with_the_new_age(core: Core) -> None:
    jan = core.contacts.create(Contact(given_name="Jan", birthday=PartialDate(1990, 1, 2)))
    eve = core.contacts.create(Contact(given_name="Eve", birthday=PartialDate(None, 12, 31)))
    found = occasions_between(core.follow_ups, dt.date(2026, 12, 29), 7)
    assert [(o.contact_id, o.date, o.years) for o in found] == [
        (eve, dt.date(2026, 12, 31), None),
        (jan, dt.date(2027, 1, 2), 37),
    ]
