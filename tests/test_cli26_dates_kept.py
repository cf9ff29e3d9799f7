"""A --at or --due outside the dates netdesk keeps (core.types.moment_kept: what the app's date
fields show and edit) is a usage error naming the option (exit 2), nothing written: the year 1
was logged, shown as "1-01-01", and the app's editor moved it to 1752. A date with a UTC offset
past an end of the calendar was a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize(
    ("command", "option"),
    [(["log", "{id}", "--kind", "call", "--summary", "Café"], "--at"),
     (["followup", "{id}"], "--due"), (["due"], "--at")],
)  # fmt: skip
@pytest.mark.parametrize(
    "typed",
    ["0001-01-01", "1752-09-13T23:59", "0001-01-01T00:00+05:00", "9999-12-31T23:00-05:00"],
)
def test_a_moment_netdesk_does_not_keep_is_a_usage_error(
    tmp_data_dir: Path, command: list[str], option: str, typed: str
) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    result = run(tmp_data_dir, *[a.format(id=ana) for a in command], option, typed)
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"netdesk-cli {command[0]}: error: argument {option}: {typed!r} is outside the dates "
        "netdesk keeps: 1752-09-14 to 9999-12-31"
    ]
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert (shown["journal"], shown["follow_ups"]) == ([], [])


def test_the_first_and_last_days_kept_are_taken(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "log", ana, "--kind", "call", "--summary", "Old", "--at", "1752-09-14")
    ok(tmp_data_dir, "followup", ana, "--due", "9999-12-31T23:59")
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert [e["at"] for e in shown["journal"]] == ["1752-09-14T00:00:00"]
    assert [f["due"] for f in shown["follow_ups"]] == ["9999-12-31T23:59:00"]


@pytest.mark.parametrize("command", ["log", "followup", "due"])
def test_help_says_the_dates_kept(command: str) -> None:
    said = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", command, "--help"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    assert "or now; any from 1752-09-14 to 9999-12-31.\n" in said
