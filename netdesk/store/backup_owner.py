"""Whose backup a file is: an id kept in each database (and so in each of its backups).

Two data folders (work and home) may back up into one chosen folder, a drive or a synced
folder: their backups share one naming. The second to start on a day found "today's backup"
made and made none, and a rotation removed the other's backups as if they were its own. With
the id, each counts only its own; a backup made before ids (it has none) counts for both, as
every backup did before.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import uuid
from collections.abc import Iterable
from pathlib import Path

from peewee import DatabaseError

from netdesk.store.database import StoreError
from netdesk.store.models import db

log = logging.getLogger("netdesk.store")

KEY = "database_id"


def this_database() -> str | None:
    """The open database's id, written on first use; None when it cannot be read or written
    (a database another program holds locked, a read-only one): its backups are then told
    apart from no other, as before ids."""
    try:
        connection = db.connection()
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (KEY,)).fetchone()
        if row is None:
            with db.atomic():
                db.execute_sql(
                    "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
                    (KEY, uuid.uuid4().hex),
                )
            row = connection.execute("SELECT value FROM setting WHERE key = ?", (KEY,)).fetchone()
    except (StoreError, DatabaseError, sqlite3.Error) as error:
        log.info("the database's id could not be read or written: %s", error)
        return None
    return str(row[0]) if row is not None and row[0] else None


def of_file(path: Path) -> str | None:
    """The id in the database file ``path`` (read-only, nothing written beside it); None for
    one without (made before ids), and for one that cannot be read.

    An id found is kept per file as it is (size and time of change): Preferences asks of
    every backup in the folder as the folder is typed, on the window's thread, and a backup
    never changes. (None is not kept for a file with a -wal: a live database's id may still be
    in it.)"""
    try:
        info = path.stat()
    except OSError:
        return None
    key = (str(path.absolute()), info.st_size, info.st_mtime_ns)
    if key in _IDS:
        return _IDS[key]
    found = _read_id(path)
    if found is not None or not Path(f"{path}-wal").exists():  # (a backup made before ids)
        if len(_IDS) >= _KEPT_IDS:
            _IDS.clear()
        _IDS[key] = found
    return found


_IDS: dict[tuple[str, int, int], str | None] = {}
# more than a folder holds: a year of daily backups (Preferences offers to keep 365), the
# weekly ones, the copies kept before restores and upgrades, and another data folder's. At
# 256, a year of backups emptied it at each Preferences opening, and every file was opened
# again (0.4 s of the window's thread on a local disk, seconds on a USB drive)
_KEPT_IDS = 4096


def _read_id(path: Path) -> str | None:
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
        with contextlib.closing(connection):
            row = connection.execute("SELECT value FROM setting WHERE key = ?", (KEY,)).fetchone()
    except (OSError, sqlite3.Error):
        return None
    return str(row[0]) if row is not None and row[0] else None


def only_ours(paths: Iterable[Path], database_id: str | None) -> list[Path]:
    """Those of ``paths`` that are backups of the database ``database_id`` or of no database
    known (all of them when ``database_id`` is None)."""
    if database_id is None:
        return list(paths)
    return [p for p in paths if of_file(p) in (None, database_id)]
