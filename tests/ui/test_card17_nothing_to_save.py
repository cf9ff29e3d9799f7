"""An edit taken back before it was saved puts no step on the undo stack."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_typing_taken_back_pushes_no_edit_and_keeps_the_redo(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Typing "x" and Backspace in the notes, then going to another contact, pushed "Edit
    Ana García" (nothing changed): Ctrl+Z went to it, and the step undone before (Ana's tag
    "vip") could no longer be redone."""
    ana = person("Ana", "García", notes="Met at PyCon")
    ben = person("Ben", "Stone")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    card.tags.setText("vip")
    card._mark_dirty()
    assert card.save()
    stack = app_context.undo_stack
    stack.undo()  # the tag goes; Redo would bring it back
    assert stack.canRedo()
    qtbot.waitUntil(lambda: card.tags.text() == "")
    before = app_context.core.contacts.get(ana)
    card.notes.setFocus()
    qtbot.keyClick(card.notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(card.notes, "x")
    qtbot.keyClick(card.notes, Qt.Key.Key_Backspace)
    assert card.notes.toPlainText() == "Met at PyCon"
    main_window.contacts.select_contact(ben)
    assert card.contact_id() == ben
    assert (stack.count(), stack.index(), stack.canRedo()) == (1, 0, True)
    assert app_context.core.contacts.get(ana) == before  # nothing written
    stack.redo()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.tags == ["vip"]
