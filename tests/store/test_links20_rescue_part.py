"""A backup put in place of a damaged database is copied into a part file of its own
(``<database>.restoring``, made new, 0600), opened by SQLite only once checked to be that file.

The part was removed, the backup read through and checked (seconds), then the part opened by
SQLite by its name: a link put there meanwhile was followed, the backup written into the file
it named, and the link renamed into the database's place. SQLite made the part with the
umask's rights (0644): every user of the computer could read the backup while it was copied."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest
from backup_files import malformed_copy
from link_swaps import link_planted_before_sqlite_opens, link_target, untouched

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup, rescue

NOW = dt.datetime(2026, 3, 2, 9, 30)


@pytest.fixture
def saved(core: Core, tmp_path: Path) -> Path:
    """A backup holding Ada; the database is closed."""
    core.contacts.create(Contact(given_name="Ada", notes="private"))
    made = backup.backup_to(tmp_path / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    return made


@pytest.mark.parametrize("there", [True, False], ids=["to a file", "to no file yet"])
def test_a_link_put_at_the_part_before_sqlite_opens_it_is_never_written_through(
    saved: Path, tmp_path: Path, there: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "rescued"
    data.mkdir()
    database = data / "netdesk.sqlite3"
    malformed_copy(saved, database)
    damaged_bytes = database.read_bytes()
    part = data / "netdesk.sqlite3.restoring"
    elsewhere = link_target(tmp_path, "notes.txt", there=there)
    link_planted_before_sqlite_opens(monkeypatch, part, elsewhere)
    with pytest.raises(rescue.RescueError, match="it is a link to") as refused:
        rescue.restore_over_damaged(saved, database, NOW)
    monkeypatch.undo()

    assert "nothing was written" in str(refused.value)
    assert untouched(elsewhere, there=there)
    assert not database.is_symlink() and database.read_bytes() == damaged_bytes
    assert part.is_symlink()  # left as it is
    assert sorted(p.name for p in data.iterdir()) == [database.name, part.name]


def test_the_part_is_private_while_the_backup_is_copied(saved: Path, tmp_path: Path) -> None:
    data = tmp_path / "rescued"
    data.mkdir()
    database = data / "netdesk.sqlite3"
    malformed_copy(saved, database)
    part = data / "netdesk.sqlite3.restoring"
    seen: list[int] = []

    def part_mode(_done: int, _total: int) -> None:
        if part.exists():
            seen.append(stat.S_IMODE(part.stat().st_mode))

    umask = os.umask(0o022)  # a desktop's usual one
    try:
        kept = rescue.restore_over_damaged(saved, database, NOW, progress=part_mode)
    finally:
        os.umask(umask)
    assert seen and set(seen) == {0o600}
    assert kept is not None and rescue.damage_seen(database) is None
    assert rescue.contact_counts(database) == (1, 0)
