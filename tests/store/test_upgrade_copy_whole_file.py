"""The copy kept before an upgrade is the database's file itself, its -wal folded in first.

SQLite's backup API copied it page by page: ~1.1 s of a first start's ~2 s on 100,000
contacts, before the window could paint; the file copy takes ~0.45 s. When the file is not
still (another program reading the -wal), the backup API still makes it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from raw_connection import RawDatabase

from netdesk.store import migrations, upgrade_copy


def _schema_12_with_rows_in_its_wal(path: Path) -> sqlite3.Connection:
    """A schema-12 database in WAL mode whose last contacts are still in its -wal; the
    connection that wrote them, open (its autocheckpoint off)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=12)
    connection.commit()
    connection.isolation_level = None  # autocommit, as peewee's connection
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    for name in ("Ana", "Bruno", "Carla"):
        connection.execute(
            "INSERT INTO contact (given_name, display_name, sort_key, created_at, updated_at)"
            " VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
            (name, name, name.lower()),
        )
    assert Path(f"{path}-wal").stat().st_size > 0
    return connection


def _names(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT display_name FROM contact")]


def test_the_copy_is_the_file_with_its_wal_folded_in(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    connection = _schema_12_with_rows_in_its_wal(path)
    try:
        copy = upgrade_copy.keep_copy(connection, path, 12).path
        assert copy is not None
        assert _names(copy) == ["Ana", "Bruno", "Carla"]
        assert copy.read_bytes() == path.read_bytes()  # the file, not rewritten page by page
        assert not connection.in_transaction  # the write lock let go for the migration
        connection.execute("INSERT INTO tag (name) VALUES ('after')")  # and writes go on
    finally:
        connection.close()


def test_a_wal_another_program_holds_is_copied_page_by_page(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    connection = _schema_12_with_rows_in_its_wal(path)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM contact").fetchone()[0] == 3  # holds it
        copy = upgrade_copy.keep_copy(connection, path, 12).path
        assert copy is not None
        assert _names(copy) == ["Ana", "Bruno", "Carla"]  # the -wal's rows in the copy
        assert not connection.in_transaction
    finally:
        reader.close()
        connection.close()
