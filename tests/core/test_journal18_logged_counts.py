"""Logging an entry (or putting a deleted one back) moves its people's last interaction and
count without reading their journals: that read was ~0.4 ms a person, 40 s of logging a
talk with 97,500 people. What it writes is what reading them gives."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import journal as journal_rows
from netdesk.store.models import db

D = dt.datetime


@pytest.fixture
def statements() -> Iterator[list[str]]:
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    yield seen
    db.connection().set_trace_callback(None)


def _facts() -> list[tuple[object, ...]]:
    return list(
        db.execute_sql("SELECT id, last_interaction, interaction_count FROM contact ORDER BY id")
    )


def _as_read_again(ids: list[int]) -> list[tuple[object, ...]]:
    """The same facts, worked out from the journals (then put back as they were)."""
    before = _facts()
    with pytest.raises(RuntimeError), db.atomic():
        journal_rows.refresh_last_interaction(ids)
        read = _facts()
        raise RuntimeError  # roll back
    assert _facts() == before
    return read


def test_a_logged_entry_moves_last_interaction_and_count_as_a_read_would(
    core: Core, statements: list[str]
) -> None:
    never, older, newer = (core.contacts.create(Contact(given_name=n)) for n in "ABC")
    core.journal.log([older], "call", "Long ago", at=D(2025, 5, 1, 9, 30))
    core.journal.log([newer], "call", "Later on", at=D(2026, 6, 1, 9, 30, 15, 250000))
    core.journal.log([newer], "note", "Also", at=D(2026, 1, 1))
    people = [never, older, newer]
    statements.clear()
    logged = core.journal.log(people, "meeting", "Offsite", at=D(2026, 3, 2, 9, 0, 0, 500))
    assert not any("max(i.occurred_at)" in s for s in statements)
    assert _facts() == _as_read_again(people)
    stored = {i: c.last_interaction for i in people if (c := core.contacts.get(i))}
    assert stored == {
        never: D(2026, 3, 2, 9, 0, 0, 500),
        older: D(2026, 3, 2, 9, 0, 0, 500),
        newer: D(2026, 6, 1, 9, 30, 15, 250000),  # later than the one logged: it stays
    }

    deleted = core.journal.delete(logged)
    assert deleted is not None and _facts() == _as_read_again(people)
    statements.clear()
    core.journal.restore(deleted)  # the undo of the delete
    assert not any("max(i.occurred_at)" in s for s in statements)
    assert _facts() == _as_read_again(people)
    assert [core.journal.count_for(i) for i in people] == [1, 2, 3]


def test_a_deleted_entry_reads_again_only_the_last_interactions_it_may_have_been(
    core: Core, statements: list[str]
) -> None:
    """Deleting an old talk: those who talked since keep their last interaction, one
    fewer; those whose last talk it was (or who had another at the same time) are read."""
    since, last, tied = (core.contacts.create(Contact(given_name=n)) for n in "ABC")
    people = [since, last, tied]
    core.journal.log([last], "call", "Before", at=D(2025, 12, 1, 9))
    old = core.journal.log(people, "event", "Offsite", at=D(2026, 1, 10, 9, 30))
    core.journal.log([tied], "note", "Same time", at=D(2026, 1, 10, 9, 30))
    core.journal.log([since], "call", "After", at=D(2026, 2, 1, 9))
    statements.clear()
    assert core.journal.delete(old) is not None
    read = [s for s in statements if "max(i.occurred_at)" in s]
    assert len(read) == 1 and read[0].replace(" ", "").endswith(f"IN({last},{tied})")
    assert _facts() == _as_read_again(people)
    stored = {i: c.last_interaction for i in people if (c := core.contacts.get(i))}
    assert stored == {since: D(2026, 2, 1, 9), last: D(2025, 12, 1, 9), tied: D(2026, 1, 10, 9, 30)}
    assert [core.journal.count_for(i) for i in people] == [1, 1, 1]
