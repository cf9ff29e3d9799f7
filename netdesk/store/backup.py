"""Online backups with SQLite's backup API, rotation, and restore."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import logging
import math
import os
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from peewee import DatabaseError

from netdesk.store import backup_owner, migrations, part_file, rescue
from netdesk.store.database import StoreError, is_database_file, missing
from netdesk.store.models import db

log = logging.getLogger("netdesk.store")

PREFIX = "netdesk-"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
SOURCE_WAIT_S = 5.0  # how long a restore waits for a backup file another program holds
KEEP_WEEKLY = 4
ROOM_TO_SPARE = 16 << 20  # bytes left free on the database's disk beyond the backup's size twice
# copies a restore kept of the database it replaced: those of the last two weeks (trying backup
# after backup, the first copy holds the day's work) and at least the newest five; each is a
# whole database (485 MB at 100,000 contacts), and they were never removed
KEEP_BEFORE_RESTORE = 5
KEEP_BEFORE_RESTORE_DAYS = 14
# a backup's partial file that has not been written to for this long was cut short (netdesk
# killed, the power cut): a backup being written grows every step
ABANDONED_S = 3600
_BEFORE_RESTORE = "before-restore-"
# the end of a daily backup's name once its check showed the database damaged: still the
# day's backup (no other is made that day), rotated like the others, never the one offered
DAMAGED = "-damaged"


class BackupError(RuntimeError):
    """A backup or restore failed; the message names the file."""


class NewerBackupError(BackupError):
    """The file was written by a newer netdesk (a schema past this version's)."""


class DamagedDatabaseError(BackupError):
    """The backup just made holds damage: the database it copied is damaged. The backup is
    kept and the older ones are not rotated out."""


class BackupCancelled(BackupError):  # noqa: N818  (a cancel, not an error, for the user)
    """The user stopped the backup; the partial file was removed."""


class NoRoomError(BackupError):
    """The backup's disk is full, or the backup would leave the database's own without room."""


# where else a backup can go, said when its disk has no room for it: the app's backups folder
# (netdesk-cli backup --out FILE says its own)
ELSEWHERE_IN_PREFERENCES = "choose a backups folder on another disk in Preferences"


def backup_to(
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    elsewhere: str = ELSEWHERE_IN_PREFERENCES,
) -> Path:
    """Copy the open database to ``target`` consistently, while it stays in use.

    Args:
        progress: called with (pages copied, total pages) as the copy goes.
        cancelled: polled between steps; True stops the copy (BackupCancelled).
        elsewhere: where else a backup its disk has no room for can go, said then.
    """
    try:
        # first: a database gone from its place (its folder moved or deleted) is said before
        # the backups folder, perhaps inside that folder, is made again
        gone = missing(Path(db.database))
        if gone:
            raise StoreError(gone)
        source = db.connection()
    except StoreError as error:
        raise BackupError(f"Could not write the backup {target}: {error}") from error
    except (DatabaseError, sqlite3.Error) as error:  # held by another program (a restore)
        raise BackupError(
            f"Could not read {db.database} to back it up: {error}. The backup {target} was "
            "not made; try again in a moment."
        ) from error
    if is_database_file(target):
        # renamed over it, the open connection's file would no longer be the one at its path
        # (netdesk-cli backup --out takes any path; exports are refused the same way)
        raise BackupError(
            f"{target} is the database netdesk uses; a backup never replaces it: "
            "give another file name"
        )
    if target.is_symlink():  # renamed over, the backup took the link's place, not its file's
        target = Path(os.path.realpath(target))
    if target.exists() and not target.is_file():
        # a device or a named pipe was replaced by a plain file: `--out /dev/null` as root
        # took the system's /dev/null away; a folder failed with "Is a directory"
        kind = "a folder" if target.is_dir() else "not a file but a device or a pipe"
        raise BackupError(
            f"{target} is {kind}: a backup is a database file of its own; give a file name"
        )
    if not _replaceable(target):
        # netdesk-cli backup --out ~/notes.txt (or contacts.vcf) wrote the copy over it
        raise BackupError(
            f"{target} is a file that is not a database; a backup replaces only an earlier "
            "backup: give another file name"
        )
    # the folders this backup makes (its first, into a backups folder not there yet): removed
    # again when it fails, or a full disk was left with an empty backups folder
    made_folders = _missing_folders(target.parent)
    try:
        return _backup_into(target, source, progress, cancelled, elsewhere)
    except BaseException:
        for folder in made_folders:  # (deepest first; one holding anything stays)
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _missing_folders(folder: Path) -> list[Path]:
    """``folder`` and those of its parents that are not there, deepest first."""
    missing: list[Path] = []
    for place in (folder, *folder.parents):
        if place.exists() or place.is_symlink():
            break
        missing.append(place)
    return missing


def _backup_into(
    target: Path,
    source: sqlite3.Connection,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    elsewhere: str,
) -> Path:
    """``backup_to``'s copy, once ``target`` is known to be one a backup may be written to."""
    partial: Path | None = None

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"The backup to {target} was cancelled.")
        if progress is not None:
            progress(total - remaining, total)

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _room_left(source, Path(db.database), target, elsewhere)
        # made by the OS first: of a read-only drive, a folder without rights or a full one
        # SQLite said no more than "unable to open database file"
        # a new file of this backup's own, under a name of its own (two backups to one
        # name at the same moment each removed the other's), private from its first page
        begun, partial = part_file.begin_beside(target)
        # opened by its name: still the file made, not a link put at its name meanwhile
        destination = part_file.connect(partial, begun)
        try:
            with _one_snapshot(source):
                source.backup(destination, pages=1024, progress=step)
        finally:
            destination.close()
        if cancelled is not None and cancelled():  # during the last step: still no backup
            raise BackupCancelled(f"The backup to {target} was cancelled.")
        partial.replace(target)
    except BackupCancelled:
        if partial is not None:
            _remove_begun(partial)
        raise
    except part_file.PartInTheWay as error:  # left as it is: no longer ours to remove
        raise BackupError(
            f"Could not write the backup {target}: its part file {error.part} changed as the "
            f"backup began (another program?): it is {error.what}; nothing was written"
        ) from error
    except (OSError, sqlite3.Error) as error:
        if partial is not None:
            _remove_begun(partial)
        raise (NoRoomError if _full(error) else BackupError)(
            f"Could not write the backup {target}: {_why(error, source, target)}"
        ) from error
    return target


