"""netdesk-cli import --progress says how far the reading is, not a count of files it is not."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def test_reading_one_big_csv_is_told_in_percent(tmp_path: Path) -> None:
    """One CSV of 1,000 rows was told as 'read 39/1999 files', 'read 79/1999 files'…: the
    plan counts a thousand steps a file, which the command printed as files."""
    table = tmp_path / "people.csv"
    rows = "".join(f"Person{n},Example,p{n}@example.org\n" for n in range(1000))
    table.write_text("First Name,Last Name,E-mail Address\n" + rows, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_path / "data"), "import",
         str(table), "--progress"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert lines[0] == "reading 1 file(s)…"
    reading = [line for line in lines[1:] if not line.startswith("writing ")]
    assert reading, lines
    found = [re.fullmatch(r"reading (\d+)%", line) for line in reading]
    assert all(found), reading
    percents = [int(match[1]) for match in found if match]
    assert percents == sorted(percents) and percents[-1] < 100
    assert lines[-1] == "writing 1000/1000 contacts"
