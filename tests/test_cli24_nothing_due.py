"""`netdesk-cli due` with nothing due writes nothing on stdout (a note on stderr, exit 0):
"Nothing due." on stdout was read as an item by `due | while read id rest; do done $id`,
whose lines are documented to start with a follow-up's id."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok, run


def test_nothing_due_is_a_note_not_a_line_of_output(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run(tmp_data_dir, "due", "--at", "2026-01-01")
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr == "netdesk-cli: nothing due by the end of 2026-01-01\n"
    timed = run(tmp_data_dir, "due", "--at", "2026-01-01T10:00")
    assert timed.stderr == "netdesk-cli: nothing due at 2026-01-01 10:00\n"
    assert json.loads(ok(tmp_data_dir, "--json", "due")) == []


def test_every_line_of_due_starts_with_an_id(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    ok(tmp_data_dir, "followup", ana, "--due", "2026-01-01", "--note", "Send the deck")
    result = run(tmp_data_dir, "due", "--at", "2026-01-01")
    assert result.stderr == ""
    assert [line.split()[0].isdigit() for line in result.stdout.splitlines()] == [True]
