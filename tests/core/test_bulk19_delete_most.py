"""Deleting most of the contacts at once (``ContactService.delete``'s ``most``): the rows
are read first, then each table loses its rows with its indexes dropped and made again, and
the search index is built again over the rows left. Row by row, deleting 97,519 of 100,000
contacts took 69 s of CPU. It leaves the rows and the schema exactly as the delete row by
row does, and its cancel, at any step, and its undo leave everything as it was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_bulk17_delete_record import _TABLES, _everything, people  # noqa: F401 (a fixture)

from netdesk.core import Core
from netdesk.core.contacts import DeleteCancelled, DeletedContacts, RestoreCancelled
from netdesk.core.types import Contact
from netdesk.store.models import db

Progress = Callable[[int, int], None] | None


def _delete_most(
    core: Core,
    ids: list[int],
    progress: Progress = None,
    cancelled: Callable[[], bool] | None = None,
) -> DeletedContacts:
    """A delete of more than half of the contacts, past the threshold: tables rebuilt."""
    return core.contacts.delete(ids, progress, cancelled, most=0.5, at_least=1)


def _delete_row_by_row(core: Core, ids: list[int]) -> DeletedContacts:
    return core.contacts.delete(ids, most=1.0, at_least=10**9)


def _schema() -> list[tuple[object, ...]]:
    """Every table, index and trigger as defined (where its pages are aside)."""
    return sorted(db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master"), key=repr)


def _temporary() -> list[tuple[object, ...]]:
    return list(db.execute_sql("SELECT name FROM sqlite_temp_master"))


def _statements(work: Callable[[], object]) -> list[str]:
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    try:
        work()
    finally:
        db.connection().set_trace_callback(None)
    return seen


def _sound() -> None:
    assert db.execute_sql("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    db.execute_sql("INSERT INTO contact_fts (contact_fts) VALUES ('integrity-check')")


def test_deleting_most_leaves_what_deleting_row_by_row_leaves(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before, schema = _everything(), _schema()
    records = _delete_row_by_row(core, people)
    row_by_row = _everything()
    core.contacts.restore(records)
    assert _everything() == before

    said = _statements(lambda: _delete_most(core, people))
    assert any(s.startswith("DROP INDEX") for s in said)
    assert any("'rebuild'" in s for s in said)
    after = _everything()
    for table in _TABLES:
        assert after[table] == row_by_row[table], table
    assert _schema() == schema  # every index made again as the schema has it
    assert _temporary() == []
    _sound()
    (stays,) = set(core.contacts.list_ids()) - set(people)
    assert core.contacts.search("stays") == [stays]
    assert core.contacts.search("lopez") == []


def test_the_undo_of_deleting_most_puts_back_every_row(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before, schema = _everything(), _schema()
    records = _delete_most(core, people)
    core.contacts.restore(records)
    after = _everything()
    for table in _TABLES:
        assert after[table] == before[table], table
    assert _schema() == schema
    _sound()
    assert set(core.contacts.search("lopez")) == set(people)
    # and again (a redo, an undo)
    core.contacts.restore(_delete_most(core, people))
    assert _everything() == before


def test_a_cancel_at_any_step_of_deleting_most_leaves_everything_as_it_was(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before, schema = _everything(), _schema()
    steps: list[int] = []
    records = _delete_most(core, people, lambda done, _: steps.append(done))
    assert steps == sorted(steps) and steps[-1] == len(people)
    core.contacts.restore(records)
    for cancel_at in range(1, len(steps) + 1):  # reading, then each table's step
        seen = _Steps(cancel_at)
        with pytest.raises(DeleteCancelled):
            _delete_most(core, people, seen.append_done, seen.cancelled)
        assert len(seen) == cancel_at
        assert _everything() == before, cancel_at
        assert _schema() == schema, cancel_at
        assert _temporary() == [], cancel_at
    _sound()
    core.contacts.restore(_delete_most(core, people))
    assert _everything() == before


class _Steps(list[int]):
    """The steps a delete said it made; Cancel pressed at the ``cancel_at``-th."""

    def __init__(self, cancel_at: int) -> None:
        super().__init__()
        self.cancel_at = cancel_at

    def append_done(self, done: int, _total: int) -> None:
        self.append(done)

    def cancelled(self) -> bool:
        return len(self) >= self.cancel_at


def test_the_share_of_the_contacts_decides_how_they_are_deleted(core: Core) -> None:
    ids = [core.contacts.create(Contact(given_name=f"C{n}")) for n in range(10)]

    def rebuilt(most: float, at_least: int) -> bool:
        records: list[DeletedContacts] = []
        said = _statements(
            lambda: records.append(core.contacts.delete(ids[:6], most=most, at_least=at_least))
        )
        core.contacts.restore(records[0])
        return any(s.startswith("DROP INDEX") for s in said)

    assert rebuilt(most=0.6, at_least=1)  # 6 of 10
    assert not rebuilt(most=0.7, at_least=1)
    assert not rebuilt(most=0.6, at_least=7)
    assert core.contacts.count() == 10


def _restore_most(
    core: Core,
    records: DeletedContacts,
    progress: Progress = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """An undo that puts back most of the contacts, past the threshold: indexes made after."""
    core.contacts.restore(records, progress, cancelled, most=0.5, at_least=1)


def test_an_undo_putting_back_most_makes_the_indexes_after_it_and_every_row_as_it_was(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before, schema = _everything(), _schema()
    records = _delete_most(core, people)
    said = _statements(lambda: _restore_most(core, records))
    assert any(s.startswith("DROP INDEX") for s in said)
    after = _everything()
    for table in _TABLES:
        assert after[table] == before[table], table
    assert _schema() == schema
    _sound()
    records = _delete_row_by_row(core, people)
    _restore_most(core, records)
    assert _everything() == before
    assert _schema() == schema


def test_a_cancel_at_any_step_of_an_undo_putting_back_most_leaves_them_deleted(
    core: Core,
    people: list[int],  # noqa: F811
) -> None:
    before, schema = _everything(), _schema()
    records = _delete_most(core, people)
    deleted = _everything()
    steps = _Steps(10**9)
    _restore_most(core, records, steps.append_done)
    records = _delete_most(core, people)
    for cancel_at in range(1, len(steps) + 1):
        seen = _Steps(cancel_at)
        with pytest.raises(RestoreCancelled):
            _restore_most(core, records, seen.append_done, seen.cancelled)
        assert _everything() == deleted, cancel_at
        assert _schema() == schema, cancel_at
    _restore_most(core, records)
    assert _everything() == before
