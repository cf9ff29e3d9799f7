"""`add --met-on` takes a date of the calendar gone by, as the card does: an impossible one
("0000", "2023-02-30") or one ahead is a usage error naming the option and the value."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.test_cli import ok, run


def _refused(data_dir: Path, typed: str) -> str:
    result = run(data_dir, "add", "--name", "Ana Muñoz", "--met-on", typed)
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    return line


@pytest.mark.parametrize("typed", ["0000", "0000-05", "2023-02-30", "2023-13", "20231301"])
def test_a_date_no_calendar_has_is_refused_by_name(tmp_data_dir: Path, typed: str) -> None:
    assert _refused(tmp_data_dir, typed) == (
        f"netdesk-cli add: error: argument --met-on: '{typed}' is not a date of the calendar: "
        "check the year, month and day"
    )
    assert not (tmp_data_dir / "netdesk.sqlite3").exists()  # nothing was started


def test_a_day_ahead_is_refused(tmp_data_dir: Path) -> None:
    today = dt.date.today()
    tomorrow = today + dt.timedelta(days=1)
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).strftime("%Y-%m")
    for typed in (tomorrow.isoformat(), next_month, str(today.year + 1)):
        assert _refused(tmp_data_dir, typed) == (
            f"netdesk-cli add: error: argument --met-on: '{typed}' is after today "
            f"({today.isoformat()}): check the year"
        )


def test_today_this_month_and_a_day_of_the_year_are_taken(tmp_data_dir: Path) -> None:
    today = dt.date.today()
    for typed, stored in (
        (today.isoformat(), today.isoformat()),
        (f"{today.year}-{today.month}", today.strftime("%Y-%m")),
        (str(today.year), str(today.year)),
        ("--05-14", "--05-14"),  # the card's form of a day whose year is not known
    ):
        ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz", f"--met-on={typed}").strip()
        assert json.loads(ok(tmp_data_dir, "--json", "show", ana))["met_on"] == stored


def test_what_is_no_date_says_the_forms(tmp_data_dir: Path) -> None:
    assert _refused(tmp_data_dir, "last May") == (
        "netdesk-cli add: error: argument --met-on: not a date: 'last May' "
        "(YYYY, YYYY-MM, YYYY-MM-DD, today or yesterday)"
    )
