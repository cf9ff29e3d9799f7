"""A damaged database noticed on its first read, and a backup put in its place, on real files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from backup_files import damaged_copy, malformed_copy

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup, rescue

NOW = dt.datetime(2026, 3, 2, 9, 30)


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT display_name FROM contact ORDER BY id").fetchall()
    connection.close()
    return [r[0] for r in rows]


@pytest.fixture
def saved(core: Core, tmp_path: Path) -> Path:
    """A backup holding Ada and Bob (Bob archived); the database is closed."""
    core.contacts.create(Contact(given_name="Ada"))
    bob = core.contacts.create(Contact(given_name="Bob"))
    core.contacts.set_archived([bob], True)
    made = backup.backup_to(tmp_path / "backups" / "netdesk-20260301-090000.sqlite3")
    core.close()
    return made


def test_a_sound_missing_or_empty_database_shows_no_damage(
    saved: Path, core: Core, tmp_path: Path
) -> None:
    assert rescue.damage_seen(core.store.path) is None
    assert rescue.damage_seen(saved) is None
    assert rescue.damage_seen(tmp_path / "none.sqlite3") is None
    (tmp_path / "empty.sqlite3").write_bytes(b"")  # SQLite makes a new database of it
    assert rescue.damage_seen(tmp_path / "empty.sqlite3") is None


def test_a_file_that_is_not_sqlite_or_has_a_lost_page_is_seen_damaged(
    saved: Path, tmp_path: Path
) -> None:
    (tmp_path / "text.sqlite3").write_text("my shopping list\n" * 100)
    assert rescue.damage_seen(tmp_path / "text.sqlite3") == "file is not a database"
    lost_page = malformed_copy(saved, tmp_path / "lost.sqlite3")
    assert "malformed" in (rescue.damage_seen(lost_page) or "")
    garbled = damaged_copy(saved, tmp_path / "garbled.sqlite3")
    assert rescue.damage_seen(garbled) is not None


def test_contact_counts_count_the_archived_apart(saved: Path) -> None:
    assert rescue.contact_counts(saved) == (2, 1)


def test_the_backup_takes_the_damaged_files_place_which_is_kept_beside_it(
    saved: Path, tmp_path: Path
) -> None:
    data = tmp_path / "rescued"
    data.mkdir()
    database = data / "netdesk.sqlite3"
    malformed_copy(saved, database)
    damaged_bytes = database.read_bytes()
    Path(f"{database}-wal").write_bytes(b"wal of the damaged one")
    seen: list[tuple[int, int]] = []
    kept = rescue.restore_over_damaged(
        saved, database, NOW, progress=lambda done, total: seen.append((done, total))
    )
    assert kept == data / "netdesk-damaged-20260302-093000.sqlite3"
    assert kept.read_bytes() == damaged_bytes
    assert Path(f"{kept}-wal").read_bytes() == b"wal of the damaged one"  # kept with it
    assert not Path(f"{database}-wal").exists()  # not read into the restored database
    assert sorted(p.name for p in data.iterdir()) == [
        "netdesk-damaged-20260302-093000.sqlite3",
        "netdesk-damaged-20260302-093000.sqlite3-wal",
        "netdesk.sqlite3",
    ]
    assert names_in(database) == ["Ada", "Bob"]
    assert rescue.damage_seen(database) is None
    assert seen and seen[-1][0] == seen[-1][1] > 0
    # a second rescue in the same second never writes over the first damaged copy
    malformed_copy(saved, database)
    again = rescue.restore_over_damaged(saved, database, NOW)
    assert again == data / "netdesk-damaged-20260302-093000-2.sqlite3"
    assert kept.read_bytes() == damaged_bytes


def test_a_cancelled_or_failed_copy_changes_nothing(saved: Path, tmp_path: Path) -> None:
    data = tmp_path / "rescued"
    data.mkdir()
    database = data / "netdesk.sqlite3"
    malformed_copy(saved, database)
    damaged_bytes = database.read_bytes()
    with pytest.raises(rescue.RescueCancelled):
        rescue.restore_over_damaged(saved, database, NOW, cancelled=lambda: True)
    not_there = tmp_path / "usb" / "netdesk-20260301-090000.sqlite3"
    with pytest.raises(rescue.RescueError, match="usb"):
        rescue.restore_over_damaged(not_there, database, NOW)
    assert [p.name for p in data.iterdir()] == ["netdesk.sqlite3"]
    assert database.read_bytes() == damaged_bytes


def test_a_backup_damaged_further_in_is_refused_before_anything_changes(
    saved: Path, tmp_path: Path
) -> None:
    """Its header and schema read fine: only the check of every page finds it."""
    data = tmp_path / "rescued"
    data.mkdir()
    database = data / "netdesk.sqlite3"
    (database).write_text("not a database")
    bad_backup = malformed_copy(saved, tmp_path / "netdesk-20260302-090000.sqlite3")
    assert backup.check_backup_file(bad_backup, thorough=False) >= 1
    with pytest.raises(rescue.RescueError, match="is damaged"):
        rescue.restore_over_damaged(bad_backup, database, NOW)
    assert [p.name for p in data.iterdir()] == ["netdesk.sqlite3"]
    assert database.read_text() == "not a database"


def test_a_copy_holding_contacts_is_offered_before_an_empty_backup(
    saved: Path, tmp_path: Path
) -> None:
    """A daily backup of an empty database (made before backups skipped them) and a copy kept
    before a restore that holds the contacts: Enter in the box must not restore nobody."""
    from netdesk.core.paths import Paths
    from netdesk.core.rescue import latest_backup

    folder = saved.parent
    copy = saved.rename(folder / "before-restore-20260301-100000.sqlite3")
    Core.open(Paths(tmp_path / "empty")).close()
    empty = folder / "netdesk-20260302-090000.sqlite3"
    source, target = sqlite3.connect(tmp_path / "empty" / "netdesk.sqlite3"), sqlite3.connect(empty)
    source.backup(target)
    source.close()
    target.close()
    offered = latest_backup(folder)
    assert offered is not None
    assert (offered.path, offered.contacts) == (copy, 2)
