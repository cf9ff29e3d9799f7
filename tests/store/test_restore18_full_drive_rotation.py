"""A backups drive that is full: the backups Preferences no longer keeps make room for the day's
backup. The rotation ran only after a backup was made, so on a full stick none ever was, and
"keep fewer backups (Preferences)", what the failure advises, changed nothing.

The stick fills up during the copy (``infra19_full_disk``): its part file was a link to
/dev/full, and a backup now refuses a part that is a link."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from infra19_full_disk import FillsUp, dev_full_unchanged, more_than_a_step

from netdesk.core import Core, backups
from netdesk.store import backup


def _full_stick(core: Core, tmp_path: Path, days: int) -> tuple[Path, dt.datetime, FillsUp]:
    """A stick holding a backup of each of ``days`` days, and a ``cancelled`` for the next
    backup under which the stick fills up (its copy's writes fail with ENOSPC) the first
    time; the copy made again after backups were removed has the room."""
    more_than_a_step(core)
    stick = tmp_path / "stick"
    first = backups.backup_now(stick, dt.datetime(2026, 3, 2, 9))
    for day in range(3, 2 + days):
        shutil.copyfile(first, stick / f"netdesk-202603{day:02d}-090000.sqlite3")
    now = dt.datetime(2026, 3, 2 + days, 9)
    return stick, now, FillsUp(Path(f"{stick / f'netdesk-{now:%Y%m%d-%H%M%S}.sqlite3'}.part"))


def test_back_up_now_on_a_full_drive_removes_first_what_is_no_longer_kept(
    core: Core, tmp_path: Path
) -> None:
    stick, now, fills_up = _full_stick(core, tmp_path, days=5)
    made = backups.backup_now(stick, now, keep_daily=2, cancelled=fills_up)
    assert fills_up.filled and dev_full_unchanged()
    assert made.name == "netdesk-20260307-090000.sqlite3"
    assert backups.contacts_in(made) == 24
    # two days kept, and the newest of the week before (2026-03-02 is a Monday)
    assert [p.name for p in backup.backups(stick)] == [
        "netdesk-20260306-090000.sqlite3",
        "netdesk-20260307-090000.sqlite3",
    ]
    assert sorted(p.name for p in stick.iterdir()) == [p.name for p in backup.backups(stick)]


def test_the_daily_backup_on_a_full_drive_removes_first_what_is_no_longer_kept(
    core: Core, tmp_path: Path
) -> None:
    stick, now, fills_up = _full_stick(core, tmp_path, days=5)
    made = backup.automatic_backup(stick, now, keep_daily=3, cancelled=fills_up)
    assert fills_up.filled and dev_full_unchanged()
    assert made is not None and backups.contacts_in(made) == 24
    assert [p.name for p in backup.backups(stick)] == [
        "netdesk-20260305-090000.sqlite3",
        "netdesk-20260306-090000.sqlite3",
        "netdesk-20260307-090000.sqlite3",
    ]


def test_a_full_drive_holding_only_what_is_kept_refuses_the_backup_and_removes_nothing(
    core: Core, tmp_path: Path
) -> None:
    stick, now, fills_up = _full_stick(core, tmp_path, days=5)
    before = sorted(p.name for p in stick.iterdir())
    with pytest.raises(backups.BackupError) as refused:
        backups.backup_now(stick, now, keep_daily=7, cancelled=fills_up)
    assert fills_up.filled and dev_full_unchanged()
    assert "its disk is full" in str(refused.value)
    assert sorted(p.name for p in stick.iterdir()) == before  # no part file left either
