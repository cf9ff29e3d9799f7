"""New rows never take the ids a delete's undo will put back, whichever process writes them
(store.fresh_ids keeps the reservation in the file, schema 11)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from raw_connection import RawDatabase

from netdesk.core import Core
from netdesk.core.contacts import DeleteCancelled
from netdesk.core.types import Contact, EmailAddress
from netdesk.store import migrations
from netdesk.store.database import open_database
from netdesk.store.models import db


def _cli_add(data_dir: Path, name: str) -> int:
    """netdesk-cli in a process of its own, as a user runs it beside the app."""
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "add", "--name", name],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


def test_the_cli_does_not_take_the_id_the_apps_undo_holds(core: Core, tmp_data_dir: Path) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", emails=[EmailAddress("ana@x.es")]))
    newest = core.contacts.create(Contact(given_name="Bo"))
    entry = core.journal.log([newest], "call", "Talked about the offer")
    records = core.contacts.delete([newest])  # what the app's Ctrl+Z holds

    other = _cli_add(tmp_data_dir, "Cleo")
    assert other not in (ana, newest)

    core.contacts.restore(records)  # the undo: "UNIQUE constraint failed" before
    assert core.contacts.get(newest).given_name == "Bo"
    assert core.contacts.get(other).given_name == "Cleo"
    assert [i.id for i in core.journal.for_contact(newest)] == [entry]


def test_a_cancelled_delete_reserves_nothing(core: Core) -> None:
    core.contacts.create(Contact(given_name="Ana"))
    newest = core.contacts.create(Contact(given_name="Bo"))
    with pytest.raises(DeleteCancelled):
        core.contacts.delete([newest], cancelled=lambda: True)
    assert core.contacts.get(newest) is not None
    assert db.execute_sql("SELECT count(*) FROM held_id").fetchone()[0] == 0

    core.contacts.delete([newest])
    assert db.execute_sql("SELECT table_name, highest FROM held_id").fetchall() == [
        ("contact", newest)
    ]
    assert core.contacts.create(Contact(given_name="Cleo")) == newest + 1


def test_schema_10_gains_the_reservations_table(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=10)
    connection.execute(
        "INSERT INTO contact (id, given_name, display_name, sort_key, created_at, updated_at)"
        " VALUES (7, 'Ana', 'Ana', 'ana', '2026-01-01', '2026-01-01')"
    )
    connection.commit()
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 11
        assert db.execute_sql("SELECT count(*) FROM held_id").fetchone()[0] == 0
    finally:
        store.close()
