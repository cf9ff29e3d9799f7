"""The Snooze choices never land inside the quiet hours: "Later today (+3 h)" at 19:00 landed
at 22:00, in them, and the reminder waited for their end, the next morning."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from netdesk.core.reminders import (
    QuietHours,
    later_today_outside,
    next_week_outside,
    tomorrow_outside,
)

D = dt.datetime
EVENINGS = QuietHours(dt.time(21), dt.time(8))  # the default
LATE_MORNINGS = QuietHours(dt.time(22), dt.time(10))  # 9:00 is quiet
LUNCH = QuietHours(dt.time(12), dt.time(14))  # a quiet span in the day
NONE = QuietHours(dt.time(21), dt.time(21))


def test_three_hours_on_when_that_is_not_quiet() -> None:
    assert later_today_outside(D(2026, 3, 2, 15), EVENINGS) == D(2026, 3, 2, 18)
    assert later_today_outside(D(2026, 3, 2, 17, 59), EVENINGS) == D(2026, 3, 2, 20, 59)


def test_before_the_quiet_hours_when_three_hours_on_is_in_them() -> None:
    assert later_today_outside(D(2026, 3, 2, 19), EVENINGS) == D(2026, 3, 2, 20, 45)
    assert later_today_outside(D(2026, 3, 2, 20, 15), EVENINGS) == D(2026, 3, 2, 20, 45)
    # under half an hour before they begin: no "later" left today
    assert later_today_outside(D(2026, 3, 2, 20, 16), EVENINGS) is None
    assert later_today_outside(D(2026, 3, 2, 20, 59), EVENINGS) is None
    assert later_today_outside(D(2026, 3, 2, 21, 30), EVENINGS) is None  # in them already


def test_at_their_end_when_they_end_the_same_day() -> None:
    assert later_today_outside(D(2026, 3, 2, 10), LUNCH) == D(2026, 3, 2, 14)
    assert later_today_outside(D(2026, 3, 2, 12, 30), LUNCH) == D(2026, 3, 2, 15, 30)


def test_without_quiet_hours_only_midnight_and_the_small_hours_count() -> None:
    assert later_today_outside(D(2026, 3, 2, 20, 59), NONE) == D(2026, 3, 2, 23, 59)
    assert later_today_outside(D(2026, 3, 2, 21), NONE) is None
    assert later_today_outside(D(2026, 3, 3, 0, 30), NONE) is None


def test_tomorrow_and_next_week_wait_for_the_end_of_quiet_mornings() -> None:
    monday = D(2026, 3, 2, 16)
    assert tomorrow_outside(monday, EVENINGS) == D(2026, 3, 3, 9)
    assert tomorrow_outside(monday, LATE_MORNINGS) == D(2026, 3, 3, 10)
    assert next_week_outside(monday, EVENINGS) == D(2026, 3, 9, 9)
    assert next_week_outside(monday, LATE_MORNINGS) == D(2026, 3, 9, 10)


times = st.builds(dt.time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45, 59]))


@given(
    now=st.datetimes(D(2026, 1, 1), D(2026, 12, 31)),
    start=times,
    end=times,
)
def test_no_choice_lands_in_the_quiet_hours(now: D, start: dt.time, end: dt.time) -> None:
    quiet = QuietHours(start, end)
    later = later_today_outside(now, quiet)
    if later is not None:
        assert not quiet.contains(later) and later.date() == now.date() and later > now
    for moment in (tomorrow_outside(now, quiet), next_week_outside(now, quiet)):
        assert not quiet.contains(moment) and moment > now
