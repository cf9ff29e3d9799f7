"""A number written without its country code, read where the locale names no country (C,
POSIX, C.UTF-8), is kept as written: it was read as a US number ("030 1234567" from Berlin
became "+10301234567")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli_signals import ROOT


def _cli(data_dir: Path, locale_name: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("LC_")}
    env.update(LANG=locale_name, LC_ALL=locale_name)
    return subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("locale_name", ["C", "C.UTF-8", "POSIX"])
def test_a_national_number_imported_under_no_country_is_kept_as_written(
    tmp_data_dir: Path, tmp_path: Path, locale_name: str
) -> None:
    card = tmp_path / "berlin.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jonas Weber\r\nN:Weber;Jonas;;;\r\n"
        "TEL;TYPE=WORK:030 1234567\r\nTEL;TYPE=CELL:+49 170 1234567\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    imported = _cli(tmp_data_dir, locale_name, "import", str(card))
    assert imported.returncode == 0, imported.stderr
    shown = _cli(tmp_data_dir, locale_name, "--json", "show", "1")
    assert shown.returncode == 0, shown.stderr
    # the one with its country code is still read as such
    assert json.loads(shown.stdout)["phones"] == ["030 1234567", "+491701234567"]


def test_a_national_number_added_under_no_country_is_taken_as_written(tmp_data_dir: Path) -> None:
    # with no country to check it in, it is not refused either
    added = _cli(tmp_data_dir, "C", "add", "--name", "Jonas Weber", "--phone", "030 1234567")
    assert added.returncode == 0, added.stderr
    shown = _cli(tmp_data_dir, "C", "--json", "show", "1")
    assert json.loads(shown.stdout)["phones"] == ["030 1234567"]
    refused = _cli(tmp_data_dir, "C", "add", "--name", "Nobody", "--phone", "call me")
    assert (refused.returncode, refused.stderr) == (
        2,
        "netdesk-cli add: error: --phone 'call me' is not a phone number\n",
    )
