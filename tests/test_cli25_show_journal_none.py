"""`show ID --journal 0` shows the card alone (it was "must be over 0")."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok, run


def test_no_journal_entries_are_shown_with_0(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "log", ana, "--kind", "call", "--summary", "Called her")
    assert "journal" not in ok(tmp_data_dir, "show", ana, "--journal", "0")
    assert json.loads(ok(tmp_data_dir, "--json", "show", ana, "--journal", "0"))["journal"] == []
    assert "Called her" in ok(tmp_data_dir, "show", ana)
    wrong = run(tmp_data_dir, "show", ana, "--journal", "-1")
    assert (wrong.returncode, wrong.stderr) == (
        2,
        "netdesk-cli show: error: argument --journal: must be 0 or more: -1\n",
    )
