"""The daily start-up backup runs off the GUI thread and only once a day."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.settings import BACKUP_FOLDER
from netdesk.ui.startup_backup import StartupBackup


def test_backs_up_once_a_day_into_the_chosen_folder(
    qtbot: QtBot, core: Core, clock: FixedClock, tmp_data_dir: Path, tmp_path: Path
) -> None:
    core.contacts.create(Contact(given_name="Backed", family_name="Up"))
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_path / "log.txt")
    chosen = tmp_path / "my-backups"
    context.settings.set(BACKUP_FOLDER, str(chosen))
    backup = StartupBackup(context)
    with qtbot.waitSignal(backup.finished, timeout=20_000) as first:
        backup.start()
    made = Path(first.args[0])
    assert made.parent == chosen
    with sqlite3.connect(made) as connection:
        assert connection.execute("SELECT display_name FROM contact").fetchall() == [("Backed Up",)]
    clock.advance(hours=3)
    with qtbot.waitSignal(backup.finished, timeout=20_000) as second:
        backup.start()
    assert second.args == [""]
    clock.advance(days=1)
    with qtbot.waitSignal(backup.finished, timeout=20_000) as third:
        backup.start()
    assert third.args[0]
    assert len(list(chosen.glob("netdesk-*.sqlite3"))) == 2


def test_a_folder_that_cannot_be_written_is_reported(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_path / "log.txt")
    context.settings.set(BACKUP_FOLDER, str(blocker / "backups"))
    backup = StartupBackup(context)
    with qtbot.waitSignal(backup.failed, timeout=20_000) as failed:
        backup.start()
    assert "a-file" in failed.args[0]
