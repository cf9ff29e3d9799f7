"""Add follow-up…: the note has a sentence's room."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.follow_up_actions import FollowUpDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_note_of_a_few_words_shows_whole(qtbot: QtBot) -> None:
    """The dialog opened as wide as its date field: the note field held twenty letters, and
    "Send the proposal to Anneliese" scrolled out of sight as it was typed."""
    note = "Send the proposal to Anneliese"
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 0), with_note=True, note=note)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.note_edit
    assert field.fontMetrics().horizontalAdvance(note) < field.contentsRect().width() - 8


def test_a_snooze_without_a_note_stays_small(qtbot: QtBot) -> None:
    """No note field (Snooze…, Change date…): no room kept for one."""
    dialog = FollowUpDialog(dt.datetime(2026, 3, 3, 9, 0))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.note_edit.isVisible()
    assert dialog.width() < dialog.note_edit.fontMetrics().averageCharWidth() * 40
