"""The daily backup gives way to a restore: a restore waits for it before it begins (the
database must be its own), and the daily backup of a 100,000-contact database is seconds of
copying and as many of checking (a minute onto a USB stick), during which the restore's
progress stood at nothing and its Cancel went unheeded. Once the restore is over, the day's
backup is made (of the data restored)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.startup_backup import StartupBackup


@pytest.fixture
def daily_backup(core: Core, tmp_data_dir: Path, tmp_path: Path) -> Iterator[StartupBackup]:
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_path / "log.txt")
    backup = StartupBackup(context)
    yield backup
    backup.stop()
    QThreadPool.globalInstance().waitForDone()  # (destroyed here, on the GUI thread)


def _made(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("netdesk-*")) if folder.is_dir() else []


def test_the_daily_backup_stops_for_a_restore_and_is_made_once_it_is_over(
    qtbot: QtBot, daily_backup: StartupBackup
) -> None:
    context = daily_backup.context
    folder = context.paths.backups
    context.changes.database_replacing.emit(True)  # a restore began (RestoringWindow.enter)
    daily_backup.start()  # (the job began with it: it looks between the copy's steps)
    assert daily_backup.idle.wait(30)
    assert _made(folder) == []  # nothing copied, no part file left
    with qtbot.waitSignal(daily_backup.finished, timeout=30_000) as made:
        context.changes.database_replacing.emit(False)  # the restore is over
    backup = Path(made.args[0])
    assert _made(folder) == [backup.name]
    with sqlite3.connect(backup) as connection:
        names = connection.execute("SELECT display_name FROM contact").fetchall()
    connection.close()
    assert names == [("Ada Lovelace",)]


def test_no_backup_is_begun_after_a_restore_when_the_days_backup_is_made(
    qtbot: QtBot, daily_backup: StartupBackup
) -> None:
    context = daily_backup.context
    with qtbot.waitSignal(daily_backup.finished, timeout=30_000) as first:
        daily_backup.start()
    context.changes.database_replacing.emit(True)
    with qtbot.waitSignal(daily_backup.finished, timeout=30_000) as second:
        context.changes.database_replacing.emit(False)
    assert second.args == [""]  # looked, and today's was there
    assert _made(context.paths.backups) == [Path(first.args[0]).name]
