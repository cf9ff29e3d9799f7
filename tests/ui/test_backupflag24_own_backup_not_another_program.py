"""The daily backup is netdesk's own: the window does not take it for another program's write
(every view read again), while a write by netdesk-cli still is noticed."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext
from netdesk.ui.startup_backup import StartupBackup


@pytest.fixture
def window_and_backup(
    qtbot: QtBot, core: Core, tmp_data_dir: Path, tmp_path: Path
) -> Iterator[tuple[ContactListPanel, StartupBackup]]:
    """A data folder as `netdesk-cli demo` or an import leaves it (contacts, no backup yet,
    so no database id), the list shown, and the daily backup."""
    core.contacts.create(Contact(given_name="Ada", family_name="Lovelace"))
    assert _database_id(core.store.path) == []
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_path / "log.txt")
    panel = ContactListPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    panel.load()
    backup = StartupBackup(context)
    yield panel, backup
    backup.stop()
    QThreadPool.globalInstance().waitForDone()


def _database_id(path: Path) -> list[tuple[str]]:
    with contextlib.closing(sqlite3.connect(path)) as reader:
        return reader.execute("SELECT value FROM setting WHERE key = 'database_id'").fetchall()


def _first_backup(qtbot: QtBot, backup: StartupBackup) -> Path:
    with qtbot.waitSignal(backup.finished, timeout=20_000) as made:
        backup.start()
    assert made.args[0]
    return Path(made.args[0])


def test_the_first_daily_backup_is_not_taken_for_another_programs_write(
    qtbot: QtBot, window_and_backup: tuple[ContactListPanel, StartupBackup]
) -> None:
    panel, backup = window_and_backup
    made = _first_backup(qtbot, backup)
    changes = panel.context.changes
    with (
        qtbot.assertNotEmitted(changes.journal_changed),
        qtbot.assertNotEmitted(changes.contacts_changed),
    ):
        panel.check_outside_writes()  # the timer's look, 3 s later
    # the backup still carries the database's id (whose backup it is)
    assert _database_id(made) == _database_id(panel.context.paths.database) != []


def test_a_write_by_netdesk_cli_after_the_backup_is_still_noticed(
    qtbot: QtBot, window_and_backup: tuple[ContactListPanel, StartupBackup], tmp_data_dir: Path
) -> None:
    panel, backup = window_and_backup
    _first_backup(qtbot, backup)
    panel.check_outside_writes()
    subprocess.run(
        [sys.executable, "-m", "netdesk.cli", "--data-dir", str(tmp_data_dir), "add",
         "--name", "Grace Hopper"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    with qtbot.waitSignal(panel.context.changes.journal_changed, timeout=5_000):
        panel.check_outside_writes()  # every view reads again, as after a restore
    names = [panel.model.index(row).data() for row in range(panel.model.rowCount())]
    assert "Grace Hopper" in names


def test_the_window_does_not_wait_for_another_programs_write_lock_to_mark_the_database(
    core: Core,
) -> None:
    """Written on the window's thread, the id must not wait out the busy timeout (5 s of a
    frozen window) while a script holds the write lock: the backup's worker writes it then."""
    import threading

    from netdesk.core import backups

    core.contacts.create(Contact(given_name="Ada"))
    other = sqlite3.connect(core.store.path, check_same_thread=False, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing
    release = threading.Timer(1.0, lambda: other.execute("COMMIT"))
    release.start()
    try:
        assert backups.mark_database() is None  # not waited for (it was, then written)
    finally:
        release.join()
        other.close()
    from netdesk.store.database import BUSY_TIMEOUT_MS
    from netdesk.store.models import db

    # the window's connection waits for a lock as before, for everything else
    assert db.connection().execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    mine = backups.mark_database()  # once free: written
    assert mine is not None and _database_id(core.store.path) == [(mine,)]
