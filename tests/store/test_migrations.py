"""Schema 9: "not the same person" answers, added to a database that already holds contacts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError
from raw_connection import RawDatabase

from netdesk.store import dismissed, migrations
from netdesk.store.database import open_database
from netdesk.store.models import db


def test_schema_8_with_contacts_gains_the_answers_table(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=8)
    connection.executescript(
        """
        INSERT INTO contact (id, given_name, display_name, sort_key, created_at, updated_at)
          VALUES (1, 'Jon', 'Jon', 'jon', '2020-01-01', '2020-01-01'),
                 (2, 'John', 'John', 'john', '2020-01-01', '2020-01-01'),
                 (3, 'Ana', 'Ana', 'ana', '2020-01-01', '2020-01-01');
        INSERT INTO email (contact_id, value, value_folded) VALUES (3, 'A@x.es', 'a@x.es');
        """
    )
    connection.commit()
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 8
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 9
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 3
        assert db.execute_sql("SELECT count(*) FROM email").fetchone()[0] == 1
        assert dismissed.add([(2, 1), (1, 3), (1, 99)]) == [(1, 2), (1, 3)]  # 99: no such one
        assert dismissed.all_pairs() == {(1, 2), (1, 3)}
        db.execute_sql("DELETE FROM contact WHERE id = 1")  # the answers go with the contact
        assert dismissed.count() == 0
        indexes = {
            r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert "not_duplicate_high_id" in indexes  # deleting contacts does not scan it
    finally:
        store.close()


def test_a_pair_is_stored_smaller_id_first_and_only_once(tmp_path: Path) -> None:
    store = open_database(tmp_path / "netdesk.sqlite3")
    try:
        db.execute_sql(
            "INSERT INTO contact (id, created_at, updated_at) VALUES (5, 'x', 'x'), (7, 'x', 'x')"
        )
        assert dismissed.add([(7, 5), (5, 7), (5, 5)]) == [(5, 7)]
        assert dismissed.add([(5, 7)]) == []
        assert dismissed.of_contact(7) == [(5, 7)]
        with pytest.raises(IntegrityError, match="CHECK"):  # the table refuses a reversed pair
            db.execute_sql("INSERT INTO not_duplicate VALUES (7, 5)")
        dismissed.remove([(7, 5)])
        assert dismissed.count() == 0
    finally:
        store.close()
