"""A failed import's new database is kept while another program has it open."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from netdesk.store.database import schema_on_disk
from netdesk.store.migrations import SCHEMA_VERSION

HOLDER = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("SELECT count(*) FROM contact").fetchone()
print("open", flush=True)
sys.stdin.readline()
c.execute("INSERT INTO tag (name) VALUES ('written by the other program')")
print(c.execute("SELECT count(*) FROM tag").fetchone()[0], flush=True)
"""


def _cli(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_a_new_database_another_program_opened_meanwhile_is_kept(tmp_path: Path) -> None:
    """`netdesk-cli import -` into a new folder, slow to fail: the app opened the new database
    meanwhile. The failed import unlinked the file under it, and what the app wrote went into
    a file no longer there ('no netdesk database' at the next start)."""
    data_dir = tmp_path / "data"
    database = data_dir / "netdesk.sqlite3"
    importing = _cli(data_dir, "import", "-")
    deadline = time.monotonic() + 60
    while schema_on_disk(database) != SCHEMA_VERSION:  # made, waiting for its input
        assert importing.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline() == "open\n"
    _, stderr = importing.communicate("not a contact file\n", timeout=60)
    assert importing.returncode == 1, stderr
    written, _ = holder.communicate("\n", timeout=30)
    assert (holder.returncode, written) == (0, "1\n")
    assert database.exists()
    stats = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "stats"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert stats.returncode == 0, stats.stderr
    assert "tags: 1" in stats.stdout
