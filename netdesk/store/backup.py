"""Online backups with SQLite's backup API, rotation, and restore."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from netdesk.store import migrations
from netdesk.store.models import db

log = logging.getLogger("netdesk.store")

PREFIX = "netdesk-"
SUFFIX = ".sqlite3"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupError(RuntimeError):
    """A backup or restore failed; the message names the file."""


class BackupCancelled(BackupError):  # noqa: N818  (a cancel, not an error, for the user)
    """The user stopped the backup; the partial file was removed."""


def backup_to(
    target: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Copy the open database to ``target`` consistently, while it stays in use.

    Args:
        progress: called with (pages copied, total pages) as the copy goes.
        cancelled: polled between steps; True stops the copy (BackupCancelled).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(target.suffix + ".part")

    def step(_status: int, remaining: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise BackupCancelled(f"The backup to {target} was cancelled.")
        if progress is not None:
            progress(total - remaining, total)

    try:
        destination = sqlite3.connect(partial)
        try:
            db.connection().backup(destination, pages=1024, progress=step)
        finally:
            destination.close()
        if cancelled is not None and cancelled():  # during the last step: still no backup
            raise BackupCancelled(f"The backup to {target} was cancelled.")
        partial.replace(target)
    except BackupCancelled:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"Could not write the backup {target}: {error}") from error
    target.chmod(0o600)
    return target


def backups(folder: Path) -> list[Path]:
    """Automatic backups in ``folder``, oldest first."""
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"))


def _stamp(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def automatic_backup(
    folder: Path,
    now: dt.datetime,
    *,
    min_age: dt.timedelta,
    keep_daily: int = KEEP_DAILY,
    cancelled: Callable[[], bool] | None = None,
) -> Path | None:
    """Back up when the newest backup is older than ``min_age``; then rotate.

    Raises:
        BackupCancelled: ``cancelled()`` turned True; no partial file is left.
    """
    existing = [s for s in (_stamp(p) for p in backups(folder)) if s is not None]
    if existing and now - max(existing) < min_age:
        return None
    made = backup_to(folder / f"{PREFIX}{now:%Y%m%d-%H%M%S}{SUFFIX}", cancelled=cancelled)
    rotate(folder, daily=keep_daily)
    return made


def rotate(folder: Path, daily: int = KEEP_DAILY, weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Keep the newest backup of each of the last ``daily`` days and ``weekly`` ISO weeks."""
    dated = sorted(((s, p) for p in backups(folder) if (s := _stamp(p)) is not None), reverse=True)
    keep: set[Path] = set()
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
    removed = [p for _, p in dated if p not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def check_backup_file(path: Path) -> int:
    """The schema version of a netdesk database file.

    Raises:
        BackupError: not readable, not SQLite, or not a netdesk database.
    """
    if not path.is_file():
        raise BackupError(f"{path} does not exist or is not a file.")
    try:
        with path.open("rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                raise BackupError(f"{path} is not a SQLite database.")
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"{path} cannot be read: {error}") from error
    if not {"contact", "interaction", "follow_up"} <= tables or version < 1:
        raise BackupError(f"{path} is not a netdesk database.")
    if version > migrations.SCHEMA_VERSION:
        raise BackupError(f"{path} comes from a newer netdesk (schema {version}).")
    return version


def restore(source: Path, database_path: Path, safety_folder: Path, now: dt.datetime) -> Path:
    """Replace the database at ``database_path`` (closed) with ``source``.

    A copy of the current database is kept in ``safety_folder`` first; returns its path.
    """
    check_backup_file(source)
    safety_folder.mkdir(parents=True, exist_ok=True)
    safety = safety_folder / f"before-restore-{now:%Y%m%d-%H%M%S}{SUFFIX}"
    try:
        if database_path.exists():
            current = sqlite3.connect(database_path)
            try:
                target = sqlite3.connect(safety)
                current.backup(target)
                target.close()
            finally:
                current.close()
        for extra in ("-wal", "-shm"):
            Path(str(database_path) + extra).unlink(missing_ok=True)
        staged = database_path.with_suffix(".restoring")
        shutil.copyfile(source, staged)
        staged.replace(database_path)
        database_path.chmod(0o600)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"Could not restore {source}: {error}") from error
    return safety
