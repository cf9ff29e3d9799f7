"""Backups: at start-up once a day, on demand, and restore; consistent copies, rotated."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netdesk.store import backup, backup_owner, rescue, upgrade_copy
from netdesk.store.database import DatabaseAwayError as DatabaseAwayError  # (hold_database)
from netdesk.store.database import (
    StoreError,
    hold_connections,
    open_database,
    release_connections,
)

if TYPE_CHECKING:
    from netdesk.core import Core

log = logging.getLogger("netdesk.core")

BackupError = backup.BackupError
# Open (and migrate) a database a restore put in place, the backup it came from being the
# older schema's copy: no second one is kept (netdesk.app's start on a rescued database).
restored_in_place = upgrade_copy.restored_from
BackupCancelled = backup.BackupCancelled
NewerBackupError = backup.NewerBackupError
DamagedDatabaseError = backup.DamagedDatabaseError
check_backup_file = backup.check_backup_file
backup_to = backup.backup_to
contacts_in = backup.contacts_in
room_short = backup.room_short  # what a folder's disk lacks for a backup (None: it has room)
RoomShort = backup.RoomShort
database_id_of = backup_owner.of_file  # whose backup a file is (None: unknown)
SAFETY_PREFIX = "before-restore-"
_UPGRADE_COPY = re.compile(r"netdesk-\d{8}-\d{6}-schema\d+\.sqlite3")  # store.upgrade_copy
FSTAB = Path("/etc/fstab")  # the file systems mounted at fixed places (Linux, BSD)
MOUNTINFO = Path("/proc/self/mountinfo")  # what is mounted now, and where (Linux)


def contact_counts(path: Path) -> tuple[int, int]:
    """(all contacts, archived ones) in the database file ``path``, read-only.

    Raises:
        BackupError: not readable, not SQLite, or without netdesk's contact table.
    """
    try:
        return rescue.contact_counts(path)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"{path} cannot be read: {error}") from error


def journal_count(path: Path) -> int:
    """How many journal entries the database file ``path`` holds, read-only.

    Raises:
        BackupError: not readable, not SQLite, or without netdesk's journal table.
    """
    try:
        return rescue.journal_count(path)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"{path} cannot be read: {error}") from error


def made_by_newer(path: Path) -> bool:
    """Whether ``path`` is a netdesk database written by a newer netdesk, which this one
    cannot restore; False for any other file, sound or not (only its header and schema are
    read: milliseconds)."""
    try:
        check_backup_file(path, thorough=False)
    except NewerBackupError:
        return True
    except BackupError:
        return False
    return False


@dataclass(frozen=True)
class BackupFile:
    """One backup on disk: a dated ``netdesk-…`` backup, or a ``before-restore-…`` safety copy
    of the database a restore replaced."""

    path: Path
    made: dt.datetime  # from the file's name, or its modification time
    size: int  # bytes
    safety_copy: bool
    # a copy kept before netdesk upgraded the database to a newer schema (store.upgrade_copy)
    before_upgrade: bool = False


def _made(path: Path, prefix: str) -> dt.datetime:
    stamp = path.name[len(prefix) : len(prefix) + 15]  # YYYYMMDD-HHMMSS, maybe "-2" after it
    try:
        return dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return dt.datetime.fromtimestamp(path.stat().st_mtime)


def backup_files(*folders: Path) -> list[BackupFile]:
    """The backups and safety copies in ``folders`` (each file once), newest first; not the
    daily backups that showed the database damaged (``store.backup.is_damaged``)."""
    found: dict[Path, BackupFile] = {}
    for folder in folders:
        for prefix in (backup.PREFIX, SAFETY_PREFIX):
            for path in folder.glob(f"{prefix}*{backup.SUFFIX}"):
                if backup.is_damaged(path):
                    continue  # offered, it could only take the damaged database's place
                try:
                    key = path.resolve()
                    if key not in found and path.is_file():
                        made = _made(path, prefix)
                        found[key] = BackupFile(
                            path,
                            made,
                            path.stat().st_size,
                            prefix != backup.PREFIX,
                            _UPGRADE_COPY.fullmatch(path.name) is not None,
                        )
                except OSError:  # removed meanwhile (a rotation), or unreadable: not offered
                    continue
    return sorted(found.values(), key=lambda f: (f.made, f.path.name), reverse=True)


def own_backups(
    folder: Path, database: Path | None, cancelled: Callable[[], bool] | None = None
) -> list[BackupFile]:
    """The dated backups of ``database`` in ``folder``, newest first: not the safety copies
    nor those kept before an upgrade, nor another data folder's (README: several may share
    one folder); those of no database known (made before ids) count as its own. Each file is
    opened to read its owner (``database_id_of``): a year of them takes 0.3 s on a local
    disk, seconds on a USB drive, so a window asks on a worker.

    Raises:
        OSError: ``folder`` cannot be listed.
        BackupCancelled: ``cancelled()`` turned True (checked before each file is opened).
    """
    found = [f for f in backup_files(folder) if not f.safety_copy and not f.before_upgrade]
    mine = database_id_of(database) if database is not None and found else None
    if mine is None:
        return found
    own = []
    for file in found:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"the backups in {folder} were no longer wanted")
        if database_id_of(file.path) in (None, mine):
            own.append(file)
    return own


def folder_to_use(
    chosen: Path | None, default: Path, *, fstab: Path | None = None
) -> tuple[Path, Path | None]:
    """Where a backup goes: the ``chosen`` folder (Preferences), else ``default``
    (``<data folder>/backups``); and the chosen folder when it is gone.

    A chosen folder that is gone (its drive unplugged, a network share not mounted) was made
    again, on the local disk: the backups went under the empty mount point, hidden once the
    drive was back, or failed for want of rights to make it. The default folder, which Restore
    and the damaged-database box also look in, takes the backup instead. So it does for a
    folder on a drive ``fstab`` mounts at a fixed place (a USB stick's root at /mnt/usb)
    while that drive is not mounted: its mount point stays, an empty folder of the local disk.
    """
    if chosen is None or chosen == default:
        return default, None
    if chosen.exists() and unmounted(chosen, fstab) is None:
        return chosen, None
    return default, chosen


def unmounted(
    folder: Path, fstab: Path | None = None, mountinfo: Path | None = None
) -> Path | None:
    """The mount point ``fstab`` names for ``folder`` (itself or a folder above it) that
    nothing is mounted on now (``mountinfo``, the kernel's list), if there is one.

    Args:
        fstab: FSTAB when None, and ``mountinfo`` MOUNTINFO, read at each call (not bound
            at import): a test of a dialog points them at files of its own.
    """
    fstab = FSTAB if fstab is None else fstab
    mountinfo = MOUNTINFO if mountinfo is None else mountinfo
    try:
        lines = fstab.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:  # no fstab (macOS, Windows), or unreadable: no fixed mount points known
        return None
    points = set()
    for line in lines:
        fields = line.split()
        if len(fields) >= 2 and not fields[0].startswith("#") and fields[1].startswith("/"):
            # a space in a mount point is written \040 (fstab(5))
            points.add(Path(_octal(fields[1])))
    absolute = Path(os.path.abspath(folder))
    mounted = _mount_points(mountinfo)
    for place in (absolute, *absolute.parents):
        if place not in points or place.parent == place:
            continue
        if not (place in mounted if mounted is not None else os.path.ismount(place)):
            return place
    return None


def _octal(field: str) -> str:
    """A path as fstab(5) and mountinfo write it: a space is \\040."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), field)


def _mount_points(mountinfo: Path) -> set[Path] | None:
    """Every place something is mounted on now (Linux's /proc/self/mountinfo, field 5), or
    None where there is no such list. os.path.ismount() does not see a bind mount of a
    folder of the same disk (fstab's "/data/Documents /home/u/Documents none bind")."""
    try:
        lines = mountinfo.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return {Path(_octal(line.split()[4])) for line in lines if len(line.split()) > 4}


def mark_database() -> str | None:
    """Write the open database's id now, on the calling thread's connection, if it has none
    yet (the first backup writes it otherwise); return it (None: it cannot be read or written).

    Called on the window's thread before its first backup: written by the backup's worker, on
    a connection of its own, the id was a write the window's views took for another
    program's (``PRAGMA data_version``), and every view read the database again. Another
    program's write lock held meanwhile is not waited for (None; the backup writes it)."""
    return backup.mark_database()


def backup_now(
    folder: Path,
    now: dt.datetime,
    *,
    keep_daily: int = backup.KEEP_DAILY,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write ``netdesk-YYYYMMDD-HHMMSS.sqlite3`` into ``folder`` and rotate old backups.

    Raises:
        BackupError: the copy could not be written (the message names the file).
        BackupCancelled: ``cancelled()`` returned True; no partial file is left.
    """
    name = f"{backup.PREFIX}{now:%Y%m%d-%H%M%S}{backup.SUFFIX}"
    mine = backup_owner.this_database()  # before the copy, which then carries it
    # a full drive: the backups Preferences no longer keeps make room first
    made = backup.backup_making_room(
        folder / name, keep_daily, mine, progress=progress, cancelled=cancelled
    )
    backup.rotate(folder, daily=keep_daily, database_id=mine)  # another data folder's stay
    return made


def backup_if_due(
    folder: Path,
    now: dt.datetime,
    *,
    keep_daily: int = backup.KEEP_DAILY,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """The start-up backup: made only when ``folder`` has none made on ``now``'s day.

    Returns:
        The new backup, or None when a recent one exists or the database holds nothing.

    Raises:
        BackupCancelled: ``cancelled()`` turned True (netdesk is quitting); nothing is left.
        DamagedDatabaseError: the backup was made, and shows the database damaged.
    """
    return backup.automatic_backup(folder, now, keep_daily=keep_daily, cancelled=cancelled)


def safety_folder(core: Core) -> Path:
    """Where a restore keeps the copy of the database it replaces: ``<data folder>/backups``."""
    return core.store.path.parent / "backups"


CHECKING, KEEPING, RESTORING = backup.CHECKING, backup.KEEPING, backup.RESTORING
OPENING = backup.OPENING


def restore(
    core: Core,
    source: Path,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Replace the open database with the backup ``source`` and reopen it (migrating it).

    The current database is copied to ``<data folder>/backups`` first; returns that copy. The
    reminders it had already announced stay announced in the restored data
    (``store.backup.carry_notified``): restoring the morning's backup does not announce again
    what was shown since.

    Args:
        progress: (phase, done, total) as ``store.backup.restore`` says it.
        cancelled: polled until the backup is in place (BackupCancelled; nothing changed).

    Raises:
        BackupError: ``source`` is not a readable netdesk database (nothing was changed).
        BackupCancelled: ``cancelled()`` turned True; nothing was changed.
    """
    database = core.store.path
    # the data folder's own: it stays with the restored data (store.backup.keep_database_id)
    database_id = backup_owner.this_database()
    try:
        core.close()  # store.backup.restore checks ``source`` before it touches anything
        try:
            safety = backup.restore(
                source,
                database,
                safety_folder(core),
                core.clock.now(),
                progress=progress,
                cancelled=cancelled,
            )
        except BackupError:
            try:
                core.store = open_database(database)
            except StoreError:  # (a full disk): the restore's own reason is what the user reads
                log.warning("%s could not be opened again after the refused restore", database)
            raise
        # a backup of an older schema is migrated: the backup itself stays as its copy
        with upgrade_copy.restored_from(database, source):
            core.store = open_database(database)
        try:
            backup.keep_database_id(database_id)
        except BackupError:  # restored all the same: its backups count with another's
            log.warning("the database's id was not kept", exc_info=True)
        try:
            carried = backup.carry_notified(safety)
        except BackupError:  # restored all the same: at worst a reminder is shown once more
            log.warning("the reminders already shown were not kept", exc_info=True)
        else:
            log.info("restored %s; %d follow-ups stay announced", source, carried)
        return safety
    finally:
        release_connections()  # the thread held by hold_database() may connect again


def hold_database() -> None:
    """Before a restore on a worker thread: this thread (the GUI's) has closed its connection
    and opens none until ``restore`` is done (a timer's read would keep the file open, and the
    restore would refuse it as in use). A read on it meanwhile raises
    :class:`DatabaseAwayError` at once instead of waiting: the window must not freeze for the
    seconds a big restore takes. Always followed by ``restore``, which releases it."""
    hold_connections()
