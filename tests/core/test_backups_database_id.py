"""A restore keeps the data folder's database id: its backups stay its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netdesk.core import Core, backups
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup, backup_owner


def test_restoring_another_folders_backup_keeps_each_folders_backups_apart(
    tmp_path: Path,
) -> None:
    """Work and home back up into one shared folder; home restores a work backup. The next
    day each still makes and rotates its own backup."""
    shared = tmp_path / "shared"
    clock = FixedClock(dt.datetime(2026, 3, 1, 9))
    work = Core.open(Paths(tmp_path / "work"), clock)
    work.contacts.create(Contact(given_name="Colleague"))
    work_backup = backups.backup_now(shared, clock.now())
    work.close()

    home = Core.open(Paths(tmp_path / "home"), clock)
    home.contacts.create(Contact(given_name="Neighbour"))
    home_id = backup_owner.this_database()
    backups.restore(home, work_backup)
    assert backup_owner.this_database() == home_id
    home.contacts.create(Contact(given_name="Friend"))  # the home data goes on from there
    home.close()

    work = Core.open(Paths(tmp_path / "work"), clock)
    assert backups.backup_if_due(shared, dt.datetime(2026, 3, 2, 9)) is not None
    work.close()
    home = Core.open(Paths(tmp_path / "home"), clock)
    made = backups.backup_if_due(shared, dt.datetime(2026, 3, 2, 10))
    home.close()
    assert made is not None  # it was skipped: the work backup of the day counted as home's
    assert backup_owner.of_file(made) == home_id
    assert backup.contacts_in(made) == 2


def test_restoring_ones_own_backup_keeps_the_id(core: Core, tmp_path: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    mine = backup_owner.this_database()
    made = backups.backup_now(tmp_path / "backups", core.clock.now())
    backups.restore(core, made)
    assert backup_owner.this_database() == mine
    assert backup_owner.of_file(made) == mine


def _counting_opens(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Each database sqlite3.connect opens from now on, listed."""
    import sqlite3

    opened: list[str] = []
    real_connect = sqlite3.connect

    def counting(database: str, *args: object, **kwargs: object) -> sqlite3.Connection:
        opened.append(database)
        return real_connect(database, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", counting)
    return opened


def test_a_backups_id_is_read_from_its_file_once_while_it_is_unchanged(
    core: Core, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Preferences asks whose each backup in the folder is every time the folder field
    changes, on the window's thread: each asked opened the file with SQLite again (a network
    share's dozens of backups at each keystroke)."""
    import os
    import shutil

    core.contacts.create(Contact(given_name="Ada"))
    mine = backup_owner.this_database()
    made = tmp_path / "elsewhere.sqlite3"  # a backup not looked at yet
    shutil.copy(backups.backup_now(tmp_path / "backups", core.clock.now()), made)
    opened = _counting_opens(monkeypatch)
    assert [backup_owner.of_file(made) for _ in range(5)] == [mine] * 5
    assert len(opened) == 1
    os.utime(made, ns=(1, 1))  # another file now: read again
    assert backup_owner.of_file(made) == mine
    assert len(opened) == 2


def test_a_backup_without_an_id_is_opened_once_too(core: Core, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Backups made before ids (every one of an older netdesk's) were opened again at each
    change of Preferences' folder field: only an id found was kept."""
    import shutil
    import sqlite3

    made = tmp_path / "old.sqlite3"
    shutil.copy(backups.backup_now(tmp_path / "backups", core.clock.now()), made)
    with sqlite3.connect(made) as old:
        old.execute("DELETE FROM setting WHERE key = ?", (backup_owner.KEY,))
    old.close()
    opened = _counting_opens(monkeypatch)
    assert [backup_owner.of_file(made) for _ in range(3)] == [None] * 3
    assert len(opened) == 1
