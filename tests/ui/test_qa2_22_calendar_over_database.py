"""File > Export calendar… never replaces a database: netdesk's own file (or a backup) chosen
by a slip in the chooser was renamed over by the .ics, every contact, journal entry and
follow-up gone; the contacts export refuses it, the calendar export now does too. A calendar
saved onto a link replaces the file the link names, as the contacts export does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _export_to(main_window: MainWindow, target: Path, answer: str) -> ModalAnswers:
    """File > Export calendar… saved to ``target``; ``answer`` to the boxes that follow
    (the chooser's "replace it?" among them)."""

    def save_as(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        chooser.selectFile(str(target))
        # accepted after this answer returns: the chooser's own "replace it?" box is then
        # answered by the same ModalAnswers (its timer does not fire inside its own call)
        QTimer.singleShot(0, chooser.accept)

    answers = ModalAnswers(answer, act=save_as)
    main_window.statusBar().clearMessage()
    main_window.calendar_action.trigger()
    return answers


def _names(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        return [row[0] for row in connection.execute("SELECT given_name FROM contact")]


def test_the_calendar_is_not_saved_over_the_database(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot
) -> None:
    app_context.core.contacts.create(Contact(given_name="Kept", family_name="Safe"))
    database = app_context.paths.database
    answers = _export_to(main_window, database, "Yes")  # "replace it?": yes, by a slip
    qtbot.waitUntil(lambda: any("database" in text for text, *_ in answers.seen), timeout=20_000)
    answers.stop()
    said = answers.texts()
    assert str(database) in said and "never replaces" in said
    assert "Calendar saved" not in main_window.statusBar().currentMessage()
    assert database.read_bytes().startswith(b"SQLite format 3\x00")
    assert _names(database) == ["Kept"]


def test_the_calendar_is_not_saved_over_a_backup(
    main_window: MainWindow, app_context: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    app_context.core.contacts.create(Contact(given_name="Kept", family_name="Safe"))
    backup = tmp_path / "old.sqlite3"
    with sqlite3.connect(app_context.paths.database) as connection:
        connection.execute("VACUUM INTO ?", (str(backup),))
    answers = _export_to(main_window, backup, "Yes")
    qtbot.waitUntil(lambda: any("database" in text for text, *_ in answers.seen), timeout=20_000)
    answers.stop()
    assert _names(backup) == ["Kept"]


def test_the_calendar_saved_onto_a_link_replaces_the_file_it_names(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    synced = tmp_path / "synced"
    synced.mkdir()
    real = synced / "netdesk.ics"
    real.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    link = tmp_path / "calendar.ics"
    link.symlink_to(real)
    answers = _export_to(main_window, link, "Yes")
    qtbot.waitUntil(
        lambda: "Calendar saved" in main_window.statusBar().currentMessage(), timeout=20_000
    )
    answers.stop()
    assert link.is_symlink()
    assert "PRODID:-//netdesk" in real.read_text(encoding="utf-8")
