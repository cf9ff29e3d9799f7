"""A bulk insert's statements: a small first chunk, and no search-row DELETE above every row."""

from __future__ import annotations

import datetime as dt

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import bulk, search
from netdesk.store.models import db

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _traced(contacts: list[Contact]) -> list[str]:
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)  # in order, from either thread
    try:
        with bulk.write_transaction():
            bulk.insert_contacts([(c, None) for c in contacts], NOW)
    finally:
        db.connection().set_trace_callback(None)
    return statements


def test_the_writer_starts_on_a_small_chunk_then_takes_full_ones(core: Core) -> None:
    statements = _traced([Contact(given_name=f"Ana{i:04}") for i in range(1234)])
    inserts = [sql for sql in statements if sql.startswith('INSERT INTO "contact" (')]
    assert [sql.count("),(") + 1 for sql in inserts] == [100, 500, 500, 134]
    assert len(search.search_ids("ana", limit=5000)) == 1234


def test_no_search_row_is_deleted_for_ids_above_every_one(core: Core) -> None:
    statements = _traced([Contact(given_name=f"Ben{i}") for i in range(30)])
    assert not [sql for sql in statements if sql.startswith("DELETE FROM contact_fts")]
    assert len(search.search_ids("ben", limit=100)) == 30
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


def test_a_search_row_left_where_a_new_contact_goes_is_replaced(core: Core) -> None:
    # a row without its contact (as a damaged index could hold) at the next id to be taken
    taken = int(db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    db.execute_sql(
        "INSERT INTO contact_fts (rowid, names, details) VALUES (?, 'zyxwv', '')", (taken,)
    )
    statements = _traced([Contact(given_name="Carla")])
    assert [sql for sql in statements if sql.startswith("DELETE FROM contact_fts")]
    assert search.search_ids("zyxwv") == []
    assert len(search.search_ids("carla")) == 1
