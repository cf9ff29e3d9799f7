"""`restore -` and `restore /dev/stdin` on a pipe say a backup is restored from its file: they
said "/home/ana/- does not exist or is not a file" and "/proc/4242/fd/pipe:[1284540] does not
exist or is not a file". Nothing is replaced."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok


def _restore(data_dir: Path, name: str, backup: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "restore", name],
        input=backup.read_bytes(), capture_output=True, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "code", "said"),
    [
        ("-", 2, "netdesk-cli restore: error: argument FILE: a backup is restored from its file, "
                 "not from standard input: give its file name"),
        ("/dev/stdin", 1, "netdesk-cli: error: /dev/stdin is a pipe or a terminal, not a file: "
                          "a backup is restored from its file; give its file name"),
    ],
)  # fmt: skip
def test_a_backup_from_standard_input_is_refused_saying_why(
    tmp_data_dir: Path, tmp_path: Path, name: str, code: int, said: str
) -> None:
    backup = tmp_path / "backup.sqlite3"
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    ok(tmp_data_dir, "backup", "--out", str(backup))
    ok(tmp_data_dir, "add", "--name", "Bo Lind")
    result = _restore(tmp_data_dir, name, backup)
    assert (result.returncode, result.stdout) == (code, b"")
    assert result.stderr.decode().splitlines() == [said]
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 2
