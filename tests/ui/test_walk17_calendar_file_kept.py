"""File > Export calendar… offers the file it saved to the last time: each export started
from ~/netdesk.ics, and a calendar kept in another folder was looked for again every week."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _export(main_window: MainWindow, qtbot: QtBot, target: Path | None) -> Path:
    """Export the calendar to ``target`` (None: cancel); what the chooser offered."""
    offered: list[Path] = []

    def save_as(chooser: QWidget) -> None:
        assert isinstance(chooser, QFileDialog)
        offered.append(Path(chooser.directory().absolutePath()) / _typed(chooser))
        if target is None:
            chooser.reject()
            return
        chooser.selectFile(str(target))
        chooser.accept()

    answers = ModalAnswers("OK", act=save_as)
    main_window.statusBar().clearMessage()
    main_window.calendar_action.trigger()
    answers.stop()
    if target is not None:
        qtbot.waitUntil(
            lambda: "Calendar saved" in main_window.statusBar().currentMessage(), timeout=20_000
        )
        assert target.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    (path,) = offered
    return path


def _typed(chooser: QFileDialog) -> str:
    """The file name the chooser's name field holds."""
    from PySide6.QtWidgets import QLineEdit

    field = chooser.findChild(QLineEdit, "fileNameEdit")
    assert field is not None
    return field.text()


def test_the_calendar_is_offered_where_it_was_saved_the_last_time(
    main_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "Calendars"
    folder.mkdir()
    first = _export(main_window, qtbot, folder / "work.ics")
    assert first == Path.home() / "netdesk.ics"  # the first time: the home folder
    assert _export(main_window, qtbot, None) == folder / "work.ics"
    shutil.rmtree(folder)  # its folder gone (a drive unplugged): its name, at home
    assert _export(main_window, qtbot, None) == Path.home() / "work.ics"
