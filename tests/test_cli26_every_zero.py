"""`add --every 0` (a script's "no reminders") names the word that says it: it was told only
"must be over 0"."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import run


def test_every_zero_names_never(tmp_data_dir: Path) -> None:
    result = run(tmp_data_dir, "add", "--name", "Ana Gil", "--every", "0")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "netdesk-cli add: error: argument --every: must be over 0: 0; for no keep-in-touch "
        "reminders, whatever its tags say: --every never\n"
    )
