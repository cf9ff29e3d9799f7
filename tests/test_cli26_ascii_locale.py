"""In an ASCII locale (LC_ALL=C with Python's UTF-8 mode off) a name or search typed in UTF-8 is
taken as UTF-8: no byte past ASCII is text there, and `add --name "Ana Muñoz"` was refused as
"not ascii text"; bytes that are not UTF-8 either stay refused, the option named."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.test_cli import ok
from tests.test_cli_signals import ROOT


def _ascii_cli(data_dir: Path, *args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, cwd=ROOT, timeout=60, check=False,
        env={**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0",
             "PYTHONCOERCECLOCALE": "0"},
    )  # fmt: skip


def test_utf_8_typed_in_an_ascii_locale_is_taken_as_utf_8(tmp_data_dir: Path) -> None:
    added = _ascii_cli(tmp_data_dir, "add", "--name", "Ana Muñoz", "--tag", "café")
    assert added.returncode == 0, added.stderr
    shown = json.loads(ok(tmp_data_dir, "--json", "show", added.stdout.decode().strip()))
    assert (shown["display_name"], shown["tags"]) == ("Ana Muñoz", ["café"])
    found = _ascii_cli(tmp_data_dir, "--json", "search", "muñoz")
    assert found.returncode == 0, found.stderr
    assert [c["display_name"] for c in json.loads(found.stdout)] == ["Ana Muñoz"]


def test_bytes_that_are_not_utf_8_stay_refused(tmp_data_dir: Path) -> None:
    refused = _ascii_cli(tmp_data_dir, "add", "--name", b"Ana Mu\xf1oz")
    assert refused.returncode == 2
    assert refused.stderr.startswith(b"netdesk-cli add: error: argument --name: not ascii text")
    assert not (tmp_data_dir / "netdesk.sqlite3").exists()
