"""Upcoming birthdays (the basic Today page) find a 29 February birthday in a week of a
common year that ends on the 28th, the day it is remembered on."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact, PartialDate
from netdesk.store import queries


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2027, 2, 22), [dt.date(2027, 2, 28)]),  # the week ends on the 28th
        (dt.date(2027, 2, 25), [dt.date(2027, 2, 28)]),  # 1 March in it too
        (dt.date(2027, 3, 1), []),  # after the 28th: next year's
        (dt.date(2028, 2, 22), []),  # a leap year: on the 29th, after this week
        (dt.date(2028, 2, 23), [dt.date(2028, 2, 29)]),
    ],
)
def test_29_february_in_the_week_ending_on_the_28th(
    core: Core, clock: FixedClock, today: dt.date, expected: list[dt.date]
) -> None:
    lea = core.contacts.create(Contact(given_name="Lea", birthday=PartialDate(1988, 2, 29)))
    clock.set(dt.datetime.combine(today, dt.time(9)))
    found = core.contacts.upcoming_birthdays(7)
    assert [(contact_id, day) for contact_id, _name, day, _age in found] == [
        (lea, day) for day in expected
    ]


def test_no_days_no_birthdays(core: Core) -> None:
    core.contacts.create(Contact(given_name="Lea", birthday=PartialDate(1988, 2, 29)))
    assert queries.birthdays_between(dt.date(2027, 2, 28), 0) == []
