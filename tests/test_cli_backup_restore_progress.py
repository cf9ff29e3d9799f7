"""netdesk-cli backup and restore say how far they are, as import and export do (on a
terminal, or with --progress): a 100,000-contact restore said nothing for 16 seconds."""

from __future__ import annotations

import re
from pathlib import Path

from tests.test_cli import ok, run


def test_backup_and_restore_report_their_progress_on_stderr(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    ok(tmp_data_dir, "demo", "--count", "200")
    copy = tmp_path / "copy.sqlite3"
    backed = run(tmp_data_dir, "backup", "--out", str(copy), "--progress")
    assert backed.returncode == 0, backed.stderr
    assert backed.stdout == f"Backed up to {copy}\n"  # stdout holds only the output
    lines = backed.stderr.splitlines()
    assert lines and all(re.fullmatch(r"backing up \d+%", line) for line in lines), lines
    assert lines[-1] == "backing up 100%"

    restored = run(tmp_data_dir, "restore", str(copy), "--progress")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored {copy}; the previous database was saved as ")
    lines = restored.stderr.splitlines()
    steps = [re.fullmatch(r"(.+) (\d+)%", line) for line in lines]
    assert all(steps), lines
    said = list(dict.fromkeys(m.group(1) for m in steps if m))
    assert said == [
        "checking the backup",
        "keeping a copy of the current database",
        "restoring the backup",
        "opening the restored database",
    ], lines
    percents = [int(m.group(2)) for m in steps if m]
    assert percents == sorted(percents) and percents[-1] == 100


def test_without_progress_and_off_a_terminal_nothing_more_is_said(
    tmp_data_dir: Path, tmp_path: Path
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    copy = tmp_path / "copy.sqlite3"
    backed = run(tmp_data_dir, "backup", "--out", str(copy))
    assert (backed.returncode, backed.stderr) == (0, "")
    restored = run(tmp_data_dir, "restore", str(copy))
    assert (restored.returncode, restored.stderr) == (0, "")
