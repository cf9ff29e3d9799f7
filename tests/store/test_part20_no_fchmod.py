"""Windows has no os.fchmod before Python 3.13: a part file is still made there (its rights
are its folder's), so an upgraded netdesk still starts and a backup is still written. Its
AttributeError failed the copy kept before every migration, so every start."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest
from raw_connection import RawDatabase

from netdesk.store import migrations, part_file
from netdesk.store.database import open_database
from netdesk.store.models import db


@pytest.fixture
def no_fchmod(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fchmod")


@pytest.mark.usefixtures("no_fchmod")
def test_part_files_are_made_without_fchmod(tmp_path: Path) -> None:
    made = part_file.begin(tmp_path / "copy.sqlite3.part")
    os.close(made)
    made, part = part_file.begin_beside(tmp_path / "backup.sqlite3")
    os.close(made)
    assert part.parent == tmp_path and part.name.endswith(".part")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["copy.sqlite3.part", part.name])


@pytest.mark.usefixtures("no_fchmod")
def test_an_older_database_is_upgraded_without_fchmod(tmp_path: Path) -> None:
    path = tmp_path / "data" / "netdesk.sqlite3"
    path.parent.mkdir()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        migrations.migrate(RawDatabase(connection), str(path), target=migrations.SCHEMA_VERSION - 1)
        connection.execute(
            "INSERT INTO contact (given_name, display_name, sort_key, created_at, updated_at)"
            " VALUES ('Ada', 'Ada', 'ada', '2026-01-01', '2026-01-01')"
        )
        connection.commit()
    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert db.execute_sql("SELECT given_name FROM contact").fetchall() == [("Ada",)]
    finally:
        store.close()
    kept = [p for p in path.parent.rglob("*.sqlite3") if p != path]
    assert kept, "the copy kept before the migration"
    assert not list(path.parent.rglob("*.part"))
