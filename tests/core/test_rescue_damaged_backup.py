"""The daily backup that showed the database damaged is kept, never offered back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from backup_files import damaged_copy

from netdesk.core import Core, backups, rescue
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup


def test_the_damaged_days_backup_is_not_the_latest_backup_offered(tmp_path: Path) -> None:
    """The damaged-database box offered it as "the latest backup" (its cheap check reads the
    header and the counts, which hold), File > Restore listed it first: restoring it was
    refused only after it had been chosen."""
    data = tmp_path / "data"
    folder = data / "backups"
    clock = FixedClock(dt.datetime(2026, 3, 1, 9))
    core = Core.open(Paths(data), clock)
    for number in range(300):
        core.contacts.create(Contact(given_name=f"Ada {number}", notes="x" * 300))
    sound = backups.backup_if_due(folder, clock.now())
    core.close()
    database = data / "netdesk.sqlite3"
    for leftover in data.glob("netdesk.sqlite3-*"):
        leftover.unlink()
    damaged_copy(sound, tmp_path / "damaged.sqlite3").replace(database)

    core = Core.open(Paths(data), clock)  # the schema reads fine: it opens
    try:
        with pytest.raises(backups.DamagedDatabaseError):
            backups.backup_if_due(folder, dt.datetime(2026, 3, 2, 9))
        # still the day's backup: no other is made (and said) at the next look that day
        assert backups.backup_if_due(folder, dt.datetime(2026, 3, 2, 9, 30)) is None
    finally:
        core.close()
    assert len(backup.backups(folder)) == 2  # kept, and the sound one too
    assert [f.path for f in backups.backup_files(folder)] == [sound]
    offered = rescue.latest_backup(folder, of_database=database)
    assert offered is not None and offered.path == sound
