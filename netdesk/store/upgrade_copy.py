"""A copy of the database kept before a migration changes the user's data.

A migration is one transaction: if it fails, the file is as it was. This copy is for one that
succeeds and turns out wrong (a value rewritten, a column filled badly): the daily backups
are made after it, and a backup of the older schema is at best a day old. The copy goes
with the backups, named so that File > Restore from backup… lists it by its date while the
daily backup and its rotation pass over it (``store.backup`` reads only names that are
exactly a date).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from netdesk.store import part_file

log = logging.getLogger("netdesk.store")

FOLDER = "backups"  # beside the database, where a restore keeps its copies too
KEEP = 3  # copies of older schemas kept: a copy is a whole database (485 MB at 100,000)
# A copy being made is written without a pause: a part file left alone this long is one a
# netdesk stopped while making it left behind
STALE_PART_S = 600
_COPY_CHUNK = 1 << 20  # bytes read and written at a time by the file copy
# sendfile's refusals of a file (not of a write): the file is then copied by reading it
_NO_SENDFILE = {errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EXDEV}
# databases a restore has just put in place, and the backup each came from (restored_from)
_RESTORED: dict[Path, Path] = {}
_RESTORED_LOCK = threading.Lock()


@dataclass(frozen=True)
class UpgradeCopy:
    """What became of the copy before a migration of schema ``version``: ``path``, the copy
    kept in ``folder``; else why there is none, for the user to be told once it is done.

    ``empty``: the database held no contact and no journal entry, nothing to keep a copy of.
    ``free`` and ``needed`` (bytes): the disk had not room for the copy and the migration.
    ``error``: the folder or the copy could not be written (the system's words, without the
    path: "Not a directory").
    ``restored``: the database is a backup a restore has just put in place; that backup, left
    as it was, is the copy of the older schema (``restored_from``).
    """

    version: int
    folder: Path
    path: Path | None = None
    empty: bool = False
    free: int = 0
    needed: int = 0
    error: str = ""
    restored: Path | None = None


def copy_name(now: dt.datetime, version: int) -> str:
    return f"netdesk-{now:%Y%m%d-%H%M%S}-schema{version}.sqlite3"


@contextlib.contextmanager
def restored_from(database: Path, source: Path) -> Iterator[None]:
    """While a restore opens (and migrates) the backup ``source`` it put in place at
    ``database``, no copy is kept before the migration: ``source`` is that copy, unchanged.

    Restoring an older backup kept a second one, in the backups folder: listed first, as "Kept
    before an upgrade" and dated the moment of the restore, beside the very backup it was a
    copy of (and, three such restores on, it rotated out a real upgrade's copy).
    """
    key = Path(os.path.abspath(database))
    with _RESTORED_LOCK:
        _RESTORED[key] = source
    try:
        yield
    finally:
        with _RESTORED_LOCK:
            _RESTORED.pop(key, None)


def copies(folder: Path) -> list[Path]:
    """The copies kept before migrations in ``folder``, oldest first."""
    return sorted(folder.glob("netdesk-*-schema*.sqlite3"))


def keep_copy(
    connection: sqlite3.Connection, database: Path, version: int, now: dt.datetime | None = None
) -> UpgradeCopy:
    """Copy the database of schema ``version`` as ``connection`` sees it (its -wal too) to
    ``<its folder>/backups/netdesk-YYYYMMDD-HHMMSS-schemaN.sqlite3`` before it is migrated.

    Returns:
        The copy made, or why there is none (also said in the log): the database is a backup
        a restore has just put in place (``restored_from``: that backup is the copy), it holds
        no contact and no journal entry, the disk has not room for the copy and for the
        migration both (the copy must not be why the migration fails), or the folder cannot
        be written. The migration goes on either way.
    """
    folder = database.parent / FOLDER
    with _RESTORED_LOCK:
        source = _RESTORED.get(Path(os.path.abspath(database)))
    if source is not None:  # a restore's: the backup it came from is the copy
        log.info("no copy of %s kept before migrating it: %s is one", database, source)
        # (not as ``path``: a migration that fails removes that copy, and this is the backup)
        return UpgradeCopy(version, folder, restored=source)
    if not connection.execute(
        "SELECT EXISTS (SELECT 1 FROM contact) OR EXISTS (SELECT 1 FROM interaction)"
    ).fetchone()[0]:
        return UpgradeCopy(version, folder, empty=True)
    _remove_stale_parts(folder)  # before the free room is measured: they may be what fills it
    size = sum(_size(Path(f"{database}{suffix}")) for suffix in ("", "-wal"))
    try:
        free = shutil.disk_usage(folder if folder.is_dir() else database.parent).free
    except OSError:
        free = 0
    if free < 2 * size:
        log.warning(
            "no copy of %s kept before migrating it: %d MB free, twice its %d MB needed (the "
            "copy, and room for the migration)",
            database,
            free // 2**20,
            size // 2**20,
        )
        return UpgradeCopy(version, folder, free=free, needed=2 * size)
    target = folder / copy_name(now or dt.datetime.now(), version)
    part = target.with_name(f"{target.name}.part")
    begun = False
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        # a new file of the copy's own (0600), never one found at its name: a link there was
        # followed, and the whole database written into the file it named
        made = part_file.begin(part)
        begun = True
        # written through ``made``, never the part opened again by its name: the name is
        # known in advance, and a link put there meanwhile was followed all the same
        try:
            copied = _copy_file(connection, database, part, made)
        except BaseException:
            os.close(made)
            raise
        if copied:
            os.close(made)
        else:  # SQLite opens it by its name: checked to be the file made before it writes
            with contextlib.closing(part_file.connect(part, made)) as copy:
                connection.backup(copy)
        os.replace(part, target)
    except part_file.PartInTheWay as error:  # left as it is; the migration goes on
        log.warning("no copy of %s kept before migrating it: %s", database, error)
        never = "; a copy is never written through a link" if error.link else ""
        return UpgradeCopy(
            version, folder, error=f"{part.name} is in the way: it is {error.what}{never}"
        )
    except (OSError, sqlite3.Error) as error:
        if begun:  # (a part the OS refused to make is not ours to remove)
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        log.warning("no copy of %s kept before migrating it: %s", database, error)
        said = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        return UpgradeCopy(version, folder, error=said)
    except BaseException:  # Ctrl+C in the terminal netdesk was started from: no half copy
        if begun:
            with contextlib.suppress(OSError):
                part.unlink(missing_ok=True)
        raise
    log.info("kept a copy of %s (schema %d) as %s before migrating it", database, version, target)
    for old in copies(folder)[:-KEEP]:
        with contextlib.suppress(OSError):
            old.unlink()
    return UpgradeCopy(version, folder, target)


def _remove_stale_parts(folder: Path) -> None:
    """Delete the part files of copies a netdesk was stopped in the middle of (killed, logged
    out during the upgrade's "Updating…" note): each kept up to a whole database's size, for
    good, as the copy made at the next start has a name of its own."""
    if not folder.is_dir():
        return
    for part in folder.glob("netdesk-*-schema*.sqlite3.part"):
        try:
            if time.time() - part.stat().st_mtime > STALE_PART_S:
                part.unlink()
                log.info("removed %s, left by a copy that was stopped", part)
        except OSError:  # gone meanwhile, or not ours to remove: left as it is
            continue


def _copy_file(connection: sqlite3.Connection, database: Path, part: Path, made: int) -> bool:
    """Copy the database's file itself into the part ``made`` (open for writing; synced, left
    open), its -wal folded into it first and every other writer held off while it is read:
    ~0.45 s for 485 MB (100,000 contacts), where SQLite's page-by-page backup took ~1.1 s of
    a first start's ~2 s before the window.

    Returns:
        False, nothing written, when the file is not so still: its -wal could not be
        emptied (another program reading it) or the write lock not taken (another writing,
        a read-only file). The backup API copies it then.

    Raises:
        part_file.PartInTheWay: the name ``part`` is no longer the file made (a link or
            another file put there meanwhile): the copy, in the file made, would not be the
            one renamed into place.
    """
    wal = Path(f"{database}-wal")
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            return False
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        log.info("%s copied page by page: %s", database, error)
        return False
    try:
        if _size(wal):  # written to between the checkpoint and the lock: not all in the file
            return False
        if sys.platform == "win32":  # os.open's descriptor is in text mode there: each
            import msvcrt  # newline byte of the database written became two (CR LF)

            msvcrt.setmode(made, os.O_BINARY)
        with open(database, "rb") as source:
            _copy_bytes(source, made)
        os.fsync(made)
        _still_made(part, made)
        return True
    finally:
        connection.execute("ROLLBACK")


def _copy_bytes(source: BinaryIO, made: int) -> None:
    """Write all of ``source`` into the file open as ``made``: by the kernel where it can
    (Linux's sendfile, as shutil.copyfile does by name), else 1 MiB at a time (twice as
    long: ~0.9 s for 485 MB, where sendfile takes ~0.45 s)."""
    copied = 0
    if sys.platform.startswith("linux"):
        try:
            while sent := os.sendfile(made, source.fileno(), copied, _COPY_CHUNK * 64):
                copied += sent
            return
        except OSError as error:
            if copied or error.errno not in _NO_SENDFILE:  # (a full disk, a read error)
                raise
    with open(made, "wb", closefd=False) as copy:
        shutil.copyfileobj(source, copy, _COPY_CHUNK)


def _still_made(part: Path, made: int) -> None:
    """Raise PartInTheWay unless the name ``part`` is the file open as ``made``."""
    try:
        found = os.lstat(part)
    except FileNotFoundError:
        raise part_file.PartInTheWay(part, "gone (removed or renamed by another program)") from None
    if stat.S_ISLNK(found.st_mode):
        raise part_file.PartInTheWay(part, f"a link to {os.readlink(part)}", link=True)
    ours = os.fstat(made)
    if (found.st_dev, found.st_ino) != (ours.st_dev, ours.st_ino):
        raise part_file.PartInTheWay(part, "another file than the one made for the copy")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
