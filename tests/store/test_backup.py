"""Online backups, rotation and restore on real files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup


def test_backup_is_a_consistent_copy_while_in_use(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Kept"))
    target = backup.backup_to(tmp_path / "b" / "copy.sqlite3")
    with sqlite3.connect(target) as connection:
        assert connection.execute("SELECT display_name FROM contact").fetchall() == [("Kept",)]
    assert backup.check_backup_file(target) >= 1
    assert target.stat().st_mode & 0o077 == 0


def test_automatic_backup_only_when_the_last_is_a_day_old(core: Core, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = dt.datetime(2026, 3, 2, 9)
    first = backup.automatic_backup(folder, now, min_age=dt.timedelta(days=1))
    assert first is not None
    assert (
        backup.automatic_backup(folder, now + dt.timedelta(hours=5), min_age=dt.timedelta(days=1))
        is None
    )
    assert backup.automatic_backup(
        folder, now + dt.timedelta(days=1, minutes=1), min_age=dt.timedelta(days=1)
    )
    assert len(backup.backups(folder)) == 2


def test_rotation_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, 12)
    for day in range(60):
        stamp = start + dt.timedelta(days=day)
        (tmp_path / f"netdesk-{stamp:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    backup.rotate(tmp_path)
    kept = sorted(p.name[8:16] for p in backup.backups(tmp_path))
    last_days = [f"{start + dt.timedelta(days=d):%Y%m%d}" for d in range(53, 60)]
    assert kept[-7:] == last_days
    assert 7 < len(kept) <= 11  # plus the newest of up to four ISO weeks


def test_restore_checks_the_file_and_keeps_the_current_one(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="Before"))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.contacts.create(Contact(given_name="After"))
    core.close()
    not_netdesk = tmp_path / "other.sqlite3"
    with sqlite3.connect(not_netdesk) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(backup.BackupError, match="not a netdesk database"):
        backup.restore(
            not_netdesk, tmp_data_dir / "netdesk.sqlite3", tmp_path / "s", core.clock.now()
        )
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(backup.BackupError, match="not a SQLite database"):
        backup.check_backup_file(text)
    safety = backup.restore(
        saved, tmp_data_dir / "netdesk.sqlite3", tmp_path / "s", core.clock.now()
    )
    reopened = Core.open(Paths(tmp_data_dir), core.clock)
    names = [s.display_name for s in reopened.contacts.summaries(reopened.contacts.list_ids())]
    reopened.close()
    assert names == ["Before"]
    with sqlite3.connect(safety) as connection:
        assert len(connection.execute("SELECT * FROM contact").fetchall()) == 2
