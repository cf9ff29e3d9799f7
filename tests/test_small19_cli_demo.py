"""netdesk-cli demo says how many of the contacts it added are archived (the list shows
the others), with "contact" in the singular for one."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _cli(data_dir: Path, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_demo_says_how_many_of_its_contacts_are_archived(tmp_path: Path) -> None:
    said = _cli(tmp_path, "demo")
    stats = json.loads(_cli(tmp_path, "--json", "stats"))
    assert stats["archived"] > 0  # the demo archives a few on purpose
    total = stats["contacts"] + stats["archived"]
    assert said == f"Added {total} demo contacts ({stats['archived']} archived).\n"


def test_demo_json_counts_the_archived_too(tmp_path: Path) -> None:
    said = json.loads(_cli(tmp_path, "--json", "demo"))
    stats = json.loads(_cli(tmp_path, "--json", "stats"))
    assert said == {"created": 300, "archived": stats["archived"]}


def test_one_demo_contact_is_said_in_the_singular(tmp_path: Path) -> None:
    assert _cli(tmp_path, "demo", "--count", "1") == "Added 1 demo contact.\n"
