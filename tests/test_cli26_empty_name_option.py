"""A blank name is refused naming the options the command line gave: `add --given " "` was
told "--name is empty", an option the script never wrote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import run


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--name", " "], "--name is"),
        (["--given", " "], "--given is"),
        (["--family", ""], "--family is"),
        (["--given", "", "--family", " "], "--given and --family are"),
        (["--given", " ", "--family-first"], "--given is"),
    ],
)
def test_a_blank_name_is_said_by_the_options_given(
    tmp_data_dir: Path, args: list[str], said: str
) -> None:
    result = run(tmp_data_dir, "add", *args)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"netdesk-cli add: error: {said} empty: give the contact a name (or an --org, --email "
        "or --phone)\n"
    )
    assert not (tmp_data_dir / "netdesk.sqlite3").exists()
