"""netdesk-cli restore of another data folder's backup says so on stderr before replacing
anything (the app asks; the command line restored it without a word)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok, run


def test_another_data_folders_backup_is_said_and_restored(tmp_path: Path) -> None:
    home, work = tmp_path / "home", tmp_path / "work"
    ok(home, "add", "--name", "Ana Home")
    ok(work, "add", "--name", "Bea Work")
    # each database takes its id at its first daily backup
    own = Path(json.loads(ok(home, "--json", "backup"))["backup"])
    other = Path(json.loads(ok(work, "--json", "backup"))["backup"])

    restored = run(home, "restore", str(other))
    assert restored.returncode == 0, restored.stderr
    assert restored.stderr == (
        f"netdesk-cli: {other} is a backup of another netdesk database (another data "
        "folder), not of this one's; restoring it\n"
    )
    assert [c["display_name"] for c in json.loads(ok(home, "--json", "search", "bea"))] == [
        "Bea Work"
    ]

    again = run(home, "restore", str(own))  # its own: nothing more said
    assert (again.returncode, again.stderr) == (0, "")
