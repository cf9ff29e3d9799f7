"""A backup onto another drive that has not room for it is refused before a byte is written:
it filled the drive first (on a USB stick, a minute of Back up now's progress up to 60 %, or
each day's backup, unseen) and failed only then."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from collections import namedtuple
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core import Core, backups
from netdesk.core.types import Contact
from netdesk.store import backup

Usage = namedtuple("Usage", "total used free")


@pytest.fixture
def stick() -> Iterator[Path]:
    """A folder of another file system than the data folder's (/dev/shm, a tmpfs)."""
    folder = Path(tempfile.mkdtemp(prefix="netdesk-test-", dir="/dev/shm"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_backup_that_does_not_fit_on_another_drive_is_refused_before_writing(
    core: Core, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(200):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    size = core.store.path.stat().st_size
    real = shutil.disk_usage

    def usage(path: str | Path) -> Usage:
        if Path(path).is_relative_to(stick):
            return Usage(64 << 20, (64 << 20) - size // 2, size // 2)  # half a backup free
        return Usage(*real(path))

    monkeypatch.setattr(shutil, "disk_usage", usage)
    told: list[tuple[int, int]] = []
    now = dt.datetime(2026, 3, 2, 9)
    with pytest.raises(backup.NoRoomError, match=r"[KM]B free") as refused:
        backups.backup_now(stick, now, progress=lambda done, total: told.append((done, total)))
    assert str(refused.value).startswith("Could not write the backup ")
    assert told == []  # not a page copied
    assert list(stick.iterdir()) == []
    monkeypatch.setattr(shutil, "disk_usage", real)
    made = backups.backup_now(stick, now)
    assert backups.contacts_in(made) == 200
