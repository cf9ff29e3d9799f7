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
from collections.abc import Sequence
from pathlib import Path
from typing import Generic, TypeVar
from urllib.parse import quote

from netdesk.core.types import Tag
from netdesk.store import listing

T = TypeVar("T")

# contacts of a list compared with the one placed, per query (a few queries place it among
# 100,000: 64 splits 100,000 into ranges of 1,563, then 25, then one)
PROBES = 64
BUSY_TIMEOUT_S = 2.0  # readers wait only for a file another program holds exclusively
# ids turned into ints this many at a time: the interpreter lock is let go between slices
SLICE = 8192


class ReadCancelled(Exception):  # noqa: N818  (a cancel, not an error)
    """``cancel()`` was called before the read finished; nothing was returned."""


class IdListError(Exception):
    """The file could not be read (gone, held by another program, damaged); names the file."""


class ConnectionRead(Generic[T]):
    """One read on ``path`` on a connection of its own: ``run()`` on a worker thread,
    ``cancel()`` from any thread. What it reads is ``_read``'s (a subclass)."""

    def __init__(self, path: Path) -> None:
        self.path = path
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

    def run(self) -> T:
        """What ``_read`` reads.

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
            # interrupt() is lost on a connection with no statement running yet (a cancel just
            # before the execute below): the flag is also looked at every million steps
            connection.set_progress_handler(lambda: 1 if self._cancelled else 0, 1_000_000)
            return self._read(connection)
        except sqlite3.Error as error:
            if self._cancelled:
                raise ReadCancelled from error
            raise IdListError(f"{self.path}: {error}") from error
        finally:
            with self._lock:
                self._connection = None
            connection.close()

    def _read(self, connection: sqlite3.Connection) -> T:
        raise NotImplementedError


class IdListRead(ConnectionRead[list[int]]):
    """One SELECT of contact ids (``listing.ids_sql``). The ids keep the SELECT's order:
    SQLite feeds an aggregate the rows of an ordered subquery in that order (checked for
    every filter and order by tests/store/test_id_list.py)."""

    def __init__(self, path: Path, sql: str, params: list[object]) -> None:
        super().__init__(path)
        self.sql = sql
        self.params = params

    def _read(self, connection: sqlite3.Connection) -> list[int]:
        # One text of every id, made by SQLite with the interpreter lock let go: a row at a
        # time, this thread took the lock back 100,000 times and the GUI thread waited for
        # it up to the switch interval (5 ms) each time it was busy meanwhile.
        row = connection.execute(
            f"SELECT group_concat(id) FROM ({self.sql})", self.params
        ).fetchone()
        return _ints(row[0] if row else None)

    def place(self, contact_id: int, ids: Sequence[int], row: int) -> PlaceRead:
        """Where one contact changed goes in ``ids``, this list as read before (``row``, its
        row there, or -1): read by ``PlaceRead.run()``, on any thread."""
        return PlaceRead(self, contact_id, ids, row)


class PlaceRead(ConnectionRead[int | None]):
    """The row of one contact in a list read before, all others as they were: a few queries
    of a few rows by their ids (~1 ms), where reading the list again and counting it took
    ~100 ms at 100,000 contacts.

    ``run()`` returns its row once in place (the others keep their order), -1 when the list's
    filter leaves it out, or None when the file orders the contacts compared otherwise than
    ``ids`` (one gone, another changed too): only a new read of the whole list says then.
    ``ids`` is not copied: it must stay as it is until ``run()`` returns.
    """

    def __init__(self, listed: IdListRead, contact_id: int, ids: Sequence[int], row: int) -> None:
        super().__init__(listed.path)
        self.clause, self.order = listing.where_and_order(listed.sql)
        self.params = listed.params  # those of the WHERE clause: the LIMIT is written in
        self.contact_id = contact_id
        self.ids = ids
        self.row = row

    def _read(self, connection: sqlite3.Connection) -> int | None:
        contact_id, ids, row = self.contact_id, self.ids, self.row
        listed = connection.execute(
            f"SELECT 1 FROM contact WHERE id = ? AND {self.clause}", [contact_id, *self.params]
        ).fetchone()
        if listed is None:
            return -1
        others = len(ids) - (row >= 0)

        def other(n: int) -> int:  # the n-th of the others (the list without this contact)
            return ids[n] if row < 0 or n < row else ids[n + 1]

        # most often it stays between its neighbours (its notes, a phone changed): compared
        # with them first, then with the whole list
        neighbours = row >= 0
        low, high = (max(row - 1, 0), min(row + 1, others)) if neighbours else (0, others)
        while True:
            if high - low <= PROBES:
                spots = list(range(low, high))
            else:
                spots = sorted({low + (high - low) * n // PROBES for n in range(PROBES)})
            compared = [other(n) for n in spots]
            marks = ",".join("?" * (len(compared) + 1))
            ordered = [
                r[0]
                for r in connection.execute(
                    f"SELECT id FROM contact WHERE id IN ({marks}) ORDER BY {self.order}",
                    [*compared, contact_id],
                )
            ]
            if len(ordered) != len(compared) + 1:
                return None  # one of them is gone
            before = ordered.index(contact_id)
            if ordered[:before] + ordered[before + 1 :] != compared:
                return None  # the list is not in the file's order any more
            if neighbours:
                neighbours = False
                if (before or not low) and (before < len(spots) or high == others):
                    return low + before  # still between the same neighbours
                low, high = 0, others
                continue
            if len(spots) == high - low:  # every one of the range compared
                return low + before
            low = spots[before - 1] + 1 if before else low
            high = spots[before] if before < len(spots) else high


class TagsRead(ConnectionRead[list[Tag]]):
    """Every tag with how many listed contacts carry it (``listing.tags``): what the filter
    menu offers, read beside the window rather than on its thread (~20 ms at 100,000)."""

    def _read(self, connection: sqlite3.Connection) -> list[Tag]:
        connection.text_factory = listing.stored_text
        return listing.tags(connection)


def _ints(text: str | None) -> list[int]:
    """ "3,1,2" -> [3, 1, 2], a slice at a time (each a Python step the GUI thread can take
    the interpreter lock at; one map() over 100,000 held it ~10 ms)."""
    if not text:
        return []
    parts = text.split(",")
    ids: list[int] = []
    for start in range(0, len(parts), SLICE):
        ids += map(int, parts[start : start + SLICE])
    return ids
