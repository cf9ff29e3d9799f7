"""Preferences over a backups folder another data folder backs up into too (README: several
may share one): what is said counts this database's backups alone. The other's said "Latest
backup: today" over this one's daily backup failing for days, and were counted with them."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog


def another_databases_backup(path: Path) -> None:
    """A backup as another data folder's netdesk makes them: its own id inside."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT)")
        connection.execute("INSERT INTO setting VALUES ('database_id', 'the-work-folder')")
    connection.close()


def test_only_this_databases_backups_are_said(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    shared = tmp_path / "shared backups"
    shared.mkdir()
    app_context.core.contacts.create(Contact(given_name="Ana"))
    ours = backups.backup_now(shared, clock.now() - dt.timedelta(days=4))  # then none since
    another_databases_backup(shared / f"netdesk-{clock.now():%Y%m%d}-080000.sqlite3")
    app_context.settings.set(s.BACKUP_FOLDER, str(shared))

    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_state.isHidden()
    stale = prefs.backups_stale.text()
    assert stale.startswith("No backup since ") and "may be failing" in stale, stale
    assert ours.exists()

    backups.backup_now(shared, clock.now())  # this one's backup of today
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.isHidden()
    assert "(2 backups, " in prefs.backups_state.text()  # not the other's third
