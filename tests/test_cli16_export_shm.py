"""An export to a file of /dev/shm is a file's export: private, written whole or not at all."""

from __future__ import annotations

import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def shm_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="netdesk-test-", dir="/dev/shm"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_an_export_into_dev_shm_is_private_and_said_on_stdout(
    tmp_path: Path, shm_folder: Path
) -> None:
    """Any path under /dev was written straight through as a device's: a new file in the
    shared /dev/shm was readable by everyone (0644), and Ctrl+C left the old one cut short."""
    data_dir = tmp_path / "data"
    added = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "add", "--name",
         "Ana Gil"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    target = shm_folder / "contacts.vcf"
    result = subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(data_dir), "export", "--out",
         str(target)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Exported 1 contact to {target}\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "FN:Ana Gil" in target.read_text(encoding="utf-8")
    assert [p.name for p in shm_folder.iterdir()] == ["contacts.vcf"]
