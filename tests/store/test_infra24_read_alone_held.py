"""netdesk-cli reading on a full disk (store.database.open_to_read) holds the database to
itself until it ends: SQLite's exclusive lock, the only way it reads a WAL database without
growing the -shm file. A netdesk window starting meanwhile waited 5 s, then said "locked by
another program; close it and try again": there is nothing to close, only to wait. Played
with the real netdesk-cli, its export held open by a pipe nobody reads yet."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import database
from netdesk.store.database import StoreError, netdesk_holding, open_database, open_to_read

ROOT = Path(__file__).resolve().parents[2]


def _full_disk() -> None:
    """In the child: no file may grow by a byte, as on a full disk (no root needed)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


@pytest.fixture
def exporting(tmp_data_dir: Path) -> Iterator[tuple[Path, subprocess.Popen[bytes]]]:
    """(the database, ``netdesk-cli export --out -`` on a full disk): it has the file open
    to read alone and waits for its reader, its cards (300 KB) fuller than the pipe."""
    core = Core.open(Paths(tmp_data_dir))
    for n in range(3):
        core.contacts.create(Contact(given_name=f"Ana{n}", notes="x" * 100_000))
    core.close()
    cli = subprocess.Popen(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir),
         "export", "--out", "-"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_full_disk, cwd=ROOT,
    )  # fmt: skip
    try:
        assert cli.stdout is not None
        assert cli.stdout.read(1) == b"B"  # BEGIN:VCARD: it has read, and holds on
        yield tmp_data_dir / "netdesk.sqlite3", cli
    finally:
        rest, said = cli.communicate(timeout=120)
        assert cli.returncode == 0, said
        assert rest.count(b"BEGIN:VCARD") == 2  # (the first one's B read above)


def test_a_window_opening_while_netdesk_cli_reads_alone_is_told_to_try_again(
    exporting: tuple[Path, subprocess.Popen[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    file, cli = exporting
    assert netdesk_holding(file) == ("netdesk-cli", cli.pid)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)  # the window waits 5 s
    with pytest.raises(StoreError) as refused:
        open_database(file)
    assert str(refused.value) == (
        f"{file} is in use by another netdesk program (netdesk-cli, process {cli.pid}) that "
        "needs it to itself for now; try again once it has finished. Nothing was changed."
    )


def test_netdesk_cli_reading_alone_meets_another_reading_and_says_so(
    exporting: tuple[Path, subprocess.Popen[bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not "SQLite needs to make or grow its -wal and -shm files…, free some room": the
    other netdesk program is in the way (a -wal to read: no unlocked, unchanging read)."""
    file, cli = exporting
    Path(f"{file}-wal").write_bytes(b"\0" * 32)  # (what it holds is not read: locked first)
    monkeypatch.setitem(database._TO_READ, "busy_timeout", 200)
    with pytest.raises(StoreError) as refused:
        open_to_read(file)
    assert str(refused.value) == (
        f"{file} is in use by another netdesk program (netdesk-cli, process {cli.pid}); where "
        "nothing can be written beside it (is the disk full?), netdesk can read it only "
        "alone: try again once netdesk-cli has finished, or free some room on that disk. "
        "Nothing was changed."
    )


def test_only_a_netdesk_program_is_named(tmp_path: Path) -> None:
    """A program that only names netdesk's folder is not netdesk; nothing held: None."""
    program = database._netdesk_program
    assert program(["/usr/bin/python3", "-m", "netdesk.cli", "show", "1"]) == "netdesk-cli"
    assert program(["/usr/bin/python3", "-m", "netdesk"]) == "netdesk"
    assert program(["/usr/bin/python3", "/usr/bin/netdesk-cli", "export"]) == "netdesk-cli"
    assert program(["/opt/netdesk/bin/netdesk", "--minimized"]) == "netdesk"
    assert program(["/usr/bin/python3", "-X", "dev", "-m", "netdesk.cli"]) == "netdesk-cli"
    assert program(["/usr/bin/python3", "-m", "sqlite3", "netdesk"]) is None
    assert program(["cp", "-r", str(Path.home() / ".local/share/netdesk"), "/media"]) is None
    assert program(["/usr/bin/python3", "copy.py", "/srv/netdesk"]) is None
    file = tmp_path / "netdesk.sqlite3"
    file.write_bytes(b"")
    assert netdesk_holding(file, readers_too=True) is None
