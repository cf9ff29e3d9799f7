"""add, log, followup and done whose output cannot take the new id (`> /dev/full`, a full
disk) say that the write was saved and under which id: "cannot write the output" alone made
a script take it for failed and run it again, doubling it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok


def run_into_full(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    with open("/dev/full", "w", encoding="utf-8") as full:
        return subprocess.run(
            [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False,
        )  # fmt: skip


@pytest.mark.parametrize("as_json", [[], ["--json"]])
def test_an_id_that_cannot_be_written_says_what_was_saved(
    tmp_data_dir: Path, as_json: list[str]
) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    added = run_into_full(tmp_data_dir, *as_json, "add", "--name", "Bo Lind")
    assert added.returncode == 1
    assert added.stderr == (
        "netdesk-cli: error: the contact Bo Lind was saved (id 2), but its id could not be "
        "written to the output: No space left on device\n"
    )
    logged = run_into_full(tmp_data_dir, *as_json, "log", ana, "--kind", "call", "--summary", "Hi")
    assert logged.stderr == (
        "netdesk-cli: error: the journal entry was saved (id 1), but its id could not be "
        "written to the output: No space left on device\n"
    )
    due = run_into_full(tmp_data_dir, *as_json, "followup", ana, "--due", "2020-01-01")
    assert due.stderr.startswith("netdesk-cli: error: the follow-up was saved (id ")
    follow_up = json.loads(ok(tmp_data_dir, "--json", "due"))[0]["id"]
    done = run_into_full(tmp_data_dir, *as_json, "done", str(follow_up))
    assert done.stderr == (
        "netdesk-cli: error: the follow-up's journal entry was saved (id 2), but its id could "
        "not be written to the output: No space left on device\n"
    )
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 2