def _full(error: OSError | sqlite3.Error) -> bool:
    """The disk is full: the OS's ENOSPC, or SQLite's SQLITE_FULL."""
    return (isinstance(error, OSError) and error.errno == errno.ENOSPC) or (
        isinstance(error, sqlite3.Error) and getattr(error, "sqlite_errorcode", None) == 13
    )


def _why(error: OSError | sqlite3.Error, source: sqlite3.Connection, target: Path) -> str:
    """Why a backup could not be written, in words: the OS's reason without its errno and
    file name (the message names the target), and what to do of a full drive (a stick that
    holds fewer backups than Preferences keeps: each day's backup failed, none rotated out)."""
    if _full(error):
        try:
            free = shutil.disk_usage(target.parent).free
            size = _pages(source) * int(source.execute("PRAGMA page_size").fetchone()[0])
        except (OSError, sqlite3.Error):
            return "its disk is full. Free some room there, or keep fewer backups (Preferences)."
        return _full_disk(free, size)
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        # a backups folder that is a file said "File exists" of the folder it could not make
        for place in target.parents:
            if place.exists() and not place.is_dir():
                return f"{place} is a file, not a folder"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def _full_disk(free: int, size: int) -> str:
    return (
        f"its disk is full ({_amount(free, free=True)} free, and the backup needs "
        f"{_amount(size)}). Free some room there, or keep fewer backups (Preferences)."
    )


def _amount(size: int, *, free: bool = False) -> str:
    """``size`` bytes as a person reads it: KB under a megabyte (a 250 KB database's backup
    was said to need "1 MB"), MB above. What is needed is rounded up and what is ``free``
    down, so that a disk never looks to have the room it lacks."""
    unit, name = (2**10, "KB") if size < 2**20 else (2**20, "MB")
    return f"{size // unit if free else -(-size // unit)} {name}"


def _replaceable(target: Path) -> bool:
    """Whether a backup may take ``target``'s place: nothing there, an empty file, or an
    SQLite database (an earlier backup written to the same name)."""
    try:
        if not target.is_file():  # (a pipe is not opened: that would wait for a writer)
            return True  # nothing there, or no file (the copy then says what is wrong)
        with target.open("rb") as file:
            head = file.read(16)
    except OSError:
        return True
    return not head or head == b"SQLite format 3\x00"


@contextlib.contextmanager
def _one_snapshot(source: sqlite3.Connection) -> Iterator[None]:
    """Hold one read transaction on ``source`` over the backup's steps.

    Between steps the backup API lets go of the database, and a write by another connection
    (netdesk-cli, a script, the window's own) makes it start again from the first page: under
    a script writing every few tenths of a second a big database's backup never ended. In one
    read transaction the copy is of that moment's data; in WAL mode writers go on meanwhile
    (a database in another mode is copied as before: a held read would stop its writers).
    """
    if (
        source.in_transaction
        or str(source.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal"
    ):
        yield
        return
    source.execute("BEGIN")
    try:
        source.execute("SELECT count(*) FROM sqlite_master").fetchall()  # the read begins
        yield
    finally:
        source.execute("ROLLBACK")  # (nothing was written: the read ends)


@dataclasses.dataclass(frozen=True)
class RoomShort:
    """A disk without room for a backup now: what it has free, and what the backup takes."""

    free: int  # bytes free on the backup's disk
    backup: int  # the backup's own size: the database's, with what its -wal holds
    kept_free: int  # bytes kept free beyond it on the database's own disk (0 on another)

    @property
    def needed(self) -> int:
        return self.backup + self.kept_free

    @property
    def to_free(self) -> int:
        """How much more must be freed there for the backup to be made."""
        return self.needed - self.free


def _short_of_room(free: int, total: int, size: int, same_disk: bool) -> RoomShort | None:
    """The room rule, for the backup itself (_room_left) and for what Preferences say of a
    folder (room_short): on the database's own disk, the backup and as much again, and
    ROOM_TO_SPARE, are kept for the database to go on growing; on another disk the backup
    alone is needed (one whose file system tells no size, such as some network shares' 0 of
    0, is tried)."""
    if not same_disk and not total:
        return None
    short = RoomShort(free, size, size + ROOM_TO_SPARE if same_disk else 0)
    return short if free < short.needed else None


def _room_left(source: sqlite3.Connection, database: Path, target: Path, elsewhere: str) -> None:
    """Refuse a backup that would leave the database's own disk without room for it to grow.

    A daily backup on a nearly full disk took the last of it: the next edits failed with
    "database or disk is full" until a rotation, a day later, freed a backup's worth. On
    another disk (a drive of its own) a backup that does not fit is refused before it is
    written: it filled the drive first (a minute of progress on a USB stick) and failed then.

    Raises:
        NoRoomError: the database's disk holds less than the backup and as much again to
            spare, or another disk less than the backup.
    """
    try:
        same_disk = target.parent.stat().st_dev == database.parent.stat().st_dev
        usage = shutil.disk_usage(target.parent)
    except OSError:
        return  # (the copy then says what is wrong)
    # its pages as this connection reads them: the -wal's included
    size = _pages(source) * int(source.execute("PRAGMA page_size").fetchone()[0])
    short = _short_of_room(usage.free, usage.total, size, same_disk)
    if short is None:
        return
    if not short.kept_free:
        raise NoRoomError(f"Could not write the backup {target}: {_full_disk(short.free, size)}")
    # said as it is: the copy's own size, and the room kept for the database apart (a
    # 250 KB database's backup was said to "need 16 MB", the margin taken for the copy)
    raise NoRoomError(
        f"Could not write the backup {target}: its disk has {_amount(short.free, free=True)} "
        f"free; the backup takes {_amount(size)}, and {_amount(short.kept_free)} more are "
        "kept free there for the database itself to keep working (as much again as its "
        f"size, and {ROOM_TO_SPARE >> 20} MB). Free some room, or {elsewhere}."
    )


def room_short(folder: Path, database: Path) -> RoomShort | None:
    """What ``folder``'s disk lacks now for a backup of ``database`` (the rule of the backup
    itself: _short_of_room); None when it has the room, or when that cannot be told (the
    backup then says). The backup's size is the database file's and its -wal's: what the
    -wal holds is in the backup too, and a database just written to (an import) was said to
    fit a disk its backup did not.

    Preferences say it of the folder shown: of a full drive they said "No backup yet: netdesk
    makes one each day it runs" while each daily backup failed for want of room."""
    try:
        size = database.stat().st_size
        with contextlib.suppress(FileNotFoundError):  # (none: checkpointed and closed)
            size += Path(f"{database}-wal").stat().st_size
        usage = shutil.disk_usage(folder)
        same_disk = folder.stat().st_dev == database.parent.stat().st_dev
    except OSError:
        return None
    return _short_of_room(usage.free, usage.total, size, same_disk)


def mark_database() -> str | None:
    """The open database's id, written now on this thread's connection if it has none yet
    (``backup_owner.this_database``), without waiting for a write lock another program holds:
    called on the window's thread, that wait froze it up to the busy timeout (5 s). None when
    it cannot be written now (the backup writes it then)."""
    try:
        connection = db.connection()
        waits = int(connection.execute("PRAGMA busy_timeout").fetchone()[0])
    except (StoreError, DatabaseError, sqlite3.Error):
        return None
    connection.execute("PRAGMA busy_timeout=0")
    try:
        return backup_owner.this_database()
    finally:
        connection.execute(f"PRAGMA busy_timeout={waits}")


def backups(folder: Path) -> list[Path]:
    """Automatic backups in ``folder``, oldest first."""
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))


