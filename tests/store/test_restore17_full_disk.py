"""A restore on a disk without room for it: refused before anything is written, and a restore
that fails part way leaves no copy "kept before a restore" that never was."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest
from test_backup import _restore_in_1_mb

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup

NOW = dt.datetime(2026, 3, 2, 9)
Usage = namedtuple("Usage", "total used free")


def _names(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT display_name FROM contact ORDER BY 1").fetchall()
    connection.close()
    return [r[0] for r in rows]


def _big_backup_and_small_database(core: Core, tmp_path: Path) -> tuple[Path, Path]:
    for n in range(1500):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    big = backup.backup_to(tmp_path / "big.sqlite3")
    core.close()
    small = Core.open(Paths(tmp_path / "small"), core.clock)
    small.contacts.create(Contact(given_name="Only", family_name="One"))
    small.close()
    return big, tmp_path / "small" / "netdesk.sqlite3"


def test_a_disk_without_room_for_the_restore_refuses_it_before_writing(
    core: Core, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a 30 MB disk (a tmpfs) holding a 250 KB database, restoring a 19 MB backup wrote it
    all into the -wal, then filled the disk writing it into the file: the data was restored
    (in the -wal), the restore said it failed and "nothing was changed", and netdesk could not
    open the database until room was made."""
    big, database = _big_backup_and_small_database(core, tmp_path)
    size = big.stat().st_size
    safety = database.parent / "backups"
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 0, size + (4 << 20)))
    with pytest.raises(backup.BackupError, match="MB free, and this restore needs") as refused:
        backup.restore(big, database, safety, NOW)
    assert "nothing was changed" in str(refused.value)
    assert not safety.exists() or list(safety.iterdir()) == []
    assert _names(database) == ["Only One"]
    # with room for the -wal and the file both, it goes ahead
    room = 2 * size + backup.ROOM_TO_SPARE + (1 << 20)
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 0, room))
    backup.restore(big, database, safety, NOW)
    assert len(_names(database)) == 1500


def test_a_restore_that_fails_part_way_keeps_no_copy_of_a_database_it_did_not_change(
    core: Core, tmp_path: Path
) -> None:
    """Its copy of the current data stayed: listed as "Kept before a restore" of a restore
    that never was, taking room on a disk that had just run out of it."""
    big, database = _big_backup_and_small_database(core, tmp_path)
    safety = tmp_path / "safety"
    done = _restore_in_1_mb(big, database, safety)
    assert done.returncode == 3, done.stderr
    assert "The database was not changed" in done.stdout
    assert _names(database) == ["Only One"]
    assert list(safety.iterdir()) == []
