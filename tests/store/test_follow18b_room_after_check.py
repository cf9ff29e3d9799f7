"""A daily backup that must make room on a full drive: the backups no longer kept were removed
before the database was checked, so a damaged database rotated out sound backups, and the
message then said "No older backup was removed"."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup


def test_a_damaged_database_on_a_full_drive_removes_no_backup(
    core: Core, tmp_data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backup_files import malformed_copy

    core.contacts.create(Contact(given_name="Ada"))
    sound = backup.backup_to(tmp_path / "sound.sqlite3")
    core.close()
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    malformed_copy(sound, tmp_data_dir / "netdesk.sqlite3")
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in range(2, 7):  # 2 to 6 March
        shutil.copyfile(sound, folder / f"netdesk-202603{day:02d}-090000.sqlite3")
    before = sorted(p.name for p in folder.iterdir())
    # the backups folder is on the database's disk, and that disk is short of room
    monkeypatch.setattr(backup, "ROOM_TO_SPARE", 1 << 60)
    damaged = Core.open(Paths(tmp_data_dir))  # opens: the schema reads fine
    try:
        with pytest.raises(backup.DamagedDatabaseError) as found:
            backup.automatic_backup(folder, dt.datetime(2026, 3, 7, 9), keep_daily=2)
    finally:
        damaged.close()
    assert "is damaged" in str(found.value)
    assert str(found.value).endswith("No older backup was removed.")
    assert sorted(p.name for p in folder.iterdir()) == before
