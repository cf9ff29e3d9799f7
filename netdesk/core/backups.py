"""Backups on demand: a consistent copy of the open database, rotated like the automatic ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netdesk.store import backup

BackupError = backup.BackupError


def backup_now(folder: Path, now: dt.datetime, *, keep_daily: int = backup.KEEP_DAILY) -> Path:
    """Write ``netdesk-YYYYMMDD-HHMMSS.sqlite3`` into ``folder`` and rotate old backups.

    Raises:
        BackupError: the copy could not be written (the message names the file).
    """
    made = backup.backup_to(folder / f"{backup.PREFIX}{now:%Y%m%d-%H%M%S}{backup.SUFFIX}")
    backup.rotate(folder, daily=keep_daily)
    return made
