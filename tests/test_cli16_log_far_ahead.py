"""netdesk-cli log --at a moment at the end of time is logged, its rhythm due on the last day."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netdesk.cli import main


def test_a_log_at_the_end_of_time_is_logged_with_its_rhythm(
    tmp_data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """'netdesk-cli: error: date value out of range': the next keep-in-touch date, past the
    year 9999, overflowed; it is now the last day there is (core.followups.cadence_due)."""
    folder = str(tmp_data_dir)
    assert main(["--data-dir", folder, "add", "--name", "Ana Gil", "--every", "30"]) == 0
    capsys.readouterr()
    code = main(["--data-dir", folder, "log", "1", "--kind", "call", "--summary", "Call",
                 "--at", "9999-12-31T23:59"])  # fmt: skip
    said = capsys.readouterr()
    assert code == 0, said.err
    assert main(["--data-dir", folder, "--json", "stats"]) == 0
    assert json.loads(capsys.readouterr().out)["interactions"] == 1
    assert main(["--data-dir", folder, "--json", "show", "1"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert str(shown["next_due"]).startswith("9999-12-31"), shown
