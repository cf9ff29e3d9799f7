"""netdesk-cli's help for someone scripting it: every command shows an example, and a name
typed where a contact's id goes says how to find the id."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import ok, run

COMMANDS = ["add", "show", "search", "log", "followup", "due", "done", "stats", "backup",
            "restore", "import", "export", "demo"]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_an_example_of_itself(tmp_data_dir: Path, command: str) -> None:
    said = ok(tmp_data_dir, command, "--help")
    examples = [line for line in said.splitlines() if line.startswith(("example", "  netdesk"))]
    assert any(f"netdesk-cli {command}" in line or f" {command} " in line for line in examples), (
        said
    )


@pytest.mark.parametrize("command", ["show", "log", "followup"])
def test_the_contact_id_is_told_where_to_find(tmp_data_dir: Path, command: str) -> None:
    said = ok(tmp_data_dir, command, "--help")
    assert "first column of netdesk-cli search" in " ".join(said.split())


@pytest.mark.parametrize(
    "args",
    [["show", "Ana Muñoz"], ["log", "Ana", "--kind", "call", "--summary", "Lunch"],
     ["followup", "Ana", "--due", "tomorrow"]],
)  # fmt: skip
def test_a_name_in_place_of_an_id_says_how_to_find_which_one(
    tmp_data_dir: Path, args: list[str]
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, *args)
    assert result.returncode == 2
    assert result.stdout == ""
    name = args[1]
    quoted = f"'{name}'" if " " in name else name
    assert result.stderr.endswith(
        f"error: argument ID: not a contact id: {name!r}; ids are numbers: netdesk-cli search "
        f"{quoted} lists who matches, each with its id\n"
    )


def test_a_mistyped_number_is_still_just_not_an_id(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, "show", "0")
    assert result.returncode == 2
    assert result.stderr.endswith("error: argument ID: not a contact id: '0'\n")
