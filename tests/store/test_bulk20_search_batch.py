"""A bulk insert writes its search rows in statements of up to _SEARCH_BATCH rows, not one per
chunk of contacts: each statement is a new FTS5 segment, and past its "crisismerge" count
FTS5 merged them all in the middle of the import."""

from __future__ import annotations

import datetime as dt

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import bulk, search
from netdesk.store.models import db

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _search_rows_per_statement(count: int) -> list[int]:
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)  # in order, from either thread
    try:
        with bulk.write_transaction():
            bulk.insert_contacts(
                [(Contact(given_name=f"Ana{i:05}"), None) for i in range(count)], NOW
            )
    finally:
        db.connection().set_trace_callback(None)
    return [
        sql.count("),(") + 1 for sql in statements if sql.startswith('INSERT INTO "contact_fts" (')
    ]


def test_the_search_rows_of_a_few_thousand_contacts_go_in_whole_batches(core: Core) -> None:
    assert _search_rows_per_statement(1234) == [1234]
    assert len(search.search_ids("ana", limit=5000)) == 1234
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


def test_each_batch_takes_whole_chunks_until_it_is_full(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "_SEARCH_BATCH", 500)
    # chunks of 100, 500, 500 and 134 contacts (test_import18_bulk_chunks)
    assert _search_rows_per_statement(1234) == [600, 500, 134]
    assert len(search.search_ids("ana", limit=5000)) == 1234
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


def test_a_reindex_writes_its_rows_in_the_same_batches(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    with bulk.write_transaction():
        ids = bulk.insert_contacts(
            [(Contact(given_name=f"Bo{i:04}"), None) for i in range(900)], NOW
        )
    monkeypatch.setattr(bulk, "_SEARCH_BATCH", 400)
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        with bulk.write_transaction():
            bulk.index(ids)
    finally:
        db.connection().set_trace_callback(None)
    inserts = [s for s in statements if s.startswith('INSERT INTO "contact_fts" (')]
    assert [sql.count("),(") + 1 for sql in inserts] == [400, 400, 100]
    assert len(search.search_ids("bo", limit=5000)) == 900
