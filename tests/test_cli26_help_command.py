"""`netdesk-cli help` (as git and many tools take it) says where the help is; it listed the
commands as choices, help not among them, and left the user guessing."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("args", [["help"], ["help", "search"]])
def test_help_as_a_command_says_where_help_is(args: list[str]) -> None:
    said = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", *args],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert (said.returncode, said.stdout) == (2, "")
    assert said.stderr == (
        "netdesk-cli: error: there is no help command: netdesk-cli --help lists the commands, "
        "and netdesk-cli COMMAND --help tells one\n"
    )
