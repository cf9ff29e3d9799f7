"""Dates said relative to now: months up to 23, then years, in both directions."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.ui.widgets import relative_future, relative_past

NOW = dt.datetime(2026, 11, 28, 9, 0)


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (0, "today"),
        (1, "yesterday"),
        (13, "13 days ago"),
        (14, "2 weeks ago"),
        (59, "8 weeks ago"),
        (60, "2 months ago"),
        (400, "13 months ago"),
        (719, "23 months ago"),
        (720, "2 years ago"),
        (729, "2 years ago"),
        (1100, "3 years ago"),
    ],
)
def test_relative_past(qapp: object, days: int, said: str) -> None:
    assert relative_past(NOW - dt.timedelta(days=days), NOW) == said


@pytest.mark.parametrize(
    ("days", "said"),
    [
        (1, "tomorrow"),
        (20, "in 2 weeks"),
        (400, "in 13 months"),
        (725, "in 2 years"),
        (1100, "in 3 years"),
    ],
)
def test_relative_future(qapp: object, days: int, said: str) -> None:
    assert relative_future(NOW + dt.timedelta(days=days), NOW) == said