def _stamp(path: Path) -> dt.datetime | None:
    stamp = path.name[len(PREFIX) : -len(SUFFIX)].removesuffix(DAMAGED)
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def is_damaged(path: Path) -> bool:
    """Whether ``path`` is a daily backup that showed the database damaged (kept, never
    offered: it would only take the damaged file's place)."""
    return path.name.endswith(f"{DAMAGED}{SUFFIX}")


def automatic_backup(
    folder: Path,
    now: dt.datetime,
    *,
    keep_daily: int = KEEP_DAILY,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """Back up unless a backup in ``folder`` was made on ``now``'s day; then rotate.

    Rule for the user's data: a database holding no contacts and no journal entry is not
    backed up automatically (Back up now still does), and ``rotate`` never removes the newest
    backup that holds contacts. So neither a first run nor a data folder emptied by accident
    can make the backups of real data rotate out.

    The calendar day, not 24 hours: someone who starts netdesk each morning a little earlier
    than the day before (08:50 after 09:00) got a backup every other day. A backup dated on
    another day, even a later one (a clock that was wrong once), does not stop today's.

    Each backup made is checked (``quick_check``: about a second on 100,000 contacts, once a
    day on a worker); one that fails it is kept and nothing is rotated out.

    Raises:
        BackupCancelled: ``cancelled()`` turned True; no partial file is left.
        DamagedDatabaseError: the new backup, hence the database, is damaged.
    """
    today = [p for p in backups(folder) if (s := _stamp(p)) is not None and s.date() == now.date()]
    if today and backup_owner.only_ours(today, backup_owner.this_database()):
        return None  # (another data folder's backup of the day is not this one's)
    if not _holds_anything():
        # a first run, or a data folder emptied or replaced by accident: a backup of nothing
        # would only push out, day after day, the backups that hold the user's contacts
        log.info("daily backup skipped: the database holds no contacts and no journal")
        return None
    mine = backup_owner.this_database()  # written before the copy, which then carries it
    # the room is made only of a database SQLite's check finds sound: rotated out first,
    # the sound backups of a damaged database were gone before its damage was seen
    made, removed = _making_room(
        folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}{SUFFIX}",
        keep_daily,
        mine,
        cancelled=cancelled,
        sound_first=True,
    )
    try:
        # once a day, on this worker: SQLite copies damaged pages as they are, and a week of
        # backups of a damaged database would rotate out every sound one
        check_backup_file(made, cancelled=cancelled)
    except BackupCancelled:
        log.info("daily backup %s made, not checked (netdesk is quitting)", made)
        raise
    except BackupError as error:
        kept = made.with_name(f"{made.name.removesuffix(SUFFIX)}{DAMAGED}{SUFFIX}")
        try:
            # under its own name: the damaged-database box offered it as "the latest
            # backup", and File > Restore listed it first
            made = made.replace(kept)
        except OSError as failed:
            log.warning("could not rename the damaged backup %s: %s", made, failed)
        raise DamagedDatabaseError(
            f"{db.database} is damaged: its backup {made} does not pass SQLite's check "
            f"({error}). {_removed_said(removed)}"
        ) from error
    rotate(folder, daily=keep_daily, database_id=mine)
    return made


