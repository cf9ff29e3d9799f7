"""Exit code 2 for a command line wrong whatever the data holds, as argparse's own errors, and
1 for a command that could not be done: `add --phone abc` was 1 where `add --every abc` was 2,
so a script could not tell its own mistake from a contact not found. --help says which is which."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize(
    "args",
    [
        ["add", "--name", "Bo", "--phone", "abc"],
        ["add", "--name", "Bo", "--phone", "+34 12"],
        ["add", "--name", "Bo", "--email", "bo(at)x.org"],
        ["add", "--name", "  "],
        ["add", "--name", "Bo", "--every", "abc"],  # argparse's, for comparison
        ["export", "--format", "csv", "--out", "{tmp}/people.vcf"],
        ["export", "--out", "{tmp}/people.tsv"],
        ["backup", "--out", "-"],
        ["log", "1", "--kind", "call", "--summary", "Café", "--at", "0001-01-01"],
    ],
)
def test_a_wrong_command_line_is_exit_2_named_by_its_command(
    tmp_data_dir: Path, tmp_path: Path, args: list[str]
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith(f"netdesk-cli {args[0]}: error: ")
    assert len(result.stderr.splitlines()) == 1
    assert ok(tmp_data_dir, "stats").startswith("contacts: 1\n")


@pytest.mark.parametrize(
    "args",
    [
        ["show", "999"],
        ["add", "--name", "Bo", "--met-through", "999"],
        ["export", "--tag", "nobody", "--out", "-"],
        ["import", "{tmp}/missing.vcf"],
        ["search", "Zacarías"],
    ],
)
def test_a_command_the_data_refuses_is_exit_1(
    tmp_data_dir: Path, tmp_path: Path, args: list[str]
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 1, result.stderr
    assert "error" in result.stderr or "no contact matches" in result.stderr


def test_help_says_what_each_exit_code_means() -> None:
    said = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--help"],
        capture_output=True, text=True, timeout=60, check=True,
    ).stdout  # fmt: skip
    codes = " ".join(said.partition("exit codes:")[2].split())
    assert "1 the command could not be done (no such contact" in codes
    assert "2 usage error: the command line is wrong whatever the data holds" in codes
    assert "a malformed date, phone or e-mail, options that contradict each other" in codes
