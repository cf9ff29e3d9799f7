"""A backup while another program writes the database every few hundredths of a second."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.types import Contact
from netdesk.store import backup

WRITER = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], timeout=10, isolation_level=None)
while True:
    connection.execute("INSERT INTO filler (data) VALUES (randomblob(100))")
    time.sleep(0.01)
"""


@pytest.fixture
def written_meanwhile(core: Core) -> Iterator[Path]:
    """The database grown to ~48 MB (a dozen of the backup's steps), and a script writing
    into it every 10 ms, as a sync or a loop of netdesk-cli calls would."""
    core.contacts.create(Contact(given_name="Ada"))
    path = core.store.path
    with sqlite3.connect(path, isolation_level=None) as grow:
        grow.execute("CREATE TABLE filler (data BLOB)")
        grow.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12000) "
            "INSERT INTO filler (data) SELECT randomblob(4000) FROM n"
        )
    grow.close()
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)])
    try:
        yield path
    finally:
        writer.kill()
        writer.wait()


def wait_for_writes(path: Path) -> None:
    """Until the writer has written its first rows."""
    reader = sqlite3.connect(path)
    try:
        until = time.monotonic() + 20
        while reader.execute("SELECT count(*) FROM filler").fetchone()[0] <= 12000:
            assert time.monotonic() < until, "the writer never wrote"
            time.sleep(0.01)
    finally:
        reader.close()


def test_a_backup_ends_while_another_program_keeps_writing(
    written_meanwhile: Path, tmp_path: Path
) -> None:
    wait_for_writes(written_meanwhile)
    deadline = time.monotonic() + 20
    # it started again from the first page at each write, for as long as the writes went on
    made = backup.backup_to(
        tmp_path / "netdesk-20260302-090000.sqlite3",
        cancelled=lambda: time.monotonic() > deadline,
    )
    with sqlite3.connect(made) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT given_name FROM contact").fetchall() == [("Ada",)]
        assert connection.execute("SELECT count(*) FROM filler").fetchone()[0] >= 12000
    connection.close()
