"""Preferences' "no room for a backup" says what a backup takes (the database with its -wal),
what is kept free beside it for the database, and what is to be freed: it said "a backup
needs" twice the database file and 16 MB, the -wal left out, as if that were its size."""

from __future__ import annotations

import shutil
from collections import namedtuple
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.store.backup import ROOM_TO_SPARE
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog, _no_room_said

Usage = namedtuple("Usage", "total used free")


def test_a_full_folder_on_the_database_disk_says_the_backup_and_the_margin(
    qtbot: QtBot,
    app_context: AppContext,
    person: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for n in range(40):
        person("Ana", f"García {n}")
    database = app_context.core.store.path
    wal = Path(f"{database}-wal")
    assert wal.stat().st_size > 0  # written, not yet checkpointed into the file
    full = tmp_path / "full"  # on the database's own disk
    full.mkdir()
    real_usage = shutil.disk_usage
    monkeypatch.setattr(
        shutil,
        "disk_usage",
        lambda path: Usage(10**12, 10**12, 2 << 20) if Path(path) == full else real_usage(path),
    )
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    prefs.backup_folder.edit.setText(str(full))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())
    size = QLocale().formattedDataSize
    backup = database.stat().st_size + wal.stat().st_size
    kept = backup + ROOM_TO_SPARE
    assert prefs.backups_stale.text() == (
        f"There is no room for a backup in {full}: {size(2 << 20)} free; a backup takes "
        f"{size(backup)}, and {size(kept)} more are kept free there for the database itself "
        f"to keep working. Free {size(backup + kept - (2 << 20))} there, or choose a folder "
        "on another disk."
    )
    assert not prefs.backups_stale.isHidden()


def test_on_another_disk_the_backup_alone_is_needed(app_context: AppContext) -> None:
    short = backups.RoomShort(free=100 << 20, backup=300 << 20, kept_free=0)
    size = QLocale().formattedDataSize
    assert _no_room_said(Path("/media/stick"), short, "Latest backup: today.") == (
        f"There is no room for a backup in /media/stick: {size(100 << 20)} free, and a backup "
        f"takes {size(300 << 20)}. Free {size(200 << 20)} there, or choose another folder. "
        "Latest backup: today."
    )
