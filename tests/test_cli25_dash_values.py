"""A value that starts with a dash is taken by argparse for an option: the usage error says so
and how to give it (`search -ana` said only "the following arguments are required: TEXT")."""

from __future__ import annotations

from pathlib import Path

from tests.test_cli import ok, run


def test_a_search_for_a_dashed_word_says_how_to_give_it(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run(tmp_data_dir, "search", "-ana")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "netdesk-cli search: error: the following arguments are required: TEXT ('-ana' was "
        "taken for an option: give an option's value as --option=-ana, and a TEXT or FILE "
        "after --, as in netdesk-cli search -- -ana)\n"
    )
    assert "Ana Muñoz" in ok(tmp_data_dir, "search", "--", "-ana")  # as it says


def test_other_usage_errors_say_nothing_of_dashes(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    forgot = run(tmp_data_dir, "log", "1", "--summary", "- called her")
    assert forgot.stderr == "netdesk-cli log: error: the following arguments are required: --kind\n"
    after = run(tmp_data_dir, "search", "--", "-ana", "--limit", "1")  # no option after --
    assert after.stderr == "netdesk-cli: error: unrecognized arguments: --limit 1\n"


def test_an_option_missing_its_dashed_value_is_named(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run(tmp_data_dir, "log", "1", "--kind", "call", "--summary", "-urgent")
    assert result.stderr == (
        "netdesk-cli log: error: argument --summary: expected one argument ('-urgent' was "
        "taken for an option: write --summary=-urgent)\n"
    )
    assert ok(tmp_data_dir, "log", "1", "--kind", "call", "--summary=-urgent").strip() == "1"
