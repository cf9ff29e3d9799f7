"""netdesk-cli given empty or blank values: a usage error naming the option, nothing added."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_cli import ok, run


def test_add_with_a_blank_tag_is_a_usage_error(tmp_data_dir: Path) -> None:
    """`--tag "$TAG"` with $TAG unset added the contact untagged without a word."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = run(tmp_data_dir, "add", "--name", "Bo Li", "--tag", "  ")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == (
        "netdesk-cli add: error: argument --tag: must not be empty"
    )
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["contacts"] == 1
