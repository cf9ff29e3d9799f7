"""Preferences with a backups folder on a full drive: said in red, with how much is free and
how much a backup needs. They said "No backup yet: netdesk makes one each day it runs" (or
"Latest backup: today") while every daily backup failed for want of room."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog


class Stick:
    """A folder on a drive that is ``full`` (100 bytes free) or not: the system answers for
    it as a full USB stick would (a real one needs a mount, which the tests cannot make)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.full = True


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Stick:
    stick = Stick(tmp_path / "full stick")
    stick.folder.mkdir()
    real_usage = shutil.disk_usage

    def usage(path: Any) -> Any:
        found = real_usage(path)
        if stick.full and Path(path) == stick.folder:
            return type(found)(found.total, found.total - 100, 100)
        return found

    monkeypatch.setattr(shutil, "disk_usage", usage)
    return stick


def test_a_full_drive_typed_is_said_with_its_room(
    qtbot: QtBot, app_context: AppContext, stick: Stick, person: Any
) -> None:
    full_drive = stick.folder
    person("Ana", "García")
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    prefs.backup_folder.edit.setText(str(full_drive))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    note = prefs.backups_stale.text()
    assert note.startswith(f"There is no room for a backup in {full_drive}: 100 bytes free;")
    assert "there, or choose a folder on another disk." in note
    assert "No backup yet" not in note  # none is made there, each day or any
    assert not prefs.backups_stale.isHidden()
    assert prefs.backups_state.isHidden()
    prefs.backup_folder.edit.clear()  # the default folder, with room: as before
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.isHidden()
    assert prefs.backups_state.text().startswith("No backup yet")
    with pytest.raises(backups.BackupError, match="disk"):  # what the daily backup meets there
        backups.backup_now(full_drive, dt.datetime(2026, 3, 2, 9, 0))


def test_the_saved_folder_filled_since_says_its_latest_backup_too(
    qtbot: QtBot, app_context: AppContext, stick: Stick, person: Any
) -> None:
    full_drive = stick.folder
    person("Ana", "García")
    stick.full = False  # it had room this morning
    backups.backup_now(full_drive, app_context.core.clock.now())
    stick.full = True
    app_context.settings.set(s.BACKUP_FOLDER, str(full_drive))
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    note = prefs.backups_stale.text()
    assert note.startswith(f"There is no room for a backup in {full_drive}")
    assert "Latest backup:" in note
    assert prefs.backups_state.isHidden()
