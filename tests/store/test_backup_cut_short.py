"""A backup cut short (netdesk killed mid-copy, the power cut) leaves its partial file: the
next backup's rotation removes it, never one still being written."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from netdesk.core import Core, backups
from netdesk.core.types import Contact

KILLED_MID_COPY = """
import os, sqlite3, sys
source, partial = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
source.backup(partial, pages=2, progress=lambda _s, left, total: left < total // 2 and os._exit(9))
"""


def test_a_partial_backup_left_by_a_killed_copy_is_removed_by_the_next_rotation(
    core: Core, tmp_path: Path
) -> None:
    for number in range(40):
        core.contacts.create(Contact(given_name=f"Ada {number}", notes="x" * 2000))
    folder = tmp_path / "backups"
    folder.mkdir()
    cut_short = folder / "netdesk-20260301-090000.sqlite3.part"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MID_COPY, str(core.store.path), str(cut_short)], check=False
    )
    assert killed.returncode == 9
    assert cut_short.exists()
    being_written = folder / "netdesk-20260302-085959.sqlite3.part"
    being_written.write_bytes(b"growing")
    hours_ago = time.time() - 6 * 3600  # untouched for hours: no backup takes so long
    os.utime(cut_short, (hours_ago, hours_ago))

    made = backups.backup_now(folder, dt.datetime(2026, 3, 2, 9))

    assert not cut_short.exists()
    assert not Path(f"{cut_short}-journal").exists()
    assert being_written.exists()  # a backup perhaps still running elsewhere: left alone
    assert sorted(folder.iterdir()) == sorted([made, being_written])
    with sqlite3.connect(made) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (40,)
