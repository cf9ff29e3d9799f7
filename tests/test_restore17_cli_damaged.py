"""netdesk-cli restore over a damaged database: it says its progress as the usual restore
does, and a stop part way leaves no copy begun beside the database."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup, rescue
from tests.test_cli import ok, run


def test_restore_over_a_damaged_database_says_its_progress(tmp_path: Path) -> None:
    """It said nothing for the seconds of a big one (the usual restore says each step)."""
    data_dir = tmp_path / "data"
    ok(data_dir, "add", "--name", "Ana Gil")
    kept = tmp_path / "kept.sqlite3"
    ok(data_dir, "backup", "--out", str(kept))
    database = data_dir / "netdesk.sqlite3"
    database.write_bytes(b"this is no database" * 500)
    restored = run(data_dir, "restore", str(kept), "--progress")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored {kept}; the damaged database was kept as ")
    lines = restored.stderr.splitlines()
    steps = [re.fullmatch(r"(.+) (\d+)%", line) for line in lines]
    assert all(steps), lines
    said = list(dict.fromkeys(m.group(1) for m in steps if m))
    assert said == ["checking the backup", "restoring the backup"], lines
    percents = [int(m.group(2)) for m in steps if m]
    assert percents == sorted(percents) and percents[-1] == 100
    assert "Ana Gil" in ok(data_dir, "search", "ana")


def test_a_second_ctrl_c_during_the_copy_leaves_no_copy_begun(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """netdesk-cli's second Ctrl+C interrupts at once (KeyboardInterrupt): the copy begun,
    netdesk.sqlite3.restoring, stayed in the data folder, up to the database's size."""
    for n in range(300):
        core.contacts.create(Contact(given_name=f"Person {n:03}", notes="x" * 2000))
    saved = backup.backup_to(tmp_path / "saved.sqlite3")
    core.close()
    database = tmp_data_dir / "netdesk.sqlite3"
    damaged = b"this is no database" * 500
    database.write_bytes(damaged)
    for name in ("-wal", "-shm"):
        Path(f"{database}{name}").unlink(missing_ok=True)

    def progress(done: int, total: int) -> None:
        if done > total // 2:  # copying
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        rescue.restore_over_damaged(saved, database, dt.datetime(2026, 3, 2), progress=progress)
    assert sorted(p.name for p in tmp_data_dir.iterdir() if p.name.startswith("netdesk")) == [
        "netdesk.sqlite3"
    ]
    assert database.read_bytes() == damaged