def backup_making_room(
    target: Path,
    keep_daily: int,
    database_id: str | None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """``backup_to(target)`` into a folder of rotated backups; when its disk has no room,
    the backups ``rotate`` no longer keeps (``keep_daily`` lowered in Preferences) are
    removed and the copy made again.

    The rotation ran only after a backup was made: on a full stick none ever was, and
    keeping fewer backups, what the failure says to do, changed nothing. What is removed
    first is what a rotation after the backup would remove anyway; a folder holding no more
    than is kept fails as before, nothing removed.

    Raises:
        BackupError, BackupCancelled: as ``backup_to``.
    """
    return _making_room(target, keep_daily, database_id, progress=progress, cancelled=cancelled)[0]


def _making_room(
    target: Path,
    keep_daily: int,
    database_id: str | None,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    sound_first: bool = False,
) -> tuple[Path, list[Path]]:
    """``backup_making_room``, and the backups it removed to make room.

    Args:
        sound_first: before anything is removed, the open database is read for damage
            (``PRAGMA quick_check``, as the daily backup's check): a damaged database
            raises DamagedDatabaseError and no backup is removed.
    """
    try:
        return backup_to(target, progress=progress, cancelled=cancelled), []
    except NoRoomError as no_room:
        if sound_first:
            _database_sound(no_room, cancelled)
        removed = rotate(target.parent, daily=keep_daily, database_id=database_id)
        if not removed:
            raise
        log.info("backups no longer kept removed from %s to make room", target.parent)
    return backup_to(target, progress=progress, cancelled=cancelled), removed


def _database_sound(no_room: NoRoomError, cancelled: Callable[[], bool] | None) -> None:
    """Raise DamagedDatabaseError (of ``no_room``'s backup, not made) when the open database
    fails SQLite's ``quick_check``; BackupCancelled when ``cancelled()`` turned True."""
    try:
        connection = db.connection()
        watching = _interrupt_when(connection, cancelled)
        try:
            problems = [r[0] for r in connection.execute("PRAGMA quick_check(3)")]
        finally:
            watching()
    except (StoreError, DatabaseError, sqlite3.Error) as error:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"Checking {db.database} was cancelled.") from error
        if not (isinstance(error, sqlite3.Error) and rescue.is_damage(error)):
            raise no_room from error  # (not read: nothing removed, the want of room said)
        problems = [str(error)]
    if problems != ["ok"]:
        first = problems[0].removeprefix("*** in database main ***").strip().splitlines()[0]
        raise DamagedDatabaseError(
            f"{db.database} is damaged ({first}); its backup was not made: {no_room} "
            "No older backup was removed."
        ) from no_room


def _removed_said(removed: list[Path]) -> str:
    """What a damaged backup's message says of the older backups."""
    if not removed:
        return "No older backup was removed."
    names = ", ".join(p.name for p in removed)
    return f"To make room for it, the backups no longer kept were removed first: {names}."


def rotate(
    folder: Path,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    *,
    database_id: str | None = None,
) -> list[Path]:
    """Keep the newest backup of each of the last ``daily`` days and ``weekly`` ISO weeks,
    every backup of the newest day, and the newest backup that holds contacts (after days of
    backups of an empty database, it may be the only one left with the user's data). Of the
    backups that showed the database damaged (``is_damaged``), only the newest is kept, and
    none of them counts as a day's or a week's backup.

    The newest day whole: Back up now in the afternoon removed that morning's backup, which
    may be the only copy of the data from before a mistake made since.

    Args:
        database_id: the database backed up (``backup_owner.this_database()``): the backups
            of another (a second data folder backing up into the same folder) are left out,
            neither counted nor removed.
    """
    _remove_abandoned(folder)
    ours = sorted(
        (
            (s, p)
            for p in backup_owner.only_ours(backups(folder), database_id)
            if (s := _stamp(p)) is not None
        ),
        reverse=True,
    )
    # A backup that showed the database damaged takes no day's or week's place: counted,
    # a week of them rotated out the newest sound backups from before the damage. The newest
    # is kept (what the damage looked like), older ones go.
    damaged = [p for _, p in ours if is_damaged(p)]
    dated = [(s, p) for s, p in ours if not is_damaged(p)]
    keep: set[Path] = {p for s, p in dated if s.date() == dated[0][0].date()} if dated else set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for stamp, path in dated:
        day = stamp.date()
        week = tuple(stamp.isocalendar())[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(path)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(path)
    holding = _newest_holding_contacts([p for _, p in dated])
    if holding is not None:
        keep.add(holding)  # perhaps the only copy of the contacts left: never rotated out
    removed = [p for _, p in dated if p not in keep] + damaged[1:]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _remove_abandoned(folder: Path) -> None:
    """Remove the partial files of backups cut short (``…sqlite3.<random>.part``, or an
    older netdesk's ``…sqlite3.part``, and its journal): never counted as backups, they were
    never removed either, a whole database each."""
    limit = time.time() - ABANDONED_S
    for partial in folder.glob(f"{PREFIX}*{SUFFIX}*.part"):
        try:
            if partial.stat().st_mtime >= limit:
                continue  # perhaps being written now (netdesk-cli, another data folder)
        except OSError:
            continue
        _remove_begun(partial)
        log.info("removed %s, a backup cut short", partial)


def _holds_anything() -> bool:
    """Whether the open database holds a contact or a journal entry (True when it cannot be
    read: the backup then says why)."""
    try:
        connection = db.connection()
        return bool(
            connection.execute(
                "SELECT EXISTS (SELECT 1 FROM contact) OR EXISTS (SELECT 1 FROM interaction)"
            ).fetchone()[0]
        )
    except (StoreError, DatabaseError, sqlite3.Error):
        return True


def _newest_holding_contacts(newest_first: list[Path]) -> Path | None:
    """The first of ``newest_first`` that holds a contact (unreadable files, and backups
    that showed the database damaged, are passed over)."""
    for path in newest_first:
        if is_damaged(path):
            continue
        try:
            if contacts_in(path):
                return path
        except BackupError:
            continue
    return None


def _read_only(path: Path) -> sqlite3.Connection:
    """Open a backup for reading without leaving -wal/-shm files beside it.

    A backup is a file in WAL mode; opened read-only, SQLite would create its -shm and -wal
    next to it (or fail, on a read-only medium). With no -wal there is nothing but the file to
    read, and ``immutable`` reads just that; a -wal beside it holds part of the data.
    """
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode={mode}", uri=True)


def check_backup_file(
    path: Path, *, thorough: bool = True, cancelled: Callable[[], bool] | None = None
) -> int:
    """The schema version of a netdesk database file.

    Args:
        thorough: also read every page for damage (seconds for a big file); without it,
            only the header and the schema are read (milliseconds).
        cancelled: polled while the pages are read; True stops (BackupCancelled).

    Raises:
        NewerBackupError: written by a newer netdesk.
        BackupCancelled: ``cancelled()`` turned True.
        BackupError: not readable, not SQLite, not a netdesk database, or damaged.
    """
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file.")
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise BackupError(f"{path} is not a SQLite database.")
        connection = _read_only(path)
        watching = _interrupt_when(connection, cancelled)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            # a file whose header and schema read fine can still be damaged further in: a
            # restore would put it in place of a sound database
            problems = (
                [r[0] for r in connection.execute("PRAGMA quick_check(3)")] if thorough else ["ok"]
            )
        finally:
            watching()
            connection.close()
    except (OSError, sqlite3.Error) as error:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"Checking {path} was cancelled.") from error
        if isinstance(error, sqlite3.Error) and rescue.is_damage(error):
            raise BackupError(f"{path} is damaged ({error}); it cannot be used.") from error
        raise BackupError(f"{path} cannot be read: {error}") from error
    if not {"contact", "interaction", "follow_up"} <= tables or version < 1:
        raise BackupError(f"{path} is not a netdesk database.")
    if version > migrations.SCHEMA_VERSION:
        raise NewerBackupError(f"{path} comes from a newer netdesk (schema {version}).")
    if problems != ["ok"]:
        first = problems[0].removeprefix("*** in database main ***").strip().splitlines()[0]
        raise BackupError(f"{path} is damaged ({first}); it cannot be used.")
    return version


