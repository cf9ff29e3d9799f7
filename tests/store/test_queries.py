"""List, count and Today queries: orders and counts, the schema-3 indexes, and their plans."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from raw_connection import RawDatabase

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import migrations, queries
from netdesk.store.database import open_database
from netdesk.store.models import db
from netdesk.store.queries import ListFilter, SortOrder

NOW = dt.datetime(2026, 3, 2, 9, 0)


def _talks() -> dict[int, int]:
    return dict(db.execute_sql("SELECT id, interaction_count FROM contact").fetchall())


def _counted() -> dict[int, int]:
    return dict(
        db.execute_sql(
            "SELECT c.id, (SELECT count(*) FROM interaction_contact ic WHERE ic.contact_id = c.id)"
            " FROM contact c"
        ).fetchall()
    )


def test_schema_3_counts_the_journal_of_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "netdesk.sqlite3"
    connection = sqlite3.connect(path)
    migrations.migrate(RawDatabase(connection), str(path), target=2)  # type: ignore[arg-type]
    connection.executescript(
        """
        INSERT INTO contact (id, display_name, sort_key, created_at, updated_at) VALUES
          (1, 'Ana', 'ana', '2020-01-01', '2020-01-01'),
          (2, 'Bo', 'bo', '2020-01-01', '2020-01-01'),
          (3, 'Cy', 'cy', '2020-01-01', '2020-01-01');
        INSERT INTO interaction (id, occurred_at, kind, summary, created_at) VALUES
          (1, '2021-01-01 10:00:00', 'call', 'a', '2021-01-01'),
          (2, '2021-02-01 10:00:00', 'call', 'b', '2021-02-01');
        INSERT INTO interaction_contact VALUES (1, 1), (1, 2), (2, 1);
        """
    )
    connection.commit()
    connection.close()
    store = open_database(path)
    try:
        assert store.schema_version == migrations.SCHEMA_VERSION >= 3
        assert _talks() == {1: 2, 2: 1, 3: 0}
        names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {
            "contact_name_order",
            "contact_talks",
            "follow_up_open_due",
            "contact_origin_unknown",
        } <= names
        assert "contact_sort_key" not in names
    finally:
        store.close()


def test_interaction_count_follows_every_journal_change(core: Core) -> None:
    ana = core.contacts.create(Contact(given_name="Ana"))
    bo = core.contacts.create(Contact(given_name="Bo"))
    cy = core.contacts.create(Contact(given_name="Cy"))
    first = core.journal.log([ana, bo], "call", "Kick-off")
    core.journal.log([ana], "email", "Notes")
    core.journal.log([cy], "meeting", "Coffee")
    assert _talks() == _counted() == {ana: 2, bo: 1, cy: 1}
    entry = core.journal.delete(first)
    assert _talks() == {ana: 1, bo: 0, cy: 1}
    assert entry is not None
    core.journal.restore(entry)
    assert _talks() == {ana: 2, bo: 1, cy: 1}
    core.contacts.merge(ana, cy)
    assert _talks() == _counted() == {ana: 3, bo: 1}
    deleted = core.contacts.delete([bo])
    core.contacts.restore(deleted)
    assert _talks() == _counted()


def test_worth_reviving_prefers_the_most_talked_to_silent_contacts(core: Core) -> None:
    old = NOW - dt.timedelta(days=400)
    chatty, quiet, tagged, recent = (
        core.contacts.create(Contact(given_name=name)) for name in ("Chatty", "Quiet", "T", "R")
    )
    for n in range(5):
        core.journal.log([chatty], "call", f"call {n}", at=old - dt.timedelta(days=n))
    core.journal.log([quiet], "call", "once", at=old)
    core.contacts.add_tag([tagged], "friends")
    core.journal.log([tagged], "call", "once", at=old)
    for n in range(6):
        core.journal.log([recent], "call", f"call {n}", at=NOW - dt.timedelta(days=n))
    assert core.contacts.worth_reviving(limit=3) == [chatty, tagged]


def test_the_due_list_is_in_the_chosen_order(core: Core) -> None:
    zoe = core.contacts.create(Contact(given_name="Zoe"))
    ann = core.contacts.create(Contact(given_name="Ann"))
    core.follow_ups.add(zoe, NOW - dt.timedelta(days=9), "long overdue")
    core.follow_ups.add(ann, NOW - dt.timedelta(hours=1), "just due")
    core.journal.log([zoe], "call", "lately", at=NOW - dt.timedelta(days=2))
    core.journal.log([ann], "call", "long ago", at=NOW - dt.timedelta(days=90))
    assert queries.list_ids(ListFilter.DUE, SortOrder.NAME, NOW) == [ann, zoe]
    assert queries.list_ids(ListFilter.DUE, SortOrder.NEXT_DUE, NOW) == [zoe, ann]
    assert queries.list_ids(ListFilter.DUE, SortOrder.LAST_INTERACTION, NOW) == [zoe, ann]


def test_lists_keep_their_orders_and_counts(core: Core) -> None:
    never = core.contacts.create(Contact(given_name="Never", met_at="PyCon"))
    old = core.contacts.create(Contact(given_name="Old"))
    new = core.contacts.create(Contact(given_name="New", keep_in_touch_days=7))
    gone = core.contacts.create(Contact(given_name="Gone"))
    core.journal.log([old], "call", "long ago", at=NOW - dt.timedelta(days=300))
    core.journal.log([new], "call", "lately", at=NOW - dt.timedelta(days=30))
    core.follow_ups.add(old, NOW - dt.timedelta(days=1), "overdue")
    core.contacts.set_archived([gone], True)
    core.contacts.add_tag([old, never], "x")

    def ids(list_filter: ListFilter, sort: SortOrder = SortOrder.NAME) -> list[int]:
        return queries.list_ids(list_filter, sort, NOW)

    assert ids(ListFilter.ALL) == [never, new, old]
    assert ids(ListFilter.ALL, SortOrder.LAST_INTERACTION) == [new, old, never]
    assert ids(ListFilter.ALL, SortOrder.NEXT_DUE) == [new, old, never]  # new: cadence, overdue
    assert ids(ListFilter.DUE) == [new, old]
    assert ids(ListFilter.DUE, SortOrder.LAST_INTERACTION) == [new, old]
    assert ids(ListFilter.COBWEBS) == [never, old]
    assert ids(ListFilter.COBWEBS, SortOrder.LAST_INTERACTION) == [old, never]
    assert ids(ListFilter.ORIGIN_UNKNOWN) == [new, old]
    assert ids(ListFilter.ARCHIVED) == [gone]
    assert queries.list_ids(ListFilter.ALL, SortOrder.NAME, NOW, tag="x") == [never, old]
    for list_filter in ListFilter:
        assert queries.count(list_filter, NOW) == len(ids(list_filter))
    assert queries.count(ListFilter.ALL, NOW, tag="x") == 2
    stats = queries.stats(NOW)
    assert (stats.contacts, stats.archived, stats.due) == (3, 1, 2)


@pytest.mark.parametrize("list_filter", list(ListFilter))
@pytest.mark.parametrize("sort", list(SortOrder))
def test_list_queries_never_read_every_contact_row(
    core: Core, list_filter: ListFilter, sort: SortOrder
) -> None:
    # Without ANALYZE statistics SQLite plans the same on 10 rows as on 100,000.
    statements = _statements(lambda: queries.list_ids(list_filter, sort, NOW))
    statements += _statements(lambda: queries.count(list_filter, NOW))
    for sql in statements:
        for step in _plan(sql):
            # reading the few archived rows through their partial index is fine
            whole_table = step.startswith("SCAN contact") and "contact_archived" not in step
            assert not (whole_table and "COVERING INDEX" not in step), (sql, step)
            if list_filter in (ListFilter.ALL, ListFilter.ARCHIVED) and sort is SortOrder.NAME:
                assert "TEMP B-TREE" not in step, (sql, step)


def test_today_queries_use_their_indexes(core: Core) -> None:
    statements = _statements(core.follow_ups.due) + _statements(core.follow_ups.count_due)
    statements += _statements(lambda: queries.cobweb_candidates(NOW, 180, 3))
    statements += _statements(lambda: queries.stats(NOW))
    plans = [step for sql in statements for step in _plan(sql)]
    assert any("follow_up_open_due" in step for step in plans)
    assert any("contact_talks" in step for step in plans)
    assert not [s for s in plans if "interaction_contact" in s]  # no counting of the journal
    assert not [s for s in plans if s.startswith(("SCAN f", "SCAN follow_up"))]


def _statements(action: object) -> list[str]:
    found: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(found.append)
    try:
        action()  # type: ignore[operator]
    finally:
        connection.set_trace_callback(None)
    return [s for s in found if s.lstrip().upper().startswith("SELECT")]


def _plan(sql: str) -> list[str]:
    return [r[3] for r in db.connection().execute(f"EXPLAIN QUERY PLAN {sql}")]
