"""`backup --out /dev/stdout` into a pipe is refused saying so: it said "Could not write the
backup /proc/4242/fd/pipe:[1281975]: No such file or directory". Redirected to a file, the
backup still lands in that file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ok


def _backup(data_dir: Path, out: str, stdout: int | object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "backup", "--out", out],
        stdout=stdout, stderr=subprocess.PIPE, timeout=60, check=False,
    )  # fmt: skip


def test_a_backup_to_standard_output_on_a_pipe_is_refused(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = _backup(tmp_data_dir, "/dev/stdout", subprocess.PIPE)
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode() == (
        "netdesk-cli: error: /dev/stdout is a pipe or a terminal, not a file: a backup is a "
        "database file of its own; give a file name\n"
    )


def test_a_backup_to_standard_output_redirected_to_a_file_lands_there(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    target = tmp_path / "backup.sqlite3"
    with target.open("wb") as redirected:
        assert _backup(tmp_data_dir, "/dev/stdout", redirected).returncode == 0
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT display_name FROM contact").fetchall() == [("Ana Gil",)]
