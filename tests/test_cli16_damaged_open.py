"""A database too damaged to open is said with the way out, as one found damaged later is."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("args", [["stats"], ["--json", "export", "--out", "-"]])
def test_a_database_too_damaged_to_open_is_said_with_what_to_do(
    tmp_path: Path, args: list[str]
) -> None:
    """Its header gone (a disk error, a copy cut short): 'is not a netdesk database (or is
    damaged).' and no word of the restore that a later damage names."""
    data_dir = tmp_path / "data"
    assert _run(data_dir, "add", "--name", "Ana Gil").returncode == 0
    backup = _run(data_dir, "backup", "--out", str(tmp_path / "kept.sqlite3"))
    assert backup.returncode == 0, backup.stderr
    database = data_dir / "netdesk.sqlite3"
    with database.open("r+b") as file:
        file.write(b"\x5a" * 4096)  # its first page: SQLite's header and the schema
    result = _run(data_dir, *args)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr == (
        f"netdesk-cli: error: {database} is not a netdesk database (or is damaged); "
        "restore a backup with: netdesk-cli restore FILE\n"
    )
    restored = _run(data_dir, "restore", str(tmp_path / "kept.sqlite3"))
    assert restored.returncode == 0, restored.stderr  # the way out said is one
    assert "Ana Gil" in _run(data_dir, "search", "ana").stdout


def test_another_programs_database_is_not_sent_to_a_restore(tmp_path: Path) -> None:
    import sqlite3

    data_dir = tmp_path / "data"
    assert _run(data_dir, "add", "--name", "Ana Gil").returncode == 0
    other = data_dir / "netdesk.sqlite3"
    connection = sqlite3.connect(tmp_path / "other.sqlite3")  # a database of another program
    connection.execute("CREATE TABLE t (x)")
    connection.commit()
    connection.close()
    other.unlink()
    (tmp_path / "other.sqlite3").rename(other)
    result = _run(data_dir, "stats")
    assert result.returncode == 1
    assert "restore" not in result.stderr
