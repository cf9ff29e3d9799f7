"""Rotation and the daily backups that showed the database damaged: they take no day's or
week's place, so a week of them cannot push out the sound backups from before the damage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from netdesk.store import backup


def _backup(folder: Path, stamp: dt.datetime, *, damaged: bool = False) -> Path:
    mark = backup.DAMAGED if damaged else ""
    path = folder / f"{backup.PREFIX}{stamp:%Y%m%d-%H%M%S}{mark}{backup.SUFFIX}"
    path.write_bytes(b"x")
    return path


def test_damaged_backups_take_no_place_of_a_sound_one(tmp_path: Path) -> None:
    start = dt.datetime(2026, 11, 1, 9)
    sound = [_backup(tmp_path, start + dt.timedelta(days=d)) for d in range(10)]  # 1-10 Nov
    damaged = [
        _backup(tmp_path, start + dt.timedelta(days=d), damaged=True) for d in range(10, 19)
    ]  # 11-19 Nov: the database was damaged
    repaired = _backup(tmp_path, start + dt.timedelta(days=19))  # 20 Nov, after a restore
    backup.rotate(tmp_path, daily=7, weekly=4)
    kept = set(backup.backups(tmp_path)) | set(tmp_path.glob(f"*{backup.DAMAGED}*"))
    # the week of sound days before the damage stays, with the newest of them
    assert repaired in kept
    assert set(sound[-6:]) <= kept  # 5-10 Nov: six days, the seventh is the 20th
    # one damaged backup is kept, the newest, to see what the damage looked like
    assert [p for p in damaged if p in kept] == [damaged[-1]]


def test_a_damaged_backup_alone_is_kept(tmp_path: Path) -> None:
    only = _backup(tmp_path, dt.datetime(2026, 11, 1, 9), damaged=True)
    assert backup.rotate(tmp_path) == []
    assert only.exists()
