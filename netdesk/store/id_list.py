"""A whole list's ids read on a connection of its own, on any thread, and cancellable.

The contact list shows its first page at once and reads the rest on a worker thread. That read
opens its own read-only connection (WAL lets it read beside the window's connection and any
writer) rather than peewee's connection for the thread: it can be interrupted from another
thread (a newer query, a restore about to replace the file, the app quitting), it never makes
a new file where the database has gone, and it leaves nothing open once it ends. sqlite3
alone: importing it loads no peewee (``netdesk.core.listing`` is read before the ORM).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

BUSY_TIMEOUT_S = 2.0  # readers wait only for a file another program holds exclusively


class ReadCancelled(Exception):  # noqa: N818  (a cancel, not an error)
    """``cancel()`` was called before the read finished; nothing was returned."""


class IdListError(Exception):
    """The file could not be read (gone, held by another program, damaged); names the file."""


class IdListRead:
    """One SELECT of contact ids (``listing.ids_sql``) on ``path``: ``run()`` on a worker
    thread, ``cancel()`` from any thread."""

    def __init__(self, path: Path, sql: str, params: list[object]) -> None:
        self.path = path
        self.sql = sql
        self.params = params
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._cancelled = False

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """Stop the read: one running is interrupted, one not started yet never opens."""
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()

    def run(self) -> list[int]:
        """The ids, in order.

        Raises:
            ReadCancelled: ``cancel()`` was called.
            IdListError: the file cannot be read (gone, held exclusively, damaged).
        """
        if self._cancelled:
            raise ReadCancelled
        try:
            connection = sqlite3.connect(
                f"file:{quote(str(self.path))}?mode=ro",
                uri=True,
                timeout=BUSY_TIMEOUT_S,
                check_same_thread=False,  # interrupt() comes from the thread that cancels
            )
        except sqlite3.Error as error:
            raise IdListError(f"{self.path}: {error}") from error
        try:
            with self._lock:
                if self._cancelled:
                    raise ReadCancelled
                self._connection = connection
            return [row[0] for row in connection.execute(self.sql, self.params)]
        except sqlite3.Error as error:
            if self._cancelled:
                raise ReadCancelled from error
            raise IdListError(f"{self.path}: {error}") from error
        finally:
            with self._lock:
                self._connection = None
            connection.close()
