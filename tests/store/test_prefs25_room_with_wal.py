"""The room a backup needs, as Preferences tell it of a folder (room_short), counts what the
database's -wal holds, as the backup's own check does: of a database just written to, the
file alone was measured, and Preferences said a folder had room its backup did not find."""

from __future__ import annotations

import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup

Usage = namedtuple("Usage", "total used free")


def _written_into_the_wal(core: Core) -> tuple[int, int]:
    """Contacts written while another reader holds the WAL (no checkpoint can empty it, as
    while the window reads a page): (the database file's bytes, its -wal's)."""
    reader = sqlite3.connect(core.store.path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchall()
        for n in range(300):
            core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 2000))
    finally:
        reader.close()
    wal = Path(f"{core.store.path}-wal")
    return core.store.path.stat().st_size, wal.stat().st_size


def test_the_wal_is_counted_in_the_backup_and_in_what_is_kept_free(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, wal = _written_into_the_wal(core)
    assert wal > 1 << 20  # the new contacts are in the -wal, not yet in the file
    folder = core.store.path.parent / "backups"
    folder.mkdir()
    # room for the file alone's backup and margin, not for what the -wal adds
    free = 2 * database + backup.ROOM_TO_SPARE + 4096
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**12, 10**11, free))
    short = backup.room_short(folder, core.store.path)
    assert short is not None  # was None: "room", and each daily backup was refused
    assert short.free == free
    assert short.backup == database + wal
    assert short.kept_free == database + wal + backup.ROOM_TO_SPARE
    assert short.to_free == 2 * (database + wal) + backup.ROOM_TO_SPARE - free
    # what the backup itself meets there
    with pytest.raises(backup.NoRoomError, match="kept free there for the database itself"):
        backup.backup_to(folder / "netdesk-x.sqlite3")


def test_a_disk_with_room_for_both_is_not_short(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, wal = _written_into_the_wal(core)
    folder = core.store.path.parent / "backups"
    folder.mkdir()
    free = 2 * (database + wal) + backup.ROOM_TO_SPARE
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**12, 10**11, free))
    assert backup.room_short(folder, core.store.path) is None
    assert backup.backup_to(folder / "netdesk-x.sqlite3").is_file()
