"""`netdesk-cli log … --summary ""` is a usage error naming the option (exit 2); it was the
journal's "An interaction needs a summary." with exit 1, as a failure of the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_cli import ok, run


@pytest.mark.parametrize("summary", ["", "   "])
def test_a_blank_summary_is_a_usage_error_naming_the_option(
    tmp_data_dir: Path, summary: str
) -> None:
    ana = ok(tmp_data_dir, "add", "--name", "Ana Muñoz").strip()
    result = run(tmp_data_dir, "log", ana, "--kind", "call", "--summary", summary)
    assert result.returncode == 2
    assert result.stderr.endswith("netdesk-cli log: error: argument --summary: must not be empty\n")
    assert json.loads(ok(tmp_data_dir, "--json", "stats"))["interactions"] == 0
