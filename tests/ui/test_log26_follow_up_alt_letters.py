"""Alt+O and Alt+C in the follow-up dialogs press OK and Cancel from the fields where one
types, on any desktop: without KDE's or GNOME's Qt theme the buttons had no Alt+letter, and
Alt+O typed an "o" in the note or the summary."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from netdesk.ui.follow_up_actions import DoneDialog, FollowUpDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def shown(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    return dialog


def press(qtbot: QtBot, dialog: QDialog, field: QLineEdit, key: str) -> tuple[int, str]:
    """Alt+``key`` in ``field``: the dialog's result and the field's text after it."""
    field.setFocus()
    with qtbot.waitSignal(dialog.finished, timeout=500, raising=False) as finished:
        QTest.keyClick(field, key, Qt.KeyboardModifier.AltModifier)
    return (finished.args[0] if finished.signal_triggered else -1), field.text()


@pytest.mark.parametrize(
    ("key", "result"), [("O", QDialog.DialogCode.Accepted), ("C", QDialog.DialogCode.Rejected)]
)
def test_alt_letters_of_the_follow_up_dialog_from_its_note(
    qtbot: QtBot, key: str, result: int
) -> None:
    dialog = shown(qtbot, FollowUpDialog(dt.datetime(2099, 3, 3, 9), with_note=True, note="Call"))
    assert isinstance(dialog, FollowUpDialog)
    assert press(qtbot, dialog, dialog.note_edit, key) == (result, "Call")


@pytest.mark.parametrize(
    ("key", "result"), [("O", QDialog.DialogCode.Accepted), ("C", QDialog.DialogCode.Rejected)]
)
def test_alt_letters_of_done_from_its_summary(qtbot: QtBot, key: str, result: int) -> None:
    dialog = shown(qtbot, DoneDialog("Sent it", "note"))
    assert isinstance(dialog, DoneDialog)
    assert press(qtbot, dialog, dialog.summary, key) == (result, "Sent it")
