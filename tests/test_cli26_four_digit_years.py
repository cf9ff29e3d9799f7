"""Text output writes a year in four digits, as JSON does: a journal entry an older netdesk-cli
logged in the year 1 (before --at refused it) was listed by `show` as "1-01-01 00:00", and its
last interaction the same (strftime's %Y does not pad)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netdesk.core import Core
from netdesk.core.paths import Paths
from tests.test_cli import ok


def test_an_entry_of_the_year_1_is_shown_with_four_digits(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    core = Core.open(Paths(tmp_data_dir))  # as an older netdesk-cli wrote it
    try:
        core.journal.log([int(ana)], "call", "Long ago", at=dt.datetime(1, 1, 1, 9, 5))
        core.follow_ups.add(int(ana), dt.datetime(999, 3, 4, 10, 0), "Old", has_time=True)
    finally:
        core.close()
    shown = ok(tmp_data_dir, "show", ana).splitlines()
    assert "    0001-01-01 09:05  call  Long ago" in shown
    assert "  last interaction: 0001-01-01 09:05" in shown
    assert "    0999-03-04 10:00  Old" in shown
    assert ok(tmp_data_dir, "due").splitlines()[0].split("  ")[-3:] == [
        "0999-03-04 10:00",
        "Ana Muñoz",
        "Old",
    ]
