"""Ctrl+Enter saves the quick entry from its notes box, where Enter is a new line: it did
nothing there (the notes box and the dialog both let it pass), and a keyboard user had to
Tab past the people to Save."""

from __future__ import annotations

from log_dialog_setup import OFFSCREEN, open_dialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext

pytestmark = OFFSCREEN


def test_ctrl_enter_in_the_notes_saves_and_enter_there_is_a_new_line(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ana = app_context.core.contacts.create(Contact(given_name="Ana"))
    dialog = open_dialog(qtbot, app_context, [ana], "Coffee at the Central")
    # active for real: in a window not active no field has the focus, and Enter anywhere saved
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.body.setFocus()
    QTest.keyClicks(dialog.body, "Talked about")
    QTest.keyClick(dialog.body, Qt.Key.Key_Return)
    QTest.keyClicks(dialog.body, "her new job")
    assert dialog.isVisible()  # Enter in the notes: a new line, not Save
    assert dialog.body.toPlainText() == "Talked about\nher new job"
    assert dialog.body.hasFocus()
    with qtbot.waitSignal(app_context.changes.contacts_changed, timeout=10_000):
        QTest.keyClick(dialog.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    entries = app_context.core.journal.for_contact(ana, limit=10)
    assert [(e.summary, e.body) for e in entries] == [
        ("Coffee at the Central", "Talked about\nher new job")
    ]
