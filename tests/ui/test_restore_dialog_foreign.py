"""Restore from backup: a backup of another data folder's database is said so in the question."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot
from test_restore_dialog import CountedAnswers

from netdesk.core import backups
from netdesk.store import backup_owner
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation
from netdesk.ui.restore_dialog import RestoreDialog

ANOTHER = "This is a backup of another netdesk database"


def test_the_question_says_a_backup_is_another_databases(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Work and home back up into one folder; from home, a work backup chosen with Choose a
    file… (no Kind column to read) was asked about as any backup."""
    person("Neighbour")
    shared = tmp_path / "shared"
    own = backups.backup_now(shared, dt.datetime(2026, 3, 1, 8))
    # the work data folder's backup: a database of its own id (store.backup_owner)
    theirs = shared / "netdesk-20260301-090000.sqlite3"
    theirs.write_bytes(own.read_bytes())
    with contextlib.closing(sqlite3.connect(theirs)) as work:
        work.execute("UPDATE setting SET value = 'work' WHERE key = ?", (backup_owner.KEY,))
        work.commit()
    assert backup_owner.of_file(theirs) != backup_owner.of_file(own)

    dialog = RestoreDialog(main_window)
    qtbot.addWidget(dialog)
    for source, said in ((theirs, True), (own, False)):
        answers = CountedAnswers("Cancel")
        try:
            assert dialog.restore(source) is None
        finally:
            answers.stop()
        assert "Replace all your contacts" in answers.texts()
        assert (ANOTHER in answers.texts()) is said
    assert not Operation.running_now()
