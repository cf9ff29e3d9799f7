"""netdesk-cli done takes a follow-up's id (from netdesk-cli due): a mistyped one is said to be
"not a follow-up id", not "not a contact id", which sent the user to look up a contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_cli import run
from tests.test_cli_errors import one_error_line


@pytest.mark.parametrize("typed", ["abc", "0", "99999999999999999999"])
def test_a_mistyped_follow_up_id_is_named_as_one(tmp_data_dir: Path, typed: str) -> None:
    line = one_error_line(run(tmp_data_dir, "done", typed), 2)
    assert f"argument FOLLOWUP_ID: not a follow-up id: {typed!r}" in line
    assert "contact" not in line
