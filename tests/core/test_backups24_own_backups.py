"""core.backups.own_backups: one database's dated backups, stopped when no longer wanted."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from netdesk.core import Core, backups
from netdesk.core.clock import FixedClock


def another_databases_backup(path: Path) -> None:
    """A backup as another data folder's netdesk makes them: its own id inside."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO setting VALUES ('database_id', 'the-work-folder')")
    connection.close()


def test_own_backups_are_this_databases_dated_ones_newest_first(
    core: Core, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    older = backups.backup_now(folder, clock.now() - dt.timedelta(days=2))
    newer = backups.backup_now(folder, clock.now())
    before_ids = folder / "netdesk-20200101-090000.sqlite3"  # no id: counts for every one
    before_ids.write_bytes(b"")
    another_databases_backup(folder / f"netdesk-{clock.now():%Y%m%d}-100000.sqlite3")
    shutil.copyfile(newer, folder / "before-restore-20260301-090000.sqlite3")  # a safety copy
    shutil.copyfile(newer, folder / "netdesk-20260301-090000-schema3.sqlite3")  # an upgrade's

    found = backups.own_backups(folder, core.store.path)
    assert [f.path for f in found] == [newer, older, before_ids]
    # without a database to tell them apart, every dated backup counts
    assert len(backups.own_backups(folder, None)) == 4
    assert backups.own_backups(tmp_path / "not there", core.store.path) == []


def test_own_backups_stop_when_no_longer_wanted(
    core: Core, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    for back in range(3):
        backups.backup_now(folder, clock.now() - dt.timedelta(days=back))
    opened: list[Path] = []
    real = backups.database_id_of

    def noted(path: Path) -> str | None:
        opened.append(path)
        return real(path)

    monkeypatch.setattr(backups, "database_id_of", noted)
    asked = iter([False, True])  # wanted for the first file, not after it
    with pytest.raises(backups.BackupCancelled):
        backups.own_backups(folder, core.store.path, lambda: next(asked))
    assert opened[1:] == [max(folder.iterdir())]  # the database's own id, then one backup
