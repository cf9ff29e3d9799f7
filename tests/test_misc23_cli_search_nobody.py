"""netdesk-cli search that matches nobody says so on stderr and exits 1, as grep does; its
stdout stays what a script reads (nothing, or [] with --json)."""

from __future__ import annotations

import json
from pathlib import Path

from netdesk.cli_args import build_parser
from tests.test_cli import archive, ok, run


def test_a_search_that_matches_nobody_says_so_and_exits_1(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    nobody = run(tmp_data_dir, "search", "Muñoz")
    assert (nobody.returncode, nobody.stdout) == (1, "")  # no line for `wc -l` to count
    assert nobody.stderr == "netdesk-cli: no contact matches 'Muñoz'\n"
    as_json = run(tmp_data_dir, "--json", "search", "Muñoz")
    assert (as_json.returncode, json.loads(as_json.stdout)) == (1, [])
    assert as_json.stderr == nobody.stderr
    found = run(tmp_data_dir, "search", "gil")
    assert (found.returncode, found.stderr) == (0, "")
    assert "Ana Gil" in found.stdout


def test_a_search_that_matches_only_archived_contacts_says_how_to_see_them(
    tmp_data_dir: Path,
) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    archive(tmp_data_dir, 1)
    only_archived = run(tmp_data_dir, "search", "gil")
    assert (only_archived.returncode, only_archived.stdout) == (1, "")
    assert only_archived.stderr == (
        "netdesk-cli: no contact matches 'gil'; archived ones do: --archived lists them\n"
    )
    assert "Ana Gil" in ok(tmp_data_dir, "search", "gil", "--archived")


def test_the_help_says_the_exit_status_of_a_search_that_finds_nobody() -> None:
    parser = build_parser()
    assert "or a search that matches nobody" in " ".join(parser.format_help().split())
    search = parser._subparsers._group_actions[0].choices["search"]  # type: ignore[union-attr]
    assert "exit code 1 (as grep)" in " ".join(search.format_help().split())
