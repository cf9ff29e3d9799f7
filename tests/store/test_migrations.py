"""Migrations over a database that already holds data: schema 9 ("not the same person"
answers), schema 10 (a snooze held for the due it was made for), schema 12 (when a
keep-in-touch item was held)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from peewee import IntegrityError
from raw_connection import RawDatabase

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.store import dismissed, migrations
from netdesk.store import journal as journal_rows
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


def test_schema_9_snoozes_hold_for_their_items_current_due(tmp_path: Path) -> None:
    """A snooze stored before schema 10 stays in force, and now lapses when its keep-in-touch
    item's due moves (and comes back with it)."""
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=9)
    connection.executescript(
        """
        INSERT INTO contact (id, given_name, display_name, sort_key, created_at, updated_at)
          VALUES (1, 'Ana', 'Ana', 'ana', '2026-01-01', '2026-01-01');
        INSERT INTO follow_up (id, contact_id, due, has_time, note, from_cadence, done_at,
            snoozed_until, effective_due, created_at)
          VALUES (1, 1, '2026-03-01 00:00:00', 0, 'Keep in touch', 1, NULL,
                  '2026-03-05 09:00:00', '2026-03-05 09:00:00', '2026-01-01'),
                 (2, 1, '2026-03-02 10:00:00', 1, 'Call', 0, NULL,
                  NULL, '2026-03-02 10:00:00', '2026-01-01');
        """
    )
    connection.commit()
    connection.close()

    store = open_database(path)
    try:
        snoozed = journal_rows.get_follow_up(1)
        assert snoozed is not None
        assert snoozed.snoozed_for == snoozed.due == dt.datetime(2026, 3, 1)
        assert snoozed.effective_due == dt.datetime(2026, 3, 5, 9, 0)
        plain = journal_rows.get_follow_up(2)
        assert plain is not None and (plain.snoozed_until, plain.snoozed_for) == (None, None)
        assert dataclasses.replace(snoozed, due=dt.datetime(2026, 3, 8)).snooze is None
    finally:
        store.close()


def test_schema_11_holds_count_as_made_after_the_last_talk(tmp_path: Path) -> None:
    """A keep-in-touch hold stored before schema 12 stays in force, and the next talk logged
    ends it even when it leaves the due where it was; a one-off item's snooze is not dated."""
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=11)
    connection.executescript(
        """
        INSERT INTO contact (id, given_name, display_name, sort_key, created_at, updated_at,
            keep_in_touch_days, last_interaction)
          VALUES (1, 'Ana', 'Ana', 'ana', '2026-01-01', '2026-01-01', 14,
                  '2026-03-02 09:00:00');
        INSERT INTO interaction (id, occurred_at, kind, summary, created_at)
          VALUES (1, '2026-03-02 09:00:00', 'call', 'Quick call', '2026-03-02 09:00:00');
        INSERT INTO interaction_contact (interaction_id, contact_id) VALUES (1, 1);
        INSERT INTO follow_up (id, contact_id, due, has_time, note, from_cadence, done_at,
            snoozed_until, snoozed_for, effective_due, created_at)
          VALUES (1, 1, '2026-03-16 00:00:00', 0, 'Keep in touch', 1, NULL,
                  '2026-03-02 15:00:00', '2026-03-16 00:00:00', '2026-03-02 15:00:00',
                  '2026-01-01'),
                 (2, 1, '2026-03-02 10:00:00', 1, 'Call', 0, NULL,
                  '2026-03-02 17:00:00', '2026-03-02 10:00:00', '2026-03-02 17:00:00',
                  '2026-01-01');
        """
    )
    connection.commit()
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 11
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 12
        held = journal_rows.get_follow_up(1)
        assert held is not None and held.snoozed_at == dt.datetime(2026, 3, 2, 9)
        assert held.effective_due == dt.datetime(2026, 3, 2, 15)
        one_off = journal_rows.get_follow_up(2)
        assert one_off is not None and one_off.snoozed_at is None
        assert one_off.effective_due == dt.datetime(2026, 3, 2, 17)
        # the next talk, the same day: the hold ends, the item is due at the cadence's date
        core = Core.over(store, FixedClock(dt.datetime(2026, 3, 2, 11)))
        core.journal.log([1], "call", "She called back")
        after = core.follow_ups.get(1)
        assert after is not None and after.effective_due == dt.datetime(2026, 3, 16)
        assert core.follow_ups.count_due(dt.datetime(2026, 3, 2, 18)) == 1  # the one-off
    finally:
        store.close()


def test_schema_13_gives_every_contact_a_uid_of_its_own(tmp_path: Path) -> None:
    """Contacts made before schema 13 had no UID, so their export had none: importing it
    again matched two people sharing an e-mail address as one."""
    import re
    import uuid

    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=12)
    rows = [(i, f"P{i}", "card-uid" if i == 1 else "") for i in range(1, 201)]
    connection.executemany(
        "INSERT INTO contact (id, given_name, display_name, sort_key, uid, created_at,"
        " updated_at, import_fingerprint) VALUES (?, ?, ?, ?, ?, '2026-01-01', '2026-01-01', ?)",
        [(i, name, name, name.lower(), uid, f"US:{i}" if i < 5 else None) for i, name, uid in rows],
    )
    connection.commit()
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 13
        uids = [r[0] for r in db.execute_sql("SELECT uid FROM contact ORDER BY id")]
        assert uids[0] == "card-uid"  # a card's own UID is kept
        # an imported contact's fingerprint stays: the next re-import skips it as before
        fingerprints = db.execute_sql(
            "SELECT id, import_fingerprint FROM contact WHERE import_fingerprint IS NOT NULL"
        ).fetchall()
        assert fingerprints == [(i, f"US:{i}") for i in range(1, 5)]
        assert db.execute_sql("SELECT count(*) FROM sqlite_temp_master").fetchone() == (0,)
        made = uids[1:]
        assert len(set(made)) == len(made) == 199
        for uid in made:
            assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                                r"[0-9a-f]{12}", uid), uid  # fmt: skip
            assert uuid.UUID(uid.removeprefix("urn:uuid:")).version == 4
    finally:
        store.close()


def test_a_migration_another_netdesk_made_while_this_one_waited_is_not_made_again(
    tmp_path: Path,
) -> None:
    """The app and a netdesk-cli cron job started together both read schema 11; the one that
    got the write lock second applied schema 12 again over the first's ("duplicate column
    name: snoozed_at") instead of finding it done."""
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=12)
    connection.commit()

    class ReadBeforeTheOtherMigrated(RawDatabase):
        first = True

        def execute_sql(self, sql: str) -> sqlite3.Cursor:
            if sql == "PRAGMA user_version" and self.first:
                self.first = False
                return self.connection.execute("SELECT 11")
            return super().execute_sql(sql)

    assert migrations.migrate(ReadBeforeTheOtherMigrated(connection), str(path), target=12) == 12
    assert connection.execute("PRAGMA user_version").fetchone()[0] == 12
    connection.close()