def _interrupt_when(
    connection: sqlite3.Connection, cancelled: Callable[[], bool] | None
) -> Callable[[], None]:
    """Interrupt ``connection``'s query once ``cancelled()`` turns True (polled every 50 ms
    on a thread of its own: a quick_check is one SQLite instruction that no progress handler
    sees into); returns the function that stops watching."""
    if cancelled is None:
        return lambda: None
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(0.05):
            if cancelled():
                connection.interrupt()
                return

    watcher = threading.Thread(target=watch, name="netdesk-check-cancel", daemon=True)
    watcher.start()

    def stop() -> None:
        finished.set()
        watcher.join()

    return stop


def contacts_in(path: Path) -> int:
    """How many contacts the database file ``path`` holds, read-only (nothing written beside it).

    Raises:
        BackupError: not readable, not SQLite, or without netdesk's contact table.
    """
    try:
        connection = _read_only(path)
        try:
            return int(connection.execute("SELECT count(*) FROM contact").fetchone()[0])
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"{path} cannot be read: {error}") from error


def _not_held(database: Path, error: sqlite3.Error) -> str:
    """Why a restore could not hold ``database`` alone: another program has it open, or the
    files SQLite keeps beside it cannot be written (a read-only folder or disk, a -wal that
    cannot be opened). The second was said as the first, "in use by another program (is
    netdesk running?)", which sent the user to look for a program that was not there."""
    code = getattr(error, "sqlite_errorcode", None)
    if (code is not None and code & 0xFF in (5, 6)) or "locked" in str(error):  # BUSY, LOCKED
        return (
            f"{database} is in use by another program (is netdesk running?). "
            "Close it and try again; nothing was changed."
        )
    return (
        f"{database} cannot be written ({error}): is its folder or disk read-only? "
        "Nothing was changed."
    )


# What a restore is doing, for its progress dialog: reading the backup for damage, copying
# the current database aside, copying the backup in.
CHECKING, KEEPING, RESTORING = "checking", "keeping", "restoring"
OPENING = "opening"  # the copy is complete (written out, opened, migrated): no Cancel now


