"""Migrations over a database that already holds data: schema 9 ("not the same person"
answers), schema 10 (a snooze held for the due it was made for), schema 12 (when a
keep-in-touch item was held)."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Iterable
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


_SCHEMA_1_ROWS = """
INSERT INTO contact (id, given_name, family_name, display_name, sort_key, organization, title,
  birthday, anniversary, notes, met_on, met_at, met_through_id, source, source_file,
  source_date, keep_in_touch_days, archived, created_at, updated_at, uid, raw_properties,
  last_interaction, next_due, what_they_do, looking_for, can_offer, nickname, photo_url)
 VALUES
 (1, 'José', 'Muñoz', 'José Muñoz', 'munoz jose', 'Telefónica', 'CTO', '1980-04-15', '--06-01',
  'Loves jazz', '2019-05-01', 'Web Summit', NULL, 'vcard', 'old.vcf', '2020-01-01 10:00:00',
  30, 0, '2020-01-01 10:00:00', '2020-01-02 10:00:00', 'card-1', 'X-FOO:bar',
  '2021-01-01 10:00:00', '2021-01-31 10:00:00', 'Networks', 'A CFO', 'Intros', 'Pepe',
  'https://example.es/jose.jpg'),
 (2, 'Ana', 'Peña', 'Ana Peña', 'pena ana', '', '', '--12-24', NULL, '', NULL, '', 1, 'manual',
  '', NULL, NULL, 0, '2020-01-01', '2020-01-01', '', '', '2021-01-01 10:00:00', NULL, '', '',
  '', '', ''),
 (3, 'Bo', '', 'Bo', 'bo', 'Acme', '', NULL, NULL, 'archived', NULL, '', NULL, 'csv', 'x.csv',
  NULL, 7, 1, '2020-01-01', '2020-01-01', '', '', NULL, '2020-01-08', '', '', '', '', '');
INSERT INTO email (contact_id, position, label, value, value_folded, preferred) VALUES
 (1, 0, 'work', 'J@x.es', 'j@x.es', 1), (1, 1, 'home', 'jose@home.es', 'jose@home.es', 0),
 (2, 0, '', 'ana@pena.es', 'ana@pena.es', 0);
INSERT INTO phone (contact_id, position, label, raw, e164, preferred) VALUES
 (1, 0, 'cell', '+34 612 34 56 78', '+34612345678', 1), (3, 0, '', '0612345678', '', 0);
INSERT INTO address (contact_id, label, street, locality, postal_code, country) VALUES
 (1, 'work', 'Gran Vía 28', 'Madrid', '28013', 'Spain');
INSERT INTO url (contact_id, value) VALUES (1, 'https://example.es');
INSERT INTO related (contact_id, label, name, related_contact_id) VALUES (1, 'spouse', 'Ana', 2);
INSERT INTO custom_field (contact_id, label, value) VALUES (1, 'Shoe size', '43');
INSERT INTO tag (id, name, default_cadence_days) VALUES (1, 'Mentors', 30), (2, 'family', NULL);
INSERT INTO contact_tag VALUES (1, 1), (2, 2), (3, 1);
INSERT INTO interaction (id, occurred_at, kind, summary, body, created_at) VALUES
 (1, '2021-01-01 10:00:00', 'call', 'Talked about the Lisbon offer', 'ñ', '2021-01-01'),
 (2, '2020-06-01 09:00:00', 'meeting', 'Coffee', '', '2020-06-01');
INSERT INTO interaction_contact VALUES (1, 1), (1, 2), (2, 1);
INSERT INTO follow_up (id, contact_id, due, has_time, note, from_cadence, done_at,
  snoozed_until, effective_due, created_at) VALUES
 (1, 1, '2021-01-31 10:00:00', 0, 'Keep in touch', 1, NULL, '2021-02-03 09:00:00',
  '2021-02-03 09:00:00', '2021-01-01'),
 (2, 2, '2022-01-01 00:00:00', 1, 'Send the book', 0, '2022-01-02 10:00:00', NULL,
  '2022-01-01 00:00:00', '2021-01-01');
INSERT INTO setting VALUES ('csv_mapping', '{"a": "b"}');
"""


def _every_row(
    connection: sqlite3.Connection, tables: Iterable[str] = ()
) -> dict[str, dict[object, dict[str, object]]]:
    """Every row of ``tables`` (default: every table, the FTS table's text but not its shadow
    tables), by rowid (a table without one: by the whole row)."""
    tables = list(tables) or [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'contact_fts_%'"
        )
    ]
    rows: dict[str, dict[object, dict[str, object]]] = {}
    for table in tables:
        try:
            cursor = connection.execute(f'SELECT rowid AS "_rowid", * FROM "{table}"')
        except sqlite3.OperationalError:  # WITHOUT ROWID: by the whole row
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            rows[table] = {row: {"row": row} for row in cursor}
            continue
        names = [d[0] for d in cursor.description]
        rows[table] = {row[0]: dict(zip(names, row, strict=True)) for row in cursor}
    return rows


def test_every_field_of_every_row_of_a_schema_1_database_is_kept_by_the_upgrade(
    tmp_path: Path,
) -> None:
    """Field by field, not counts: contacts with their photos, e-mails, phones, addresses,
    links, related people, custom fields, tags, journal, follow-ups, settings and search
    rows. Only a contact without a UID is given one (schema 13); search finds the same."""
    from netdesk.store import search

    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=1)
    connection.executescript(_SCHEMA_1_ROWS)
    photo = bytes(range(256)) * 64
    connection.execute("UPDATE contact SET photo = ?, thumbnail = ? WHERE id = 1", (photo, b"t"))
    connection.commit()
    connection.close()
    db.init(str(path))  # the search rows as the app wrote them: documents() reads through db
    documents = search.documents([1, 2, 3])
    db.close()
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO contact_fts (rowid, names, details) VALUES (?, ?, ?)",
        [(cid, names, details) for cid, (names, details) in documents.items()],
    )
    connection.commit()
    before = _every_row(connection)
    connection.close()

    store = open_database(path)
    try:
        core = Core.over(store, FixedClock(dt.datetime(2026, 3, 2, 9)))
        for query in ("munoz", "telefonica", "lisbon", "612345678", "mentors", "ana", "acme"):
            found = set(core.contacts.search(query, include_archived=True))
            assert found == {
                cid for cid, (names, details) in documents.items()
                if any(w.startswith(query) for w in f"{names} {details}".split())
            }, query  # fmt: skip
        after = _every_row(db.connection(), before)
    finally:
        store.close()
    for table, rows in before.items():
        assert after[table].keys() == rows.keys(), table
        for key, row in rows.items():
            kept = {name: after[table][key][name] for name in row}
            if table == "contact" and row["uid"] == "":
                assert str(kept.pop("uid")).startswith("urn:uuid:")
                row = {name: value for name, value in row.items() if name != "uid"}
            assert kept == row, (table, key)
    assert after["contact"][1]["photo"] == photo


_KILLED_WHILE_MIGRATING = """
import os, signal, sys
from netdesk.store import migrations
from netdesk.store.database import open_database

