"""The copy of the database kept before a migration changes the user's data."""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from raw_connection import schema_12

from netdesk.core import backups as core_backups
from netdesk.store import migrations, upgrade_copy
from netdesk.store.database import StoreError, open_database

THREE = ("P0", "P1", "P2")


def _rows(path: Path) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT * FROM contact ORDER BY id").fetchall()


def test_a_copy_of_the_older_schema_is_kept_before_the_migration(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    before = _rows(path)
    open_database(path).close()
    [copy] = upgrade_copy.copies(path.parent / "backups")
    assert copy.name.endswith("-schema12.sqlite3")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with contextlib.closing(sqlite3.connect(copy)) as kept:
        assert kept.execute("PRAGMA user_version").fetchone()[0] == 12
    assert _rows(copy) == before
    assert _rows(path) != before  # migrated: schema 13 gave each a UID
    # File > Restore from backup… lists it; the daily backup is still made that day
    assert [f.path for f in core_backups.backup_files(path.parent / "backups")] == [copy]
    open_database(path).close()  # opened again: no migration, no other copy
    assert upgrade_copy.copies(path.parent / "backups") == [copy]


def test_the_daily_backup_is_made_on_the_day_of_the_copy(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    store = open_database(path)
    try:
        made = core_backups.backup_if_due(path.parent / "backups", dt.datetime.now())
        assert made is not None
        assert len(core_backups.backup_files(path.parent / "backups")) == 2
    finally:
        store.close()


def test_no_copy_of_a_database_holding_nothing_nor_of_a_new_one(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, ())
    open_database(path).close()
    fresh = tmp_path / "fresh" / "netdesk.sqlite3"
    open_database(fresh).close()
    assert not (path.parent / "backups").exists()
    assert not (fresh.parent / "backups").exists()


def test_a_failed_migration_leaves_no_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is as it was: a copy made at each failed start would only fill the disk."""
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)

    def broken(database: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS[:12], broken))
    with pytest.raises(StoreError, match="could not write"):
        open_database(path)
    assert upgrade_copy.copies(path.parent / "backups") == []
    assert list((path.parent / "backups").iterdir()) == []


def test_without_room_for_the_copy_and_the_migration_the_migration_goes_on_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    size = path.stat().st_size
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=2 * size - 1))
    store = open_database(path)
    assert store.schema_version == migrations.SCHEMA_VERSION
    store.close()
    assert not (path.parent / "backups").exists()


def test_a_folder_the_copy_cannot_be_written_to_does_not_stop_the_migration(
    tmp_path: Path,
) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    (path.parent / "backups").write_text("a file where the folder would be")
    store = open_database(path)
    assert store.schema_version == migrations.SCHEMA_VERSION
    store.close()
    assert sorted(p.name for p in path.parent.iterdir() if "part" in p.name) == []


def test_only_the_newest_copies_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    folder = path.parent / "backups"
    folder.mkdir()
    older = [folder / upgrade_copy.copy_name(dt.datetime(2025, m, 1), 9) for m in (1, 2, 3, 4)]
    for copy in older:
        copy.write_bytes(b"an older copy")
    daily = folder / "netdesk-20250101-090000.sqlite3"
    daily.write_bytes(b"a daily backup")
    open_database(path).close()
    kept = upgrade_copy.copies(folder)
    assert kept[:-1] == older[-2:] and kept[-1].name.endswith("-schema12.sqlite3")
    assert daily.exists()


def test_a_database_that_cannot_be_written_leaves_no_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only file is refused at its first write, before the migration: the copy made
    of it was left behind at each start."""
    from peewee import OperationalError

    from netdesk.store.models import db

    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    real = db.execute_sql

    def read_only(sql: str, *args: object) -> object:
        if sql == "PRAGMA journal_mode=wal":
            raise OperationalError("attempt to write a readonly database")
        return real(sql, *args)

    monkeypatch.setattr(db, "execute_sql", read_only)
    with pytest.raises(StoreError, match="read-only"):
        open_database(path)
    assert upgrade_copy.copies(path.parent / "backups") == []


def test_the_store_says_where_the_copy_of_the_older_schema_is(tmp_path: Path) -> None:
    """What the window tells once the upgrade is done: the copy's place, or why there is none."""
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path, THREE)
    store = open_database(path)
    store.close()
    [copy] = upgrade_copy.copies(path.parent / "backups")
    assert store.upgraded == upgrade_copy.UpgradeCopy(12, path.parent / "backups", copy)
    again = open_database(path)  # of this schema now: nothing upgraded, nothing to say
    again.close()
    assert again.upgraded is None
    fresh = open_database(tmp_path / "fresh" / "netdesk.sqlite3")
    fresh.close()
    assert fresh.upgraded is None


def test_the_store_says_why_no_copy_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty" / "netdesk.sqlite3"
    schema_12(empty, ())
    store = open_database(empty)
    store.close()
    assert store.upgraded is not None and store.upgraded.empty and store.upgraded.path is None

    no_room = tmp_path / "full" / "netdesk.sqlite3"
    schema_12(no_room, THREE)
    size = no_room.stat().st_size
    real = shutil.disk_usage
    monkeypatch.setattr(shutil, "disk_usage", lambda p: real(p)._replace(free=2 * size - 1))
    store = open_database(no_room)
    store.close()
    monkeypatch.undo()
    said = store.upgraded
    assert said is not None and said.path is None and not said.empty
    assert (said.free, said.needed) == (2 * size - 1, 2 * size)

    blocked = tmp_path / "blocked" / "netdesk.sqlite3"
    schema_12(blocked, THREE)
    (blocked.parent / "backups").write_text("a file where the folder would be")
    store = open_database(blocked)
    store.close()
    said = store.upgraded
    assert said is not None and said.path is None and not said.needed
    assert said.folder == blocked.parent / "backups" and said.error == "File exists"
