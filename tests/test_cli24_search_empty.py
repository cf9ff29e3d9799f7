"""`netdesk-cli search "$NAME"` with NAME empty is the script's mistake (exit 2, usage), not
a search that found nobody (exit 1), which a script reads as "not in the address book"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_search_is_a_usage_error(tmp_data_dir: Path, text: str) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run(tmp_data_dir, "search", text)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.endswith(
        "netdesk-cli search: error: argument TEXT: must not be empty (netdesk-cli export "
        "--out - --format csv lists everyone)\n"
    )


def test_a_search_of_punctuation_alone_still_finds_nobody(tmp_data_dir: Path) -> None:
    ok(tmp_data_dir, "add", "--name", "Ana Muñoz")
    result = run(tmp_data_dir, "search", '"')
    assert result.returncode == 1
    assert result.stderr == "netdesk-cli: no contact matches '\"'\n"
