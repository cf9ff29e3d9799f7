"""netdesk-cli log --at a moment too far ahead names the option."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdesk.cli import main


def test_a_log_too_far_ahead_names_its_option_and_logs_nothing(
    tmp_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'netdesk-cli: error: date value out of range' named neither --at nor what was out of
    range (the next keep-in-touch date, past the year 9999)."""
    folder = str(tmp_data_dir)
    assert main(["--data-dir", folder, "add", "--name", "Ana Gil", "--every", "30"]) == 0
    capsys.readouterr()
    code = main(["--data-dir", folder, "log", "1", "--kind", "call", "--summary", "Call",
                 "--at", "9999-12-31T23:59"])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == (
        "netdesk-cli: error: --at 9999-12-31: too far ahead for the keep-in-touch rhythm that "
        "follows it; nothing was logged\n"
    )
    assert main(["--data-dir", folder, "--json", "stats"]) == 0
    assert json.loads(capsys.readouterr().out)["interactions"] == 0
