"""Restoring a backup of an older schema: the migration keeps no second copy of it."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from pathlib import Path

from netdesk.core import Core, backups
from netdesk.core.types import Contact
from netdesk.store import migrations, upgrade_copy

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from raw_connection import schema_12


def _version(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return int(connection.execute("PRAGMA user_version").fetchone()[0])


def test_an_older_backup_restored_is_listed_once_and_no_upgrade_copy_rotates_out(
    core: Core, tmp_data_dir: Path
) -> None:
    """It left a "Kept before an upgrade" copy of the backup just restored, listed first and
    dated the moment of the restore, beside the backup itself; and each such copy pushed out
    one of the copies real upgrades had kept (three are kept)."""
    core.contacts.create(Contact(given_name="Now"))
    folder = tmp_data_dir / "backups"
    source = folder / "netdesk-20260101-090000.sqlite3"
    schema_12(source, ["Ana", "Bob"])
    earlier = []
    for n in range(upgrade_copy.KEEP):  # copies real upgrades kept
        copy = folder / f"netdesk-2025010{n + 1}-090000-schema{10 + n}.sqlite3"
        copy.write_bytes(source.read_bytes())
        earlier.append(copy)
    before = source.read_bytes()

    safety = backups.restore(core, source)

    database = tmp_data_dir / "netdesk.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as connection:
        names = [r[0] for r in connection.execute("SELECT display_name FROM contact ORDER BY 1")]
    assert names == ["Ana", "Bob"]
    assert _version(database) == migrations.SCHEMA_VERSION
    assert core.store.upgraded is not None and core.store.upgraded.path is None
    assert core.store.upgraded.restored == source  # the backup is the older schema's copy
    assert source.read_bytes() == before  # read, never written
    assert sorted(folder.iterdir()) == sorted([source, safety, *earlier])
    listed = backups.backup_files(folder)
    assert sorted(f.path for f in listed) == sorted([source, safety, *earlier])
    assert sorted(f.path for f in listed if f.before_upgrade) == sorted(earlier)


def test_a_database_opened_outside_a_restore_still_keeps_its_copy(tmp_path: Path) -> None:
    """Only the database the restore opens goes without: another one upgraded meanwhile (a
    second data folder) keeps its copy."""
    from netdesk.store.database import open_database

    other = tmp_path / "other" / "netdesk.sqlite3"
    schema_12(other, ["Cleo"])
    with upgrade_copy.restored_from(tmp_path / "data" / "netdesk.sqlite3", tmp_path / "b.sqlite3"):
        store = open_database(other)
    try:
        assert store.upgraded is not None and store.upgraded.path is not None
        assert store.upgraded.path.parent == other.parent / "backups"
    finally:
        store.close()
