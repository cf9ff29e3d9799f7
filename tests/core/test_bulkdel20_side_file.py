"""Deleting most of the contacts keeps the rows for its undo in a file of their own beside the
database, copied there and back by SQLite (``contact_rows.keep_most``, ``put_back_most``):
read into Python, the rows of a million journal entries took 16-20 s of the delete and ~150 MB.
The undo is as exact as the other's; a failure in either (a full disk) leaves the database as
it was, and the file goes with the record, a failed delete, or the next delete after a crash."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_bulk17_delete_record import _TABLES, _everything, people  # noqa: F401 (a fixture)

from netdesk.core import Core
from netdesk.core.contacts import DeletedContacts
from netdesk.core.types import Contact, EmailAddress, PhoneNumber
from netdesk.store.database import StoreError
from netdesk.store.models import db


def _delete_most(core: Core, ids: list[int]) -> DeletedContacts:
    return core.contacts.delete(ids, most=0.3, at_least=1)


def _side_files(core: Core) -> list[Path]:
    database = core.store.path
    return sorted(database.parent.glob(f"{database.name}-undo-*"))


def _attached() -> list[str]:
    return [row[1] for row in db.execute_sql("PRAGMA database_list")]


@contextlib.contextmanager
def _failing_at(start: str) -> Iterator[None]:
    """Each statement that begins with ``start`` fails as it runs (SQLite interrupts it), as
    a full disk or an I/O error would stop it."""
    connection = db.connection()
    running = [""]
    connection.set_trace_callback(lambda sql: running.__setitem__(0, sql))
    connection.set_progress_handler(lambda: int(running[0].startswith(start)), 1)
    try:
        yield
    finally:
        connection.set_trace_callback(None)
        connection.set_progress_handler(None, 1)


def test_deleting_most_keeps_its_rows_in_a_file_that_goes_with_the_record(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before = _everything()
    records = _delete_most(core, people)
    side = records.rows.side
    assert side is not None and _side_files(core) == [side]
    assert records.rows.steps == []  # nothing of the rows held in memory
    assert len(records) == len(people) and records.contact_ids == sorted(people)
    assert records.rows.interactions == 7 and records.rows.follow_ups == 5
    assert "taken_rows" not in _attached()
    core.contacts.restore(records)
    after = _everything()
    for table in _TABLES:
        assert after[table] == before[table], table
    assert "taken_rows" not in _attached()
    again = _delete_most(core, people)  # a redo: a new record, a new file
    assert again.rows.side is not None and again.rows.side != side
    del records
    gc.collect()
    assert _side_files(core) == [again.rows.side]
    core.contacts.restore(again)
    assert _everything() == before
    del again
    gc.collect()
    assert _side_files(core) == []


def test_an_undo_of_deleting_most_takes_what_changed_meanwhile_as_it_is(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    stays = max(core.contacts.list_ids())
    records = _delete_most(core, people[:4])
    assert records.rows.side is not None
    (shared,) = core.journal.for_contact(stays)
    later = core.clock.now() + dt.timedelta(hours=3)  # after everything else they did
    core.journal.update(dataclasses.replace(shared, summary="Edited call", occurred_at=later))
    core.tags.delete("Group 1")
    core.contacts.delete([people[7]])  # the contact people[0] met through
    core.contacts.restore(records)
    back = core.contacts.get(people[0])
    assert back is not None and back.met_through_id is None  # gone meanwhile: empty
    assert "Group 1" in (core.contacts.get(people[1]) or Contact()).tags  # made again
    assert set(core.contacts.search("edited")) == {people[2], stays}
    summaries = [e.summary for e in core.journal.for_contact(people[2])]
    assert "Edited call" in summaries
    (summary,) = core.contacts.summaries([people[2]])
    assert summary.last_interaction == later  # its last talk read again
    stayer = core.contacts.get(stays)
    assert stayer is not None and stayer.met_through_id == people[1]  # its link back
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_an_undo_of_deleting_most_gives_rows_whose_ids_were_taken_meanwhile_new_ones(
    core: Core,
) -> None:
    ana = core.contacts.create(Contact(given_name="Ana", phones=[PhoneNumber("+34 600 000 001")]))
    bo = core.contacts.create(Contact(given_name="Bo", emails=[EmailAddress("bo@example.org")]))
    records = _delete_most(core, [ana, bo])
    assert records.rows.side is not None
    cleo = core.contacts.create(  # takes the ids of Ana's phone and Bo's e-mail
        Contact(
            given_name="Cleo",
            phones=[PhoneNumber("+34 600 000 003")],
            emails=[EmailAddress("cleo@example.org")],
        )
    )
    core.contacts.restore(records)
    for contact_id, phones, emails in (
        (ana, ["+34600000001"], []),
        (bo, [], ["bo@example.org"]),
        (cleo, ["+34600000003"], ["cleo@example.org"]),
    ):
        back = core.contacts.get(contact_id)
        assert back is not None
        assert [p.e164 for p in back.phones] == phones
        assert [e.value for e in back.emails] == emails
    assert core.contacts.search("bo@example.org") == [bo]
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


@pytest.mark.parametrize(
    "failing",
    [
        "INSERT INTO taken_rows.contact ",
        "INSERT INTO taken_rows.interaction ",
        "INSERT INTO taken_rows.contact_fts ",
        'DELETE FROM main."interaction_contact"',
        "DELETE FROM main.contact_fts_content ",
        "DELETE FROM main.contact ",
    ],
)
def test_a_delete_of_most_that_fails_changes_nothing_and_leaves_no_file(
    core: Core,
    people: list[int],  # noqa: F811
    failing: str,
) -> None:
    before = _everything()
    with _failing_at(failing), pytest.raises(StoreError):
        _delete_most(core, people)
    assert _everything() == before
    assert _side_files(core) == []
    assert "taken_rows" not in _attached()
    core.contacts.restore(_delete_most(core, people))  # and it works again after
    assert _everything() == before


@pytest.mark.parametrize(
    "failing",
    [
        'INSERT INTO main."contact" ',
        'INSERT INTO main."phone" ',
        "INSERT OR IGNORE INTO main.interaction_contact ",
        'INSERT INTO main."follow_up" ',
        'CREATE INDEX "interaction_kind"',
    ],
)
def test_an_undo_of_deleting_most_that_fails_leaves_them_deleted_and_can_be_run_again(
    core: Core,
    people: list[int],  # noqa: F811
    failing: str,
) -> None:
    before = _everything()
    records = _delete_most(core, people)
    deleted = _everything()
    schema = list(db.execute_sql("SELECT * FROM sqlite_master ORDER BY name"))
    with _failing_at(failing), pytest.raises(StoreError):
        core.contacts.restore(records, most=0.3, at_least=1)  # its indexes made after it
    assert _everything() == deleted
    assert list(db.execute_sql("SELECT * FROM sqlite_master ORDER BY name")) == schema
    assert "taken_rows" not in _attached()
    assert list(db.execute_sql("SELECT name FROM sqlite_temp_master")) == []
    assert records.rows.side is not None and records.rows.side.exists()
    core.contacts.restore(records, most=0.3, at_least=1)
    assert _everything() == before


def test_the_file_a_crashed_netdesk_left_goes_with_the_next_delete_of_most(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    database = core.store.path
    crashed = database.with_name(f"{database.name}-undo-{2**22 + 1}-0123abcd")  # no such pid
    crashed.write_bytes(b"the rows of a delete whose netdesk was killed")
    running = database.with_name(f"{database.name}-undo-1-4567cdef")  # init's: running
    running.write_bytes(b"not netdesk's, but of a process that runs")
    held = _delete_most(core, people[:3])  # this netdesk's own, its record held
    assert held.rows.side is not None and running.exists()
    assert crashed.exists() == (os.name != "posix")  # elsewhere os.kill cannot ask: kept
    running.unlink()
    crashed.unlink(missing_ok=True)
    records = _delete_most(core, people[3:])
    assert _side_files(core) == sorted([held.rows.side, records.rows.side])
    assert held.rows.side.name.startswith(f"{database.name}-undo-{os.getpid()}-")
    core.contacts.restore(records)
    core.contacts.restore(held)


def test_a_delete_of_most_inside_another_transaction_keeps_its_rows_in_memory(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before = _everything()
    with core.store.transaction():  # where SQLite cannot attach a file
        records = _delete_most(core, people)
    assert records.rows.side is None and records.rows.steps
    assert _side_files(core) == []
    assert all(core.contacts.get(i) is None for i in people)
    core.contacts.restore(records)
    assert _everything() == before


def test_an_undo_of_deleting_most_indexes_the_search_rows_with_more_held_in_memory(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    def hashsize() -> object:
        row = db.execute_sql("SELECT v FROM contact_fts_config WHERE k = 'hashsize'").fetchone()
        return 1024 * 1024 if row is None else row[0]  # FTS5's own when not set

    records = _delete_most(core, people)
    sizes: list[object] = []
    connection = db.connection()
    connection.set_trace_callback(
        lambda sql: (
            sizes.append(hashsize())
            if sql.startswith("INSERT INTO main.contact_fts (rowid")
            else None
        )
    )
    try:
        core.contacts.restore(records)
    finally:
        connection.set_trace_callback(None)
    assert sizes == [16 * 1024 * 1024]  # while its search rows went in
    assert hashsize() == 1024 * 1024  # and as it was after
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")
    assert set(core.contacts.search("lopez")) == set(people)
