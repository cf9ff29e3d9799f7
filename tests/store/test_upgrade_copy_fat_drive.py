"""The copy kept before a migration, with the data folder on a disk that keeps no Unix rights
(a USB stick's FAT or exFAT)."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from pathlib import Path

import pytest
from raw_connection import RawDatabase

from netdesk.store import migrations, upgrade_copy
from netdesk.store.database import open_database


def test_the_copy_is_kept_on_a_disk_that_refuses_chmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linux's vfat and exfat refuse a mode that drops the read rights the mount grants
    (EPERM, unless mounted "quiet"): no copy was kept before the upgrade."""
    stick = tmp_path / "usb"
    path = stick / "data" / "netdesk.sqlite3"
    path.parent.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        migrations.migrate(RawDatabase(connection), str(path), target=12)
        connection.execute(
            "INSERT INTO contact (given_name, display_name, sort_key, created_at, updated_at)"
            " VALUES ('Ada', 'Ada', 'ada', '2026-01-01', '2026-01-01')"
        )
        connection.commit()
    real_chmod = os.chmod

    def chmod(target: object, mode: int, *args: object, **kwargs: object) -> None:
        if str(target).startswith(str(stick)) and mode & 0o044 == 0:
            raise PermissionError(errno.EPERM, "Operation not permitted", str(target))
        real_chmod(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "chmod", chmod)
    open_database(path).close()
    [copy] = upgrade_copy.copies(path.parent / "backups")
    assert copy.name.endswith("-schema12.sqlite3")
    assert not list(copy.parent.glob("*.part"))
