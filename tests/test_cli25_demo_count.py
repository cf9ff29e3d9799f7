"""netdesk-cli demo --count has a bound: `--count 100000000` wrote for hours in one
transaction, saying nothing, the app unable to write meanwhile."""

from __future__ import annotations

from pathlib import Path

from netdesk.cli_args import DEMO_MOST
from tests.test_cli import run


def test_more_than_the_most_is_a_usage_error_and_makes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run(folder, "demo", "--count", str(DEMO_MOST + 1))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"netdesk-cli demo: error: argument --count: at most {DEMO_MOST:,} (a demo to try "
        f"netdesk with; more take minutes): {DEMO_MOST + 1:,}\n"
    )
    assert not folder.exists()
