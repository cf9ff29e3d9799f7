"""Text arguments netdesk-cli cannot read as UTF-8 are usage errors naming the option."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli import ok


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["add", "--name", b"Caf\xe9 Ol\xe9"], "--name"),
        (["add", "--name", "Ana", "--tag", b"Vi\xf1a"], "--tag"),
        (["log", "1", "--kind", "call", "--summary", b"Caf\xe9"], "--summary"),
        (["search", b"Mu\xf1oz"], "TEXT"),
        (["export", "--out", "-", "--tag", b"Vi\xf1a"], "--tag"),
    ],
)
def test_text_from_a_latin_1_script_is_a_usage_error_naming_the_option(
    tmp_data_dir: Path, args: list[str | bytes], option: str
) -> None:
    """A name from a Latin-1 script came in as lone surrogates, and the database's
    "'utf-8' codec can't encode character '\\udce9' … surrogates not allowed" was all that
    was said (exit 1, no option named)."""
    ok(tmp_data_dir, "add", "--name", "Ana Gil")
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir), *args],
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    [line] = result.stderr.decode("utf-8").splitlines()
    assert f"error: argument {option}: not utf-8 text: b'" in line
    assert "surrogates" not in line
    assert result.stdout == b""
    assert ok(tmp_data_dir, "stats").startswith("contacts: 1\n")
