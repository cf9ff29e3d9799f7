"""A plain sqlite3 connection dressed as just enough of peewee's database for migrate()."""

from __future__ import annotations

import sqlite3


class RawDatabase:
    """Just enough of peewee's database interface for migrate() over a plain connection."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute_sql(self, sql: str) -> sqlite3.Cursor:
        return self.connection.execute(sql)

    def atomic(self, lock_type: str | None = None) -> sqlite3.Connection:
        return self.connection
