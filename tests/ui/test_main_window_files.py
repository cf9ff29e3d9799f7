"""File menu work that runs off the GUI thread: Back up now and Export calendar."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact, PartialDate
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_backup_now_writes_a_copy_and_says_where(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    app_context.core.contacts.create(Contact(given_name="Kept", family_name="Safe"))
    folder = tmp_path / "chosen backups"
    folder.mkdir()
    app_context.settings.set(s.BACKUP_FOLDER, str(folder))
    main_window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: "Backed up to" in main_window.statusBar().currentMessage(), timeout=20_000
    )
    (made,) = folder.glob("netdesk-*.sqlite3")
    assert str(made) in main_window.statusBar().currentMessage()
    with sqlite3.connect(made) as connection:
        assert connection.execute("SELECT display_name FROM contact").fetchall() == [("Kept Safe",)]


def test_backup_now_to_a_chosen_folder_that_is_gone_goes_to_the_default_one(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    """The chosen folder's drive unplugged: it was made again on the local disk, under the
    empty mount point, where the backup hid once the drive was back."""
    app_context.core.contacts.create(Contact(given_name="Kept", family_name="Safe"))
    gone = tmp_path / "usb" / "netdesk backups"
    app_context.settings.set(s.BACKUP_FOLDER, str(gone))
    app_context.settings.set(s.BACKUPS_TO_KEEP, 0)  # a hand-edited settings file: one is kept
    main_window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: "Backed up to" in main_window.statusBar().currentMessage(), timeout=20_000
    )
    assert not gone.exists()
    (made,) = app_context.paths.backups.glob("netdesk-*.sqlite3")
    said = main_window.statusBar().currentMessage()
    assert str(gone) in said and str(made) in said and "not there" in said


def test_export_calendar_writes_follow_ups_and_birthdays(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    core = app_context.core
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="Ruiz", birthday=PartialDate(1990, 3, 4))
    )
    core.follow_ups.add(ana, dt.datetime(2026, 3, 6, 10), "Send the proposal")
    target = tmp_path / "feed.ics"

    def save_as(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        chooser.selectFile(str(tmp_path / "feed"))  # typed without its suffix
        chooser.accept()

    answers = ModalAnswers("OK", act=save_as)
    main_window.calendar_action.trigger()
    answers.stop()
    qtbot.waitUntil(
        lambda: "Calendar saved" in main_window.statusBar().currentMessage(), timeout=20_000
    )
    assert str(target) in main_window.statusBar().currentMessage()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert "Send the proposal" in text
    assert "Ana Ruiz" in text
    assert "RRULE:FREQ=YEARLY" in text
