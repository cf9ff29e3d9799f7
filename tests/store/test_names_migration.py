"""Schema 14: names stored given name first by older versions take the order they are
written in (core.names.person_name), so a re-import finds them by name again."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from raw_connection import RawDatabase

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.importing import import_files
from netdesk.store import migrations, search
from netdesk.store.database import open_database
from netdesk.store.models import db
from netdesk.store.text import fold

_OLD_ROWS = [
    # id, given, family, formatted, display name and sort key as schema 13 stored them
    (1, "太郎", "山田", "山田太郎", "太郎 山田"),
    (2, "Péter", "Nagy", "Nagy Péter", "Péter Nagy"),
    (3, "John", "Smith", "John Smith", "John Smith"),
    (4, "민준", "김", "", "민준 김"),
]


def _schema_13_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=13)  # type: ignore[arg-type]
    connection.executemany(
        "INSERT INTO contact (id, given_name, family_name, formatted_name, display_name,"
        " sort_key, uid, created_at, updated_at, import_fingerprint) VALUES (?, ?, ?, ?, ?,"
        " lower(?), 'urn:uuid:' || ?, '2026-01-01', '2026-01-01', 'US:' || ?)",
        [(*row, row[4], row[0], row[0]) for row in _OLD_ROWS],
    )
    connection.commit()
    connection.close()
    db.init(str(path))  # their search rows as the app wrote them
    with db.atomic():
        search.reindex(row[0] for row in _OLD_ROWS)
    db.close()


def test_schema_14_stores_names_in_the_order_they_are_written(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    _schema_13_database(path)
    card = tmp_path / "phone.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;太郎;;;\r\nFN:山田太郎\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Nagy;Péter;;;\r\nFN:Nagy Péter\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )

    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 14
        rows = db.execute_sql(
            "SELECT id, display_name, sort_key, updated_at, import_fingerprint FROM contact"
            " ORDER BY id"
        ).fetchall()
        assert rows == [
            (1, "山田太郎", "山田太郎", "2026-01-01", "US:1"),
            (2, "Nagy Péter", "nagy peter", "2026-01-01", "US:2"),
            (3, "John Smith", "john smith", "2026-01-01", "US:3"),
            (4, "김민준", fold("김민준"), "2026-01-01", "US:4"),  # Hangul as jamo
        ]
        # the search rows as documents() builds them, details kept
        assert {
            r[0]: (r[1], r[2]) for r in db.execute_sql("SELECT rowid, * FROM contact_fts")
        } == search.documents(row[0] for row in _OLD_ROWS)
        core = Core.over(store, FixedClock(dt.datetime(2026, 3, 2, 9)))
        assert core.contacts.search("nagy peter") == [2]
        assert core.contacts.search("山田太郎") == [1]  # the search row holds the new name
        # the phone's cards again: the same two people, not two more
        summary = import_files(core, [str(card)])
        assert summary.new == 0
        assert sorted(summary.as_dict()["contact_ids"]) == [1, 2]  # type: ignore[type-var]
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone() == (4,)
    finally:
        store.close()
