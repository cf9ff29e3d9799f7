"""--met-on takes "today" and "yesterday" as --at and --due do: `add ... --met-on today` right
after a meeting was refused as "not a date"; "tomorrow" says why it is refused."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize(("typed", "days_ago"), [("today", 0), ("Yesterday", 1)])
def test_today_and_yesterday_are_days_met(tmp_data_dir: Path, typed: str, days_ago: int) -> None:
    before = dt.date.today()
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz", "--met-on", typed).strip()
    met = json.loads(ok(tmp_data_dir, "--json", "show", ana))["met_on"]
    # (a run across midnight: either day)
    assert met in {
        (day - dt.timedelta(days=days_ago)).isoformat() for day in (before, dt.date.today())
    }


def test_tomorrow_is_refused_saying_why(tmp_data_dir: Path) -> None:
    result = run(tmp_data_dir, "add", "--name", "Ana Muñoz", "--met-on", "tomorrow")
    assert (result.returncode, result.stderr) == (
        2,
        "netdesk-cli add: error: argument --met-on: when you met is today at the latest\n",
    )
