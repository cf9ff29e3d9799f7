"""netdesk-cli's reading commands where nothing can be written beside the database: in WAL
mode SQLite makes (and grows to 32 KiB) a -shm file for any reader, and on a full disk `show`,
`stats` and `export` failed with "could not write"."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from netdesk.store.migrations import SCHEMA_VERSION
from tests.test_cli import ok
from tests.test_cli_signals import ROOT


def _full_disk() -> None:
    """In the child: no file may grow by a byte, as on a full disk (no root needed)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def _cli(
    data_dir: Path, *args: str, before: Callable[[], None] | None = _full_disk
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, preexec_fn=before, cwd=ROOT, timeout=60, check=False,
    )  # fmt: skip


def _digest(file: Path) -> str:
    return hashlib.sha256(file.read_bytes()).hexdigest()


@pytest.fixture
def two_contacts(tmp_data_dir: Path) -> Path:
    ok(tmp_data_dir, "add", "--name", "Ana Gil", "--email", "ana@example.org")
    ok(tmp_data_dir, "add", "--name", "Ben Ortiz", "--tag", "mentors")
    database = tmp_data_dir / "netdesk.sqlite3"
    assert not Path(f"{database}-shm").exists()  # closed: SQLite removed them
    return database


@pytest.mark.parametrize("left_behind", [False, True])
def test_reading_commands_work_on_a_full_disk_and_write_nothing(
    tmp_data_dir: Path, two_contacts: Path, left_behind: bool
) -> None:
    if left_behind:  # an earlier run on the full disk made them and could not grow them
        for end in ("-wal", "-shm"):
            Path(f"{two_contacts}{end}").write_bytes(b"")
    before = _digest(two_contacts)
    stats = _cli(tmp_data_dir, "--json", "stats")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["contacts"] == 2
    shown = _cli(tmp_data_dir, "--json", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["emails"] == ["ana@example.org"]
    found = _cli(tmp_data_dir, "search", "ortiz")
    assert (found.returncode, found.stderr) == (0, "")
    assert "Ben Ortiz" in found.stdout
    due = _cli(tmp_data_dir, "due")
    assert (due.returncode, due.stderr) == (0, "netdesk-cli: nothing due\n")
    exported = _cli(tmp_data_dir, "export", "--out", "-")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count("BEGIN:VCARD") == 2
    assert exported.stderr == "Exported 2 contacts to standard output\n"
    # a command that writes still says it cannot
    added = _cli(tmp_data_dir, "add", "--name", "Cy Ng")
    assert added.returncode == 1
    assert "is the disk full" in added.stderr
    assert _digest(two_contacts) == before
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 2


def test_a_folder_that_cannot_take_the_wal_is_read_as_it_is(
    tmp_data_dir: Path, two_contacts: Path, tmp_path: Path
) -> None:
    """A read-only folder (or file system) refuses the -wal itself: no root needed to make it
    so, the -wal a link into a folder that is not there."""
    wal = Path(f"{two_contacts}-wal")
    wal.symlink_to(tmp_data_dir / "gone" / "netdesk.sqlite3-wal")
    before = _digest(two_contacts)
    shown = _cli(tmp_data_dir, "--json", "show", "2", before=None)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["tags"] == ["mentors"]
    # a backup onto another disk: what one does before making room
    copy = tmp_path / "elsewhere" / "saved.sqlite3"
    backed_up = _cli(tmp_data_dir, "backup", "--out", str(copy), before=None)
    assert (backed_up.returncode, backed_up.stderr) == (0, ""), backed_up.stderr
    with sqlite3.connect(copy) as connection:
        assert connection.execute("SELECT count(*) FROM contact").fetchone() == (2,)
    connection.close()
    assert _digest(two_contacts) == before
    assert wal.is_symlink() and not wal.exists()


def test_what_cannot_be_read_without_writing_is_said_with_its_folder(
    tmp_data_dir: Path, two_contacts: Path
) -> None:
    with sqlite3.connect(two_contacts) as connection:  # an older netdesk's: to be migrated
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    connection.close()
    before = _digest(two_contacts)
    result = _cli(tmp_data_dir, "show", "1")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"netdesk-cli: error: {two_contacts} needs upgrading to this netdesk's schema before it "
        f"can be read, and nothing can be written in {tmp_data_dir} (is the disk full or the "
        "folder read-only?); free some room there and try again. Nothing was changed.\n"
    )
    assert _digest(two_contacts) == before
    # a -wal in the way that cannot be opened: said, with the folder, not read around
    with sqlite3.connect(two_contacts) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    connection.close()
    os.mkdir(f"{two_contacts}-wal")
    result = _cli(tmp_data_dir, "stats", before=None)
    assert result.returncode == 1
    assert result.stderr.startswith(f"netdesk-cli: error: netdesk cannot read {two_contacts}: ")
    assert f"files in {tmp_data_dir} to read it, and could not (" in result.stderr


def test_what_a_crash_left_in_the_wal_is_read_on_a_full_disk(
    tmp_data_dir: Path, two_contacts: Path
) -> None:
    """The -wal holds a change the database file does not (a program killed before its
    checkpoint): read with it, and kept, whatever the full disk lets SQLite do at the end."""
    script = (
        "import os, sqlite3, sys\n"
        "connection = sqlite3.connect(sys.argv[1])\n"
        "connection.execute(\"UPDATE contact SET given_name = 'Anabel' WHERE id = 1\")\n"
        "connection.commit()\n"
        "os._exit(0)  # no checkpoint, no clean close: the change is in the -wal alone\n"
    )
    subprocess.run([sys.executable, "-c", script, str(two_contacts)], check=True, timeout=60)
    wal = Path(f"{two_contacts}-wal")
    assert wal.stat().st_size > 0
    Path(f"{two_contacts}-shm").unlink()  # as if the crash had been before it was grown
    shown = _cli(tmp_data_dir, "--json", "show", "1")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["given_name"] == "Anabel"
    assert json.loads(ok(tmp_data_dir, "--json", "show", "1"))["given_name"] == "Anabel"
