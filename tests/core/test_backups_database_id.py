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
