"""A backup that finds no room says what it really needs, and leaves no empty folder behind."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from collections import namedtuple
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup

Usage = namedtuple("Usage", "total used free")


def _database_bytes(core: Core) -> int:
    import sqlite3

    with sqlite3.connect(core.store.path) as reader:
        pages = reader.execute("PRAGMA page_count").fetchone()[0]
        size = int(pages * reader.execute("PRAGMA page_size").fetchone()[0])
    reader.close()
    return size


def test_a_small_database_is_said_to_need_its_own_size_not_the_margin(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 250 KB database's backup was said to "need 16 MB" (the room kept for the database
    taken for the copy's); and the first backup left an empty backups folder."""
    for n in range(150):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    size = _database_bytes(core)
    assert 100 << 10 < size < 1 << 20
    folder = core.store.path.parent / "backups"  # the first backup: not there yet
    assert not folder.exists()
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 10**9, 10 << 20))
    with pytest.raises(backup.NoRoomError) as refused:
        backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9))
    said = str(refused.value)
    kib = -(-size // 1024)
    assert f"its disk has 10 MB free; the backup takes {kib} KB, and " in said
    spare = -(-(size + backup.ROOM_TO_SPARE) // 2**20)
    assert f"{spare} MB more are kept free there for the database itself" in said
    assert "needs 16 MB" not in said
    assert not folder.exists()  # no empty backups folder left behind
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 0, 64 << 20))
    made = backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9))
    assert made is not None and made.parent == folder


def test_a_folder_the_backup_did_not_make_stays(
    core: Core, monkeypatch: pytest.MonkeyPatch
) -> None:
    core.contacts.create(Contact(given_name="Ada"))
    folder = core.store.path.parent / "backups"
    folder.mkdir()  # made by the user (or Preferences), empty
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 10**9, 1 << 20))
    with pytest.raises(backup.NoRoomError, match="its disk has 1 MB free; the backup takes "):
        backup.automatic_backup(folder, dt.datetime(2026, 3, 2, 9))
    assert folder.is_dir()


def test_a_first_backup_cut_short_by_a_real_write_failure_leaves_no_folder(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """A real failure, not a mock: the backup runs in a process whose files may not grow past
    1 MB (RLIMIT_FSIZE, as a full disk stops them), into a new folder two levels deep."""
    for n in range(2000):
        core.contacts.create(Contact(given_name=f"Person {n}", notes="x" * 1000))
    assert core.store.path.stat().st_size > 2_000_000
    core.close()
    drive = tmp_path / "stick"
    drive.mkdir()
    target = drive / "netdesk" / "backups" / "netdesk-20260302-090000.sqlite3"
    script = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from netdesk.core import Core\n"
        "from netdesk.core.clock import SystemClock\n"
        "from netdesk.core.paths import Paths\n"
        "from netdesk.store import backup\n"
        f"core = Core.open(Paths(Path({str(tmp_data_dir)!r})), SystemClock())\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))\n"
        "try:\n"
        f"    backup.backup_to(Path({str(target)!r}))\n"
        "except backup.BackupError as error:\n"
        "    print(error)\n"
        "    sys.exit(3)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3, done.stderr
    assert f"Could not write the backup {target}" in done.stdout
    assert list(drive.iterdir()) == []  # neither netdesk/ nor netdesk/backups/ left
