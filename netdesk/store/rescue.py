"""A damaged database at start-up: noticed on the first read, set aside, replaced by a backup.

sqlite3 alone (no peewee): start-up looks before the ORM loads. No ``quick_check`` at each
start (over a second on 100,000 contacts): the file's first read, the one the first paint
makes anyway, is what reports damage.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from netdesk.store import part_file
from netdesk.store.listing import stored_text

log = logging.getLogger("netdesk.store")

PAGES_PER_STEP = 256  # a step of the copy: progress and Cancel are seen between steps
# the copy's share per KiB, reading the backup through taking 1 (0.3 s, and the copy 2.5 to
# 3 s, for the 100,000-contact database's 485 MB); with the check's 7 it starts half way,
# where the damaged-database box's words turn from checking to restoring
COPY_WEIGHT = 8
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_SIDE_FILES = ("-wal", "-shm", "-journal")


class RescueError(RuntimeError):
    """The backup could not be put in place; the damaged database was left where it was."""


class RescueCancelled(RescueError):  # noqa: N818  (a cancel, not an error, for the user)
    """The user stopped the copy; nothing was changed."""


def damage_seen(path: Path) -> str | None:
    """SQLite's own words when reading ``path`` as the first paint does shows it damaged (not
    a database at all, a page unreadable), else None: also when the
    file is missing, locked or of another schema (start-up says those its usual way).

    Reads the schema, the number of contacts and the first page of the list by name (a few
    ms on 100,000 contacts), read-only.
    """
    if not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError:
        return None
    if header != b"SQLite format 3\x00":
        return "file is not a database" if header or path.stat().st_size else None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    connection.text_factory = stored_text  # text that is not UTF-8 is read as the app reads it
    try:
        with contextlib.closing(connection):
            connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if "contact" in tables:
                connection.execute("SELECT count(*) FROM contact").fetchall()
                connection.execute(
                    "SELECT * FROM contact ORDER BY sort_key, id LIMIT 100"
                ).fetchall()
    except sqlite3.Error as error:
        if is_damage(error):
            log.warning("%s is damaged: %s", path, error)
            return str(error)
        log.info("%s not checked for damage (%s)", path, error)
    return None


def is_damage(error: sqlite3.Error) -> bool:
    """SQLite (or the sqlite3 module) says the file is damaged, not locked or missing."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _DAMAGE_CODES:
        return True
    text = str(error)
    return "malformed" in text or "not a database" in text


def contact_counts(path: Path) -> tuple[int, int]:
    """(all contacts, archived ones) in the database file ``path``, read-only; nothing is
    written beside it.

    Raises:
        sqlite3.Error, OSError: not readable, or without netdesk's contact table.
    """
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
    with contextlib.closing(connection):
        total, archived = connection.execute(
            "SELECT count(*), coalesce(sum(archived != 0), 0) FROM contact"
        ).fetchone()
    return int(total), int(archived)


def journal_count(path: Path) -> int:
    """How many journal entries the database file ``path`` holds, read-only.

    Raises:
        sqlite3.Error, OSError: not readable, or without netdesk's journal table.
    """
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)
    with contextlib.closing(connection):
        return int(connection.execute("SELECT count(*) FROM interaction").fetchone()[0])


def set_aside_name(database: Path, now: dt.datetime) -> Path:
    """Where the damaged database is kept: beside it, named for the moment it was set aside,
    never over an earlier one."""
    aside = database.with_name(f"{database.stem}-damaged-{now:%Y%m%d-%H%M%S}{database.suffix}")
    number = 1
    while aside.exists():
        number += 1
        aside = database.with_name(
            f"{database.stem}-damaged-{now:%Y%m%d-%H%M%S}-{number}{database.suffix}"
        )
    return aside


