"""netdesk-cli's arguments as a person types them: `--kind Call` is the call kind (it was
"invalid choice: 'Call'"), and every argument says in --help what it takes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import ok, run


def test_a_kind_in_capitals_is_the_kind(tmp_data_dir: Path) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    entry = ok(tmp_data_dir, "log", ana, "--kind", "Meeting", "--summary", "Lunch").strip()
    journal = json.loads(ok(tmp_data_dir, "--json", "show", ana))["journal"]
    assert [(str(e["id"]), e["kind"]) for e in journal] == [(entry, "meeting")]
    follow_up = ok(tmp_data_dir, "followup", ana, "--due", "today").strip()
    ok(tmp_data_dir, "done", follow_up, "--kind", "EMAIL", "--summary", "Wrote")
    journal = json.loads(ok(tmp_data_dir, "--json", "show", ana))["journal"]
    assert sorted(e["kind"] for e in journal) == ["email", "meeting"]
    wrong = run(tmp_data_dir, "log", ana, "--kind", "Lunch", "--summary", "x")
    assert wrong.returncode == 2
    assert "argument --kind: invalid choice: 'lunch'" in wrong.stderr


@pytest.mark.parametrize(
    ("command", "argument"),
    [("search", "TEXT"), ("restore", "FILE"), ("import", "FILE"), ("followup", "--note TEXT")],
)
def test_every_argument_says_what_it_takes(tmp_data_dir: Path, command: str, argument: str) -> None:
    said = ok(tmp_data_dir, command, "--help")
    listed = said[said.index("arguments:") :].splitlines()  # after the usage lines
    [line] = [line for line in listed if line.startswith(f"  {argument} ")]
    assert line[len(argument) + 2 :].strip()  # a help text follows it, on its line
