"""--help breaks its lines at spaces only: at 80 columns `add --help` cut "YYYY-MM-DD" into
"YYYY-" at a line's end and "MM-DD" on the next."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

COMMANDS = "add show search log followup due done stats backup restore import export demo"


@pytest.mark.parametrize("command", COMMANDS.split())
def test_no_word_is_cut_at_a_hyphen(command: str) -> None:
    said = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", command, "--help"],
        capture_output=True, text=True, timeout=60, check=True,
        env={**os.environ, "COLUMNS": "80"},
    ).stdout  # fmt: skip
    cut = [line for line in said.splitlines() if re.search(r"\w-$", line)]
    assert not cut, cut
    if command == "add":
        assert "YYYY, YYYY-MM,\n                    YYYY-MM-DD, today or yesterday\n" in said
