"""Reads over a selection of many contacts keep to SQLite's limit on variables in a
statement: Archive, Set cadence and Tag… on a big selection read every selected contact in
one statement with one variable per contact. Built with its default limit (32,766; 999
before SQLite 3.32), SQLite refused a selection of more ("too many SQL variables"), and the
change failed; Debian's build allows 250,000, which hid it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from netdesk.core import Core
from netdesk.core import types as t
from netdesk.store import bulk
from netdesk.store.models import db

# in place of SQLite's default 32,766 (Python's own builds, as the Windows installer bundles)
# with a selection of 1,200 in place of 33,000: the code's chunks of 500 ids (1,000 variables
# for a row of two) stay under it
LIMIT = 1_100


@pytest.fixture
def many(core: Core) -> Iterator[list[int]]:
    with bulk.write_transaction():
        ids = bulk.insert_contacts(
            [
                (t.Contact(given_name=f"Person {i:04d}", display_name=f"Person {i:04d}"), None)
                for i in range(1_200)
            ],
            core.clock.now(),
        )
    connection = db.connection()
    usual = connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, LIMIT)
    yield ids
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, usual)


def test_the_summaries_of_a_big_selection_come_in_its_order(core: Core, many: list[int]) -> None:
    wanted = list(reversed(many))  # as a selection by name gives them, any order
    assert [s.id for s in core.contacts.summaries(wanted)] == wanted


def test_who_of_a_big_selection_has_a_tag(core: Core, many: list[int]) -> None:
    core.contacts.add_tag(many[::2], "investor")
    assert core.contacts.having_tag(many, "investor") == set(many[::2])


def test_the_names_of_a_big_selection(core: Core, many: list[int]) -> None:
    """A drag of the selection asks for them (its text, where drag.py is left out)."""
    names = core.contacts.names(many)
    assert len(names) == len(many)
    assert names[many[7]] == "Person 0007"
