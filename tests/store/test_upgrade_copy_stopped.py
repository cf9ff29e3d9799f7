"""The copy kept before a migration, when netdesk is stopped while it makes it: no part file
of a whole database left behind for good."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import BinaryIO

import pytest
from raw_connection import schema_12

from netdesk.store import upgrade_copy
from netdesk.store.database import open_database

REPO = Path(__file__).resolve().parents[2]


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.part"))


def test_ctrl_c_during_the_copy_leaves_no_part_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+C in the terminal netdesk runs in, while it copies a large database: the half
    copy stayed in backups/ (up to the database's size), and nothing ever removed it."""
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path)
    real = upgrade_copy._copy_bytes

    def interrupted(source: BinaryIO, made: int) -> None:
        real(source, made)
        raise KeyboardInterrupt

    monkeypatch.setattr(upgrade_copy, "_copy_bytes", interrupted)
    with pytest.raises(KeyboardInterrupt):
        open_database(path)
    assert _parts(path.parent / "backups") == []
    monkeypatch.undo()
    open_database(path).close()  # the next start migrates, with its copy
    assert len(upgrade_copy.copies(path.parent / "backups")) == 1
    assert _parts(path.parent / "backups") == []


def test_the_part_file_of_a_killed_netdesk_goes_at_the_next_upgrade(tmp_path: Path) -> None:
    """A netdesk killed while it copied (SIGTERM at logout during the "Updating…" note) could
    not clean up: the next start's copy has a name of its own, and the part stayed for good."""
    path = tmp_path / "data" / "netdesk.sqlite3"
    schema_12(path)
    folder = path.parent / "backups"
    folder.mkdir()
    # a real netdesk killed while it copies: its copy is slowed so the kill lands in it
    code = (
        "import time\n"
        "from netdesk.store import upgrade_copy\n"
        "from netdesk.store.database import open_database\n"
        "real = upgrade_copy._copy_bytes\n"
        "def slow(source, made):\n"
        "    real(source, made)\n"
        "    print('copying', flush=True)\n"
        "    time.sleep(60)\n"
        "upgrade_copy._copy_bytes = slow\n"
        f"open_database({str(path)!r})\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE)
    assert process.stdout is not None and process.stdout.readline() == b"copying\n"
    process.send_signal(signal.SIGTERM)
    assert process.wait(30) == -signal.SIGTERM
    [left] = _parts(folder)
    # as at a later start: the killed copy's name and time are of an earlier one
    earlier = folder / "netdesk-20260101-080000-schema12.sqlite3.part"
    (folder / left).rename(earlier)
    stale = time.time() - upgrade_copy.STALE_PART_S - 60
    os.utime(earlier, (stale, stale))
    # another netdesk's copy being written now (netdesk-cli upgrading at the same start)
    busy = folder / "netdesk-20260101-090000-schema12.sqlite3.part"
    busy.write_bytes(b"being written")
    open_database(path).close()
    assert _parts(folder) == [busy.name]
    assert len(upgrade_copy.copies(folder)) == 1
