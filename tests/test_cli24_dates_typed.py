"""Dates typed by hand without ISO's zeros ("2026-6-1", "2026-06-01 9:30") are read as the
card reads them; they were "not a date" (exit 2). Slashed dates stay refused (day or month
first is anyone's guess)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize(
    ("typed", "due"),
    [("2026-6-1", "2026-06-01"), ("2026-06-01 9:30", "2026-06-01T09:30:00"),
     ("2026-6-1T9:05", "2026-06-01T09:05:00"), ("2026-12-01", "2026-12-01")],
)  # fmt: skip
def test_a_follow_up_date_without_zeros_is_read(tmp_data_dir: Path, typed: str, due: str) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "followup", ana, "--due", typed, "--note", "Send the deck")
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert [f["due"] for f in shown["follow_ups"]] == [due]


def test_a_log_time_without_zeros_is_read(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "log", ana, "--kind", "call", "--summary", "Café", "--at", "2026-3-2 9:05")
    shown = json.loads(ok(tmp_data_dir, "--json", "show", ana))
    assert [e["at"] for e in shown["journal"]] == ["2026-03-02T09:05:00"]


def test_met_on_without_zeros_is_read(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz", "--met-on", "2023-5").strip()
    assert json.loads(ok(tmp_data_dir, "--json", "show", ana))["met_on"] == "2023-05"


@pytest.mark.parametrize("typed", ["01/06/2026", "2026-2-30", "2026-13-1"])
def test_a_date_that_is_ambiguous_or_no_day_is_still_refused(
    tmp_data_dir: Path, typed: str
) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    result = run(tmp_data_dir, "followup", ana, "--due", typed)
    assert result.returncode == 2
    assert f"argument --due: not a date: {typed!r}" in result.stderr