def restore_over_damaged(
    source: Path,
    database: Path,
    now: dt.datetime,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """Copy the backup ``source`` into place of the damaged ``database``; returns where the
    damaged file was kept (renamed beside it with its -wal and -shm, never deleted), or None
    when there was no database there.

    The backup is read through and checked for damage (a damaged backup would only take
    the damaged file's place), then copied next to the database (SQLite's backup API, in
    steps); only a complete copy takes the database's place, so a cancel or a failure (a
    full disk) leaves everything as it was.

    Args:
        progress: (KiB done, KiB in all) of the read and the copy together.
        cancelled: polled between steps (and while the check runs).

    Raises:
        RescueCancelled: ``cancelled()`` turned True; nothing was changed.
        RescueError: the backup is damaged or unreadable, or the copy or a rename failed
            (the message names the file); nothing was changed.
    """
    from netdesk.store import backup  # (the ORM's module: loaded only for a rescue)

    part = database.with_name(database.name + ".restoring")
    _remove(part)
    size_kib = max(1, _kib(source))
    # each pass weighted by its time (as a restore's, store.backup._Steps): the check is one
    # SQLite call of seconds, and the bar stood at half way through it, 60 % of the time
    checked = size_kib * (1 + backup.CHECK_WEIGHT)
    total = checked + size_kib * COPY_WEIGHT

    def say(done: int) -> None:
        if cancelled is not None and cancelled():
            raise RescueCancelled(f"Restoring {source} was cancelled.")
        if progress is not None:
            progress(min(done, total), total)

    try:
        done = 0
        say(0)
        with source.open("rb") as handle:  # in order: the check then reads from the cache
            while chunk := handle.read(4 << 20):
                done += len(chunk)
                say(done // 1024)
        tell = progress if progress is not None else (lambda _done, _total: None)
        with backup.moving_on(
            lambda done: tell(done, total), size_kib, checked, backup.check_seconds(size_kib)
        ):
            backup.check_backup_file(source, cancelled=cancelled)
    except backup.BackupCancelled as error:
        raise RescueCancelled(f"Restoring {source} was cancelled.") from error
    except backup.BackupError as error:
        raise RescueError(str(error)) from error
    except OSError as error:
        raise RescueError(f"{source} cannot be read: {error}") from error
    page_kib = [4.0]

    def step(_status: int, remaining: int, pages: int) -> None:
        say(checked + round((pages - remaining) * page_kib[0]) * COPY_WEIGHT)

    try:
        mode = "ro" if Path(f"{source}-wal").exists() else "ro&immutable=1"
        reader = sqlite3.connect(f"{source.absolute().as_uri()}?mode={mode}", uri=True)
        try:
            page_kib[0] = reader.execute("PRAGMA page_size").fetchone()[0] / 1024
            # a new file of the copy's own (0600: the umask's 0644 let every user read the
            # backup while it was copied), opened by SQLite once checked to be the file made:
            # its name is known in advance, and a link put there while the backup was checked
            # was followed, the backup written into the file it named and the link renamed
            # into the database's place
            target = part_file.connect(part, part_file.begin(part))
            try:
                reader.backup(target, pages=PAGES_PER_STEP, progress=step)
            finally:
                target.close()
        finally:
            reader.close()
    except part_file.PartInTheWay as error:  # left as it is: not ours to remove
        raise RescueError(
            f"Could not copy {source} to {part}: it is {error.what} (another program's?); "
            "nothing was written"
        ) from error
    except (OSError, sqlite3.Error) as error:
        _remove(part)
        raise RescueError(f"Could not copy {source} to {part}: {error}") from error
    except BaseException:  # a cancel, or netdesk-cli's second Ctrl+C: no part file left
        _remove(part)
        raise
    aside = set_aside_name(database, now)
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("", *_SIDE_FILES):  # its -wal holds part of its data: kept with it
            old = Path(f"{database}{suffix}")
            if old.exists():
                new = Path(f"{aside}{suffix}")
                old.rename(new)
                moved.append((new, old))
        part.replace(database)
    except OSError as error:
        for new, old in reversed(moved):  # put back what was moved: as it was
            with contextlib.suppress(OSError):
                new.rename(old)
        _remove(part)
        raise RescueError(f"Could not put {source} in place of {database}: {error}") from error
    with contextlib.suppress(OSError):
        database.chmod(0o600)
    if not moved:  # there was no database to set aside
        log.warning("restored %s where the database was missing", source)
        return None
    log.warning("restored %s over the damaged database, kept as %s", source, aside)
    return aside


def _kib(path: Path) -> int:
    try:
        return path.stat().st_size // 1024
    except OSError:
        return 0


def _remove(path: Path) -> None:
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
