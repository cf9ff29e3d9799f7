"""Backups onto a disk that keeps no Unix rights (a USB stick's FAT or exFAT)."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest

from netdesk.core import Core, backups
from netdesk.core.types import Contact
from netdesk.store import backup


@pytest.fixture
def fat_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder whose files refuse chmod 0600 as Linux's vfat and exfat do (fat_setattr:
    EPERM for a mode that drops read rights the mount grants, unless mounted "quiet")."""
    folder = tmp_path / "usb"
    real_chmod = os.chmod

    def chmod(path: object, mode: int, *args: object, **kwargs: object) -> None:
        if str(path).startswith(str(folder)) and mode & 0o044 == 0:
            raise PermissionError(errno.EPERM, "Operation not permitted", str(path))
        real_chmod(path, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "chmod", chmod)
    return folder


def test_a_backup_onto_a_fat_stick_is_made_and_rotated(core: Core, fat_folder: Path) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    start = dt.datetime(2026, 3, 1, 9)
    for day in range(12):
        made = backups.backup_now(fat_folder, start + dt.timedelta(days=day))
        assert backup.check_backup_file(made) >= 1
    # the newest of the last 7 days, plus the newest of up to four ISO weeks
    assert 7 <= len(backup.backups(fat_folder)) < 12
    assert not list(fat_folder.glob("*.part"))


def test_a_restore_with_the_data_folder_on_a_fat_stick(
    tmp_path: Path, fat_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netdesk.core.clock import FixedClock
    from netdesk.core.paths import Paths

    data = fat_folder / "netdesk"
    data.mkdir(parents=True)
    opened = Core.open(Paths(data), FixedClock(dt.datetime(2026, 3, 2, 9)))
    try:
        opened.contacts.create(Contact(given_name="Before"))
        saved = backup.backup_to(tmp_path / "saved.sqlite3")
        opened.contacts.create(Contact(given_name="After"))
        kept = backups.restore(opened, saved)
        assert kept.parent == data / "backups"
        ids = opened.contacts.list_ids()
        assert [c.display_name for c in opened.contacts.summaries(ids)] == ["Before"]
    finally:
        opened.close()
