"""A backup while another program holds the database exclusively (netdesk-cli restore)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from on_a_worker import in_a_thread

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup
from netdesk.store.models import db

HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
connection.execute("COMMIT")  # held until the connection closes, as a restore holds it
print("held", flush=True)
sys.stdin.readline()
"""


def test_the_daily_backup_of_a_database_held_by_a_restore_says_which_file(
    core: Core, tmp_path: Path
) -> None:
    """The worker's new connection failed with a bare peewee OperationalError ("database is
    locked"): the daily backup's job dropped it unsaid, netdesk-cli backup said nothing of
    which file."""
    core.contacts.create(Contact(given_name="Ada"))
    db.close()  # this thread let go: the other program takes it alone
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(core.store.path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        folder = tmp_path / "backups"
        # the daily backup's worker: a connection of its own
        failed = in_a_thread(lambda: backup.backup_to(folder / "netdesk-20260302-090000.sqlite3"))
    finally:
        holder.communicate("\n", timeout=30)
    assert isinstance(failed, backup.BackupError), repr(failed)
    assert str(core.store.path) in str(failed)
    assert "database is locked" in str(failed)
    assert backup.backups(folder) == []
