"""netdesk-cli backup --out FILE on a disk without room for it told the user to "choose a
backups folder on another disk in Preferences", which --out does not use. It says to give
--out a file on another disk; the app's daily backup still names Preferences."""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from netdesk import cli

Usage = namedtuple("Usage", "total used free")


def test_backup_out_on_a_full_disk_says_to_give_out_another_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    assert cli.main(["--data-dir", str(data), "add", "--name", "Ada Gil"]) == 0
    capsys.readouterr()
    out = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(shutil, "disk_usage", lambda _path: Usage(10**9, 10**9, 4 << 20))
    assert cli.main(["--data-dir", str(data), "backup", "--out", str(out)]) == 1
    error = capsys.readouterr().err
    assert "Free some room, or give --out a file on another disk." in error
    assert "Preferences" not in error
    assert not out.exists()
