"""occasions_between reads its days' birthdays and anniversaries in one look (the Today
view's 13 days were 26 queries) and finds what occasions_on finds day by day."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.birthdays import occasions_between, occasions_on
from netdesk.core.types import Contact, PartialDate
from netdesk.store.models import db


@pytest.fixture
def people(core: Core) -> None:
    dates = [
        ("Lea", PartialDate(1988, 2, 29), None),
        ("Leo", PartialDate(None, 2, 29), PartialDate(2000, 2, 29)),
        ("Feb", PartialDate(1970, 2, 28), PartialDate(None, 3, 1)),
        ("Mar", PartialDate(1999, 3, 1), PartialDate(2012, 2, 28)),
        ("Eve", PartialDate(None, 12, 31), PartialDate(2020, 1, 2)),
        ("Jan", PartialDate(1990, 1, 2), None),
        ("Ann", None, PartialDate(2010, 12, 30)),
        ("Bea", PartialDate(2027, 2, 28), None),  # born that year: no "turns 0"
        ("Old", PartialDate(1950, 12), None),  # no day: never on a day
    ]
    for name, birthday, anniversary in dates:
        core.contacts.create(Contact(given_name=name, birthday=birthday, anniversary=anniversary))
    archived = core.contacts.create(Contact(given_name="Gone", birthday=PartialDate(1980, 3, 1)))
    core.contacts.set_archived([archived], True)


@pytest.mark.parametrize(
    "start",
    [
        dt.date(2027, 2, 22),  # a common year's end of February, 28th last
        dt.date(2027, 2, 25),
        dt.date(2028, 2, 23),  # a leap year's
        dt.date(2028, 2, 29),
        dt.date(2026, 12, 26),  # across the year's end
    ],
)
@pytest.mark.parametrize("days", [0, 1, 6, 7, 13])
def test_what_each_day_finds(core: Core, people: None, start: dt.date, days: int) -> None:
    by_day = [
        o for n in range(days) for o in occasions_on(core.follow_ups, start + dt.timedelta(days=n))
    ]
    assert occasions_between(core.follow_ups, start, days) == by_day


def test_the_days_are_read_in_one_look(core: Core, people: None) -> None:
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        found = occasions_between(core.follow_ups, dt.date(2027, 2, 22), 13)
    finally:
        db.connection().set_trace_callback(None)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 2
    assert [(o.display_name, o.kind, o.date.isoformat(), o.years) for o in found] == [
        ("Leo", "anniversary", "2027-02-28", 27),  # 29 February, on the 28th
        ("Mar", "anniversary", "2027-02-28", 15),
        ("Feb", "birthday", "2027-02-28", 57),  # Bea, born that day, turns nothing
        ("Lea", "birthday", "2027-02-28", 39),
        ("Leo", "birthday", "2027-02-28", None),
        ("Feb", "anniversary", "2027-03-01", None),
        ("Mar", "birthday", "2027-03-01", 28),  # Gone is archived
    ]
