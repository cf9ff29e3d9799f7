"""Logging one talk with many people: its checks are per batch, not a query per person."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store.models import db


@pytest.fixture
def statements() -> Iterator[list[str]]:
    """Every SQL statement the connection runs meanwhile, as SQLite reports it."""
    seen: list[str] = []
    db.connection().set_trace_callback(seen.append)
    yield seen
    db.connection().set_trace_callback(None)


def test_a_talk_with_many_people_checks_they_exist_in_one_query(
    core: Core, statements: list[str]
) -> None:
    people = [core.contacts.create(Contact(given_name=f"P{n}")) for n in range(120)]
    statements.clear()
    core.journal.log(people, "meeting", "Conference")
    checks = [s for s in statements if s.startswith("SELECT id FROM contact WHERE id IN")]
    assert len(checks) == 1  # was one per person
    assert core.journal.count_for(people[-1]) == 1
    with pytest.raises(ValueError, match="No contact with id 999999"):
        core.journal.log([people[0], 999999], "call", "Nobody")
    assert core.journal.count_for(people[0]) == 1  # nothing written
