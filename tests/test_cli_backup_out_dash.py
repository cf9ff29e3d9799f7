"""netdesk-cli backup --out -: export's --out - is standard output; a backup wrote a file
named "-" in the current folder and said "Backed up to -"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import ok
from tests.test_cli_errors import cli_log_handlers  # noqa: F401  (a fixture)


def test_a_backup_to_standard_output_is_refused_in_words(
    tmp_data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    cli_log_handlers: None,  # noqa: F811
) -> None:
    from netdesk import cli

    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    assert cli.main(["--data-dir", str(tmp_data_dir), "backup", "--out", "-"]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        "netdesk-cli backup: error: a backup cannot go to standard output (--out -): it is a "
        "database file; give a file name\n"
    )
    assert list(here.iterdir()) == []
