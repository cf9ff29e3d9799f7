"""Store.read_problem: the words a view says in place of a read the database refused."""

from __future__ import annotations

import sqlite3

from netdesk.core import Core
from netdesk.store.database import StoreError


def test_a_refused_read_is_said_with_the_file_and_anything_else_is_not(core: Core) -> None:
    store = core.store
    locked = store.read_problem(sqlite3.OperationalError("database is locked"))
    assert locked == f"{store.path} is locked by another program; close it and try again."
    assert store.read_problem(StoreError("the folder is gone")) == "the folder is gone"
    # a damaged file, a bug: the error hook says those (a damaged file with what to do)
    assert store.read_problem(sqlite3.DatabaseError("database disk image is malformed")) is None
    assert store.read_problem(ValueError("a bug")) is None
