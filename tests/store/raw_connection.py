"""A plain sqlite3 connection dressed as just enough of peewee's database for migrate()."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path


class RawDatabase:
    """Just enough of peewee's database interface for migrate() over a plain connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute_sql(self, sql: str) -> sqlite3.Cursor:
        return self.connection.execute(sql)

    def atomic(self, lock_type: str | None = None) -> sqlite3.Connection:
        return self.connection


def schema_12(path: Path, names: Sequence[str] = ("Ada",), *, note: str = "") -> None:
    """A database as netdesk of schema 12 left it, a contact for each of ``names`` (``note``
    added to their display names: text a copy must not leak)."""
    from netdesk.store import migrations

    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        migrations.migrate(RawDatabase(connection), str(path), target=12)
        connection.executemany(
            "INSERT INTO contact (given_name, display_name, sort_key, created_at, updated_at)"
            " VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
            [(name, name + note, name.lower()) for name in names],
        )
        connection.commit()


@contextlib.contextmanager
def opened_for_copy(path: Path, *, page_by_page: bool) -> Iterator[sqlite3.Connection]:
    """``path`` open as open_database holds it for keep_copy; ``page_by_page``: another
    program writing it, so the file itself is not copied but SQLite's backup used."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        if not page_by_page:
            yield connection
            return
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as writer:
            writer.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            finally:
                writer.execute("ROLLBACK")
