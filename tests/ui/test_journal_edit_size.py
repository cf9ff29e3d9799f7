"""The log and edit-entry dialogs open at the size the user last gave them, within the
screen: long notes read in a larger dialog were back in a small one at each opening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog
from netdesk.ui.log_dialog import EntryForm, LogInteractionDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _edit(qtbot: QtBot, context: AppContext) -> EditEntryDialog:
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    entry = core.journal.get(core.journal.log([ana], "call", "Call", body="Long notes"))
    assert entry is not None
    dialog = EditEntryDialog(context, entry)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _log(qtbot: QtBot, context: AppContext) -> LogInteractionDialog:
    dialog = LogInteractionDialog(context, [])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def _close(dialog: EntryForm) -> None:
    dialog.reject()  # nothing typed: closes at once
    assert not dialog.isVisible()


def test_each_dialog_opens_at_the_size_it_was_last_given(
    qtbot: QtBot, app_context: AppContext
) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    width, height = min(700, room.width()), min(460, room.height())
    first = _edit(qtbot, app_context)
    default = first.size()
    first.resize(width, height)
    _close(first)
    again = _edit(qtbot, app_context)
    assert (again.width(), again.height()) == (width, height)
    log = _log(qtbot, app_context)  # a size of its own
    assert log.width() == default.width()
    _close(log)


def test_a_size_larger_than_the_screen_or_garbled_is_not_taken(
    qtbot: QtBot, app_context: AppContext
) -> None:
    settings = app_context.settings
    settings.save_geometry("editEntryDialog_size", QByteArray(b"9000x7000"))
    dialog = _edit(qtbot, app_context)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    _close(dialog)
    settings.save_geometry("editEntryDialog_size", QByteArray(b"wide"))
    dialog = _edit(qtbot, app_context)
    assert dialog.width() == 480  # as it opens unsized


def test_a_taller_log_dialog_gives_its_height_to_the_notes(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The people's field stays right under its label: it floated in the room between the
    label and the list, the notes held at 110 pixels."""
    dialog = _log(qtbot, app_context)
    opened = dialog.height()
    notes = dialog.body.height()
    dialog.resize(dialog.width(), opened + 200)
    qtbot.waitUntil(lambda: dialog.body.height() >= notes + 150)
    label = dialog.form.labelForField(dialog.people)
    assert label is not None
    field = dialog.people.picker.edit
    field_top = field.mapTo(dialog, field.rect().topLeft()).y()
    assert abs(field_top - label.y()) < field.height()
