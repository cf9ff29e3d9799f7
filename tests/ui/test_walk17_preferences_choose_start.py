"""Preferences' Choose… opens where the folder is, and for a folder not set ("Off", the
calendar feed's prompt) in the home folder: "Off" was taken for a folder of that name, and
the chooser opened wherever netdesk had been started from."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.preferences import FolderField, PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _opened_in(field: FolderField) -> Path:
    """Where the field's Choose… opens its chooser (cancelled)."""
    seen: list[Path] = []

    def look(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        seen.append(Path(chooser.directory().absolutePath()))
        chooser.reject()

    answers = ModalAnswers("Cancel", act=look)
    try:
        field.choose.click()
    finally:
        answers.stop()
    (where,) = seen
    return where


def test_choose_opens_at_home_for_a_folder_not_set_and_at_the_folder_when_set(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started_in = tmp_path / "started here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)  # the working folder netdesk was started from
    dialog = PreferencesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    feed = dialog.ics_folder
    assert feed.edit.text() == "" and feed.edit.placeholderText() == "Off"
    assert _opened_in(feed) == Path.home()
    chosen = tmp_path / "calendars"
    chosen.mkdir()
    feed.edit.setText(str(chosen))
    assert _opened_in(feed) == chosen
    # the backups folder not set: its prompt is the default folder, where it opens
    backups = dialog.backup_folder
    assert backups.edit.text() == ""
    app_context.paths.backups.mkdir(parents=True, exist_ok=True)  # made by the first backup
    assert _opened_in(backups) == Path(backups.edit.placeholderText())