def restore(
    source: Path,
    database_path: Path,
    safety_folder: Path,
    now: dt.datetime,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Replace the contents of the database at ``database_path`` with those of ``source``.

    The database is written through SQLite (the backup API), in one transaction, while this
    connection holds it exclusively: a database another program has open (a running netdesk,
    an sqlite3 shell) is refused instead of being replaced under it, and a failure part way
    (a full disk) leaves it as it was. A copy of the current database is kept in
    ``safety_folder`` first; returns its path.

    Args:
        progress: called with (phase, done, total) as the work goes, each pass weighted by
            the time it takes (``_Steps``): CHECKING (the backup read, then checked for
            damage), KEEPING (the current database copied aside), RESTORING (the backup
            copied in), OPENING (the copy written into the file); (OPENING, total, total)
            at the end. The check and the writing are one SQLite call each: the progress
            moves on meanwhile by the time they are expected to take, from another thread.
        cancelled: polled between steps until the backup's copy is complete; True stops
            with BackupCancelled, the database as it was and the kept copy removed.

    Raises:
        BackupCancelled: ``cancelled()`` turned True; nothing was changed.
        BackupError: ``source`` is not a sound netdesk database, the database is in use, or a
            file could not be written; the message names the file. Nothing was changed.
    """
    steps = _Steps(source, database_path, progress, cancelled)
    check_backup_file(source, thorough=False)  # at once: not a file, not netdesk, newer
    steps.read_through(source)
    with steps.creeping(CHECKING):
        check_backup_file(source, cancelled=cancelled)
    with contextlib.suppress(OSError):  # (a database not there yet is no backup of itself)
        if source.samefile(database_path):
            raise BackupError(
                f"{source} is the database netdesk uses, not a backup of it; choose a backup."
            )
    try:
        current = sqlite3.connect(database_path, timeout=0, isolation_level=None)
    except sqlite3.Error as error:
        raise BackupError(f"Could not open {database_path}: {error}") from error
    copied = False
    try:
        try:
            current.execute("PRAGMA locking_mode=EXCLUSIVE")
            current.execute("BEGIN EXCLUSIVE")
            current.execute("SELECT count(*) FROM sqlite_master").fetchall()
            current.execute("COMMIT")  # the exclusive lock stays until the connection closes
        except sqlite3.OperationalError as error:
            raise BackupError(_not_held(database_path, error)) from error
        steps.measure(current, source)
        _room_to_restore(database_path, safety_folder, steps)
        safety = _copy_database(
            current,
            safety_folder,
            f"{_BEFORE_RESTORE}{now:%Y%m%d-%H%M%S}",
            "keep a copy of the current database as",
            steps.keeping,
        )
        try:
            reader = _read_only(source)
            try:
                _backup_waiting(reader, current, source, step=steps.restoring)
            finally:
                reader.close()
            copied = True
        except BaseException as error:
            # the database is as it was (one transaction): no copy of it to keep, listed as
            # "Kept before a restore" of a restore that never was, on a disk perhaps full
            _remove_begun(safety)
            if isinstance(error, sqlite3.Error):
                raise BackupError(
                    f"Could not restore {source} into {database_path}: {error}. "
                    "The database was not changed."
                ) from error
            raise
    finally:
        if copied:  # closing writes the copy into the file: seconds, and too late to cancel
            with steps.creeping(OPENING):
                current.close()
        else:
            current.close()
    if progress is not None:
        progress(OPENING, steps.total, steps.total)
    with contextlib.suppress(OSError):
        database_path.chmod(0o600)
    _drop_old_kept_copies(safety_folder, safety, now)
    return safety


def _room_to_restore(database: Path, safety_folder: Path, steps: _Steps) -> None:
    """Refuse a restore its database's disk has not room for, before anything is written.

    The backup is written in one transaction, all of it into the -wal first, then into the
    database's file as the connection closes: on a disk with room for the first and not the
    second, the restore was done (its data in the -wal) and said as failed, "nothing was
    changed", and netdesk could not open the database until room was made.

    Raises:
        BackupError: the disk holds less than the copy of the current data (when it goes on
            the same disk), the backup twice over (the -wal, the file growing to its size)
            and ROOM_TO_SPARE.
    """
    try:
        free = shutil.disk_usage(database.parent).free
        same_disk = (
            safety_folder.exists() and safety_folder.stat().st_dev == database.parent.stat().st_dev
        )
        held = database.stat().st_size
    except OSError:
        return  # (the copies then say what is wrong)
    restored = steps.restore_kib * 1024
    needed = (
        (steps.keep_kib * 1024 if same_disk or not safety_folder.exists() else 0)
        + restored
        + max(0, restored - held)
        + ROOM_TO_SPARE
    )
    if free < needed:
        raise BackupError(
            f"{database.parent} has {free // 2**20} MB free, and this restore needs "
            f"{-(-needed // 2**20)} MB there (a copy of the current data, and the backup "
            "written in before it takes the current data's place). Free some room and try "
            "again; nothing was changed."
        )


def _drop_old_kept_copies(folder: Path, newest: Path, now: dt.datetime) -> None:
    """Of the copies restores kept (``newest`` among them), remove those older than
    KEEP_BEFORE_RESTORE_DAYS beyond the KEEP_BEFORE_RESTORE newest."""
    kept = sorted(  # by the time in their names (a copied folder's files share one mtime)
        (p for p in folder.glob(f"{_BEFORE_RESTORE}*{SUFFIX}") if p != newest), reverse=True
    )
    limit = now - dt.timedelta(days=KEEP_BEFORE_RESTORE_DAYS)
    for old in kept[KEEP_BEFORE_RESTORE - 1 :]:
        stamp = old.name[len(_BEFORE_RESTORE) :][:15]
        try:
            if dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S") >= limit:
                continue
        except ValueError:
            continue  # not named by a restore: left alone
        try:
            old.unlink()
            log.info("removed %s (copies kept before restores: the newest %d stay)", old,
                     KEEP_BEFORE_RESTORE)  # fmt: skip
        except OSError as error:
            log.warning("could not remove %s: %s", old, error)


def keep_database_id(database_id: str | None) -> None:
    """Give the open database (a restored backup, migrated) the id ``database_id`` of the one
    it replaced (``backup_owner.this_database()`` before the restore).

    The id names the data folder's database, not the data: restoring another data folder's
    backup (the work laptop's, into the home one; both backing up into one folder) took its
    id along, and each then counted the other's backups as its own: the second to start on a
    day made no backup, and a rotation removed the other's.

    Raises:
        BackupError: the id could not be written (the restore itself is done).
    """
    if database_id is None:
        return
    try:
        with db.atomic():
            db.execute_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                (backup_owner.KEY, database_id),
            )
    except (DatabaseError, sqlite3.Error, StoreError) as error:
        raise BackupError(f"Could not keep the database's id: {error}") from error


def carry_notified(previous: Path) -> int:
    """Keep announced in the open database (a restored backup, migrated) the reminders that
    ``previous`` (the copy a restore kept of the database it replaced) had announced.

    The marks live in the database: restoring the morning's backup took away those made since,
    and every follow-up, birthday and anniversary shown in between was announced again. A
    follow-up counts as announced when the restored data has the same item (its id and contact)
    due at the very time it was announced at; an item due at another time there waits for
    that time as usual, and one the replaced database never announced is announced. Birthday
    and anniversary keys are added to the restored ones.

    Returns:
        How many follow-ups were marked as announced.

    Raises:
        BackupError: ``previous`` could not be read or the marks not written (the restore
            itself is done; at worst some reminders are shown once more).
    """
    try:
        reader = _read_only(previous)
        try:
            announced = reader.execute(
                "SELECT notified_due, id, contact_id FROM follow_up WHERE notified_due IS NOT NULL"
            ).fetchall()
            shown = reader.execute("SELECT key, shown_at FROM notified").fetchall()
        finally:
            reader.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"{previous} cannot be read: {error}") from error
    try:
        with db.atomic():
            cursor = db.cursor()
            # the stored text of the due times is compared: both files are written alike
            cursor.executemany(
                "UPDATE follow_up SET notified_due = effective_due WHERE effective_due = ? "
                "AND id = ? AND contact_id = ? AND notified_due IS NOT effective_due",
                announced,
            )
            marked = max(cursor.rowcount, 0)
            db.cursor().executemany(
                "INSERT OR IGNORE INTO notified (key, shown_at) VALUES (?, ?)", shown
            )
    except (DatabaseError, sqlite3.Error, StoreError) as error:
        raise BackupError(f"Could not keep the reminders already shown: {error}") from error
    return marked


_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
_STEP_PAGES = 4096  # pages per backup step; between steps a source held by others is noticed
_BUSY_SLEEP_S = 0.05


class _SourceBusyError(Exception):
    pass


# Each pass's share of a restore, per KiB it goes through, from the time it took on the
# 100,000-contact database (485 MB, warm cache, two runs): the backup read through 0.25-0.34 s,
# checked 1.4-2.8 s, the current database copied aside 1.7-3.1 s, the backup copied in 4.0-5.4 s,
# that copy written into the file (the connection's close) 1.3-1.9 s. Counted in KiB alike, the
# bar went to a third in a quarter of a second, stood still for the check, and stood at the end
# for the writing.
_READ, _CHECK, _KEEP, _RESTORE, _WRITE = 1, 7, 8, 16, 5
# seconds per KiB the check and the writing take (485 MB: ~2.1 s and ~1.6 s), for the progress
# to move on meanwhile; a slower machine holds near the pass's end until it is done
_SECONDS_PER_KIB = {CHECKING: 2.1 / 485_000, OPENING: 1.6 / 485_000}
_CREEP_S = 0.1  # how often the progress moves on during one long SQLite call


def _crept(elapsed: float, expected: float) -> float:
    """The share of a pass done after ``elapsed`` of the ``expected`` seconds: 90 % evenly
    until then, the rest ever more slowly (never all: the pass's end says that)."""
    if elapsed <= expected:
        return 0.9 * elapsed / expected
    return 0.9 + 0.1 * (1 - math.exp(-(elapsed - expected) / expected))


CHECK_WEIGHT = _CHECK  # (store.rescue weighs its own check as a restore's)


def check_seconds(kib: int) -> float:
    """How long checking a backup of ``kib`` KiB is expected to take (``moving_on``)."""
    return kib * _SECONDS_PER_KIB[CHECKING]


@contextlib.contextmanager
def moving_on(
    tell: Callable[[int], None], first: int, last: int, expected: float
) -> Iterator[None]:
    """Tell ``first``, then move the progress on towards ``last`` by the ``expected`` seconds
    (``_crept``), from a thread of its own, while the one SQLite call of the block runs (a
    check, a close that writes a copy into its file: no progress handler sees into them)."""
    expected = max(_CREEP_S, expected)
    finished = threading.Event()

    def creep() -> None:
        began = time.monotonic()
        while not finished.wait(_CREEP_S):
            share = _crept(time.monotonic() - began, expected)
            try:
                tell(first + int((last - first) * share))
            except Exception:  # (the terminal gone): the work goes on without it
                log.warning("the progress could not be told", exc_info=True)
                return

    tell(first)
    watcher = threading.Thread(target=creep, name="netdesk-progress", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()
        watcher.join()


class _Steps:
    """A restore's passes as one measure of progress, each weighted by the time it takes,
    and its Cancel: the backup read through (its check then reads it from the system's
    cache: on a cold cache the check alone was 10 of a 100,000-contact restore's 17 seconds,
    with nothing to show), checked, the current database copied aside, the backup copied in,
    that copy written into the file."""

    def __init__(
        self,
        source: Path,
        database: Path,
        progress: Callable[[str, int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.progress = progress
        self.cancelled = cancelled
        self.read_kib = _kib(source)
        self.keep_kib = _kib(database)  # measured exactly once the database is held
        self.restore_kib = self.read_kib
        self.page_kib = (4.0, 4.0)

    def _starts(self) -> dict[str, int]:
        """Where each pass starts, and (under "") where the last ends."""
        check = self.read_kib * _READ
        keep = check + self.read_kib * _CHECK
        restore = keep + self.keep_kib * _KEEP
        write = restore + self.restore_kib * _RESTORE
        end = max(1, write + self.restore_kib * _WRITE)
        return {CHECKING: check, KEEPING: keep, RESTORING: restore, OPENING: write, "": end}

    @property
    def total(self) -> int:
        return self._starts()[""]

    @contextlib.contextmanager
    def creeping(self, phase: str) -> Iterator[None]:
        """Move the progress on through ``phase`` (CHECKING past the reading, or OPENING) by
        the time it is expected to take, while the one SQLite call of the block runs."""
        progress = self.progress
        if progress is None:
            yield
            return
        starts = self._starts()
        last = starts[KEEPING] if phase == CHECKING else starts[""]
        kib = self.read_kib if phase == CHECKING else self.restore_kib
        total = self.total
        with moving_on(
            lambda done: progress(phase, done, total),
            starts[phase],
            last,
            kib * _SECONDS_PER_KIB[phase],
        ):
            yield

    def _say(self, phase: str, done: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise BackupCancelled("The restore was cancelled; nothing was changed.")
        if self.progress is not None:
            self.progress(phase, min(done, self.total), self.total)

    def read_through(self, source: Path) -> None:
        """Read the backup once, in order (the check's own reads jump about the file)."""
        self._say(CHECKING, 0)
        done = 0
        try:
            with source.open("rb") as handle:
                while chunk := handle.read(_READ_CHUNK):
                    done += len(chunk)
                    self._say(CHECKING, done // 1024 * _READ)
        except OSError as error:
            raise BackupError(f"{source} cannot be read: {error}") from error

    def measure(self, current: sqlite3.Connection, source: Path) -> None:
        """The copies' exact sizes, in pages of each database."""
        keep_page = _page_kib(current)
        self.keep_kib = round(_pages(current) * keep_page)
        try:
            reader = _read_only(source)
            try:
                restore_page = _page_kib(reader)
                self.restore_kib = round(_pages(reader) * restore_page)
            finally:
                reader.close()
        except sqlite3.Error:
            restore_page = 4.0
        self.page_kib = (keep_page, restore_page)

    def keeping(self, _status: int, remaining: int, total: int) -> None:
        copied = round((total - remaining) * self.page_kib[0])
        self._say(KEEPING, self._starts()[KEEPING] + copied * _KEEP)

    def restoring(self, _status: int, remaining: int, total: int) -> None:
        copied = round((total - remaining) * self.page_kib[1])
        self._say(RESTORING, self._starts()[RESTORING] + copied * _RESTORE)


_READ_CHUNK = 4 << 20


def _kib(path: Path) -> int:
    try:
        return path.stat().st_size // 1024
    except OSError:
        return 0


def _page_kib(connection: sqlite3.Connection) -> float:
    return int(connection.execute("PRAGMA page_size").fetchone()[0]) / 1024


def _pages(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA page_count").fetchone()[0])


def _backup_waiting(
    source: sqlite3.Connection,
    target: sqlite3.Connection,
    path: Path,
    wait: float | None = None,
    *,
    step: Callable[[int, int, int], None] | None = None,
) -> None:
    """``source.backup(target)``, giving up when another program holds ``source`` for longer
    than ``wait`` seconds (sqlite3's own loop waits for it forever, deaf to Ctrl+C).

    Args:
        step: also called after each step, as the backup API's ``progress``; what it raises
            stops the copy.

    Raises:
        BackupError: ``path`` stayed locked; ``target`` is as it was (one transaction).
    """
    limit = max(1, round((SOURCE_WAIT_S if wait is None else wait) / _BUSY_SLEEP_S))
    busy = 0
    also = step

    def step_(status: int, remaining: int, total: int) -> None:
        nonlocal busy
        busy = busy + 1 if status in _BUSY else 0
        if busy >= limit:
            raise _SourceBusyError
        if also is not None:
            also(status, remaining, total)

    try:
        source.backup(target, pages=_STEP_PAGES, progress=step_, sleep=_BUSY_SLEEP_S)
    except _SourceBusyError:
        raise BackupError(
            f"{path} is in use by another program; close it and try again. Nothing was changed."
        ) from None


def _copy_database(
    connection: sqlite3.Connection,
    folder: Path,
    stem: str,
    doing: str,
    step: Callable[[int, int, int], None] | None = None,
) -> Path:
    """Write ``connection``'s database to a new file of its own, ``<folder>/<stem>.sqlite3``
    (``<stem>-2.sqlite3``, … where that name is taken), readable by its owner alone from its
    first page; returns it. What was begun is removed on failure.

    The file is made by the OS (O_EXCL, never a file or a link found at its name: two
    restores in one second, a link planted in a shared backups folder), then opened by SQLite
    with ``part_file.connect``, which checks it is still the file made: a name chosen first and
    opened by SQLite was one a link could be put at meanwhile, and the whole database was
    written into the file it named.

    Args:
        step: the backup API's ``progress``, after each step; what it raises stops the copy
            (the file begun is removed).
    """
    target = folder / f"{stem}{SUFFIX}"
    made: int | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        made, target = _new_file(folder, stem)
        copy = part_file.connect(target, made)
        try:
            connection.backup(copy, pages=_STEP_PAGES if step else -1, progress=step)
        finally:
            copy.close()
    except BackupCancelled:
        _remove_begun(target)
        raise
    except part_file.PartInTheWay as error:  # left as it is: no longer ours to remove
        raise BackupError(
            f"Could not {doing} {target}: it changed as the copy began (another program?): it "
            f"is {error.what}. Nothing was changed."
        ) from error
    except (OSError, sqlite3.Error) as error:
        if made is not None:  # (not a file made by another restore at the same moment)
            _remove_begun(target)
        raise BackupError(f"Could not {doing} {target}: {error}. Nothing was changed.") from error
    return target


def _new_file(folder: Path, stem: str) -> tuple[int, Path]:
    """Make ``<folder>/<stem>.sqlite3``, or the first of ``<stem>-2.sqlite3``, … that names
    nothing (no file, link or folder), mode 0600; return it open for writing, and its path."""
    number = 1
    while True:
        target = folder / f"{stem}{SUFFIX if number == 1 else f'-{number}{SUFFIX}'}"
        try:
            return os.open(target, part_file.NEW_FILE, 0o600), target
        except FileExistsError:
            number += 1


def _remove_begun(path: Path) -> None:
    """Remove a copy that failed part way and the files SQLite wrote beside it: a write that
    ran out of space leaves its rollback journal (``…-journal``) behind."""
    for leftover in (path, *(Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):  # a read-only folder refuses even that
            leftover.unlink(missing_ok=True)
