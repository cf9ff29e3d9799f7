"""Start-up with a damaged database: is it damaged, which backup to offer, put it in place.

Importing this module loads no ORM (start-up looks before the first paint); the backups are
read only once damage has been seen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from netdesk.store.rescue import (
    RescueCancelled,
    RescueError,
    damage_seen,
    is_damage,
    restore_over_damaged,
)

__all__ = [
    "OfferedBackup",
    "RescueCancelled",
    "RescueError",
    "damage_seen",
    "is_damage",
    "latest_backup",
    "put_backup_in_place",
]


@dataclass(frozen=True)
class OfferedBackup:
    """A backup that can be restored, with what it holds."""

    path: Path
    made: dt.datetime
    contacts: int  # archived ones included
    archived: int


def offered(path: Path, made: dt.datetime | None = None) -> OfferedBackup:
    """``path`` checked cheaply (header and schema) and counted.

    Raises:
        netdesk.core.backups.BackupError: not a netdesk backup, damaged, or from a newer
            netdesk (NewerBackupError).
    """
    from netdesk.core import backups

    backups.check_backup_file(path, thorough=False)
    contacts, archived = backups.contact_counts(path)
    when = made or dt.datetime.fromtimestamp(path.stat().st_mtime)
    return OfferedBackup(path, when, contacts, archived)


def latest_backup(
    *folders: Path,
    passing_over: set[Path] | frozenset[Path] = frozenset(),
    of_database: Path | None = None,
) -> OfferedBackup | None:
    """The newest daily or manual backup in ``folders`` that holds contacts, else the newest
    copy kept before a restore that holds contacts, else the newest readable file of either
    (empty); None when there is nothing to restore. Files that cannot be restored (damaged,
    from a newer netdesk) and those in ``passing_over`` are passed over.

    Args:
        of_database: the damaged database: when its id can still be read, the backups of
            another database (a second data folder backing up into the same folder) are
            passed over too; the newest of them was offered as "the latest backup".
    """
    from netdesk.core import backups
    from netdesk.store import backup_owner

    found = [f for f in backups.backup_files(*folders) if f.path not in passing_over]
    mine = backup_owner.of_file(of_database) if of_database is not None else None
    if mine is not None:
        ours = set(backup_owner.only_ours([f.path for f in found], mine))
        found = [f for f in found if f.path in ours]
    newest_empty: OfferedBackup | None = None
    for kind in (False, True):  # backups first, then the copies kept before a restore
        for candidate in (f for f in found if f.safety_copy is kind):
            try:
                backup = offered(candidate.path, candidate.made)
            except backups.BackupError:
                continue
            if backup.contacts:
                return backup  # a copy with contacts before an empty backup: Enter restores
            newest_empty = newest_empty or backup
    return newest_empty


def put_backup_in_place(
    source: Path,
    database: Path,
    now: dt.datetime,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """The backup ``source`` in place of the damaged (or missing) ``database``, which is kept
    beside it under another name (returned; None when missing). See
    ``netdesk.store.rescue.restore_over_damaged``."""
    return restore_over_damaged(source, database, now, progress=progress, cancelled=cancelled)


def restore_if_damaged(
    database: Path,
    source: Path,
    now: dt.datetime,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """``netdesk-cli restore FILE`` over a damaged database (which cannot be opened to be
    restored the usual way): ``source`` put in its place, the damaged file kept beside it.

    Args:
        progress, cancelled: as ``put_backup_in_place``'s (RescueCancelled: nothing changed).

    Returns:
        Where the damaged file was kept, or None when the database shows no damage (the
        usual restore applies).

    Raises:
        RescueError: ``source`` is not a sound netdesk backup, or could not be put in place;
            nothing was changed.
    """
    if damage_seen(database) is None:
        return None
    if source.resolve() == database.resolve():
        raise RescueError(f"{source} is the damaged database itself; give a backup of it.")
    return put_backup_in_place(source, database, now, progress=progress, cancelled=cancelled)