last = migrations.MIGRATIONS[-1]

def killed_half_way(database):
    last(database)  # after schema 13 gave every contact a UID, in the same transaction
    os.kill(os.getpid(), signal.SIGKILL)  # the power cut, the OOM killer, the desktop's kill

migrations.MIGRATIONS = (*migrations.MIGRATIONS[:-1], killed_half_way)
open_database(sys.argv[1])
"""


def test_a_migration_killed_half_way_leaves_the_file_as_it_was_and_the_next_start_migrates(
    tmp_path: Path,
) -> None:
    import signal
    import subprocess
    import sys

    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=12)  # before the UIDs
    connection.executescript(_SCHEMA_1_ROWS)
    connection.commit()
    before = _every_row(connection)
    connection.close()
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_WHILE_MIGRATING, str(path)], cwd=root, timeout=60
    )
    assert done.returncode == -signal.SIGKILL
    with contextlib.closing(sqlite3.connect(path)) as check:
        assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert check.execute("PRAGMA user_version").fetchone()[0] == 12
        assert _every_row(check) == before
    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION
        assert db.execute_sql("SELECT count(*) FROM contact WHERE uid = ''").fetchone() == (0,)
    finally:
        store.close()


def test_schema_17_reads_the_coming_birthdays_from_the_index_alone(tmp_path: Path) -> None:
    """Today's first look at the coming birthdays read each one's contact row (a page of the
    file apiece, 100-140 ms the first time on 100,000 contacts): the index holds what it
    shows. The same people are found, archived ones and those without a birthday left out."""
    from netdesk.store import queries

    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=16)
    birthdays = ["1980-11-28", "--11-29", "1975-12-01", None, "1990-11-28", "2001-06-01"]
    connection.executemany(
        "INSERT INTO contact (id, given_name, display_name, sort_key, birthday, birthday_md,"
        " archived, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01')",
        [
            (i, f"P{i}", f"P{i}", f"p{i}", day, day[-5:] if day else None, int(i == 5))
            for i, day in enumerate(birthdays, start=1)
        ],
    )
    connection.commit()
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 17
        found = queries.dates_between(dt.date(2026, 11, 28), 7)
        assert sorted(found) == [
            (1, "P1", "birthday", "1980-11-28"),
            (2, "P2", "birthday", "--11-29"),
            (3, "P3", "birthday", "1975-12-01"),
        ]
        plan = db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT id, display_name, birthday FROM contact "
            "WHERE archived = 0 AND birthday_md IN ('11-28', '11-29')"
        ).fetchall()
        assert "COVERING INDEX contact_birthday_md" in str(plan)
    finally:
        store.close()


def test_schema_18_keeps_a_fingerprint_when_a_tag_is_added(tmp_path: Path) -> None:
    """A schema-17 file loses the trigger that cleared a contact's import fingerprint on every
    tag linked to it; the fingerprints it holds are kept, and taking a tag off still clears."""
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=17)
    connection.execute(
        "INSERT INTO contact (id, given_name, display_name, sort_key, created_at, updated_at,"
        " import_fingerprint) VALUES (1, 'Ana', 'Ana', 'ana', '2026-01-01', '2026-01-01', 'fp')"
    )
    connection.execute("INSERT INTO tag (id, name) VALUES (1, 'Clients'), (2, 'Friends')")
    connection.execute("INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 1)")
    cleared = connection.execute("SELECT import_fingerprint FROM contact").fetchone()
    assert cleared == (None,)  # schema 17: the tag cleared it
    connection.execute("UPDATE contact SET import_fingerprint = 'fp'")
    connection.commit()
    connection.close()

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 18
        triggers = {
            row[0]
            for row in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert "contact_tag_insert_clears_fingerprint" not in triggers
        assert "contact_tag_delete_clears_fingerprint" in triggers
        db.execute_sql("INSERT INTO contact_tag (contact_id, tag_id) VALUES (1, 2)")
        fingerprint = "SELECT import_fingerprint FROM contact WHERE id = 1"
        assert db.execute_sql(fingerprint).fetchone() == ("fp",)
        db.execute_sql("DELETE FROM contact_tag WHERE tag_id = 1")
        assert db.execute_sql(fingerprint).fetchone() == (None,)
    finally:
        store.close()
