"""Manage tags > Rename: Alt+O in the new name presses OK and Alt+C Cancel, on any desktop
(without KDE's or GNOME's Qt theme, Alt+O typed an "o" at the end of the name)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.tags_dialog import TagsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def type_then_alt(qtbot: QtBot, name: str, key: str) -> list[str]:
    """Once the rename's question shows: ``name`` typed over the old one, then Alt+``key``
    in its field; the text the field held after the key, in a list filled then."""
    seen: list[str] = []

    def act() -> None:
        asked = QApplication.activeModalWidget()
        if not isinstance(asked, QInputDialog) or not asked.isVisible():
            QTimer.singleShot(5, act)
            return
        field = asked.findChild(QLineEdit)
        asked.activateWindow()  # Alt+letters work in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is asked)
        field.selectAll()
        QTest.keyClicks(field, name)
        QTest.keyClick(field, key, Qt.KeyboardModifier.AltModifier)
        seen.append(field.text())
        try:  # a button's Alt+letter clicks it a moment later, as it shows it pressed
            qtbot.waitUntil(lambda: not asked.isVisible(), timeout=1000)
        finally:
            if asked.isVisible():  # the key did nothing: the test must not hang in exec()
                asked.reject()

    QTimer.singleShot(0, act)
    return seen


@pytest.mark.parametrize(("key", "tags"), [("O", ["conference"]), ("C", ["pycon"])])
def test_alt_o_renames_and_alt_c_keeps_the_name(
    qtbot: QtBot, app_context: AppContext, key: str, tags: list[str]
) -> None:
    contacts = app_context.core.contacts
    contacts.create(Contact(given_name="Ana", tags=["pycon"]))
    dialog = TagsDialog(app_context, current="pycon")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    seen = type_then_alt(qtbot, "conference", key)
    dialog.rename_button.click()
    assert seen == ["conference"]
    qtbot.waitUntil(lambda: [t.name for t in contacts.tags()] == tags)
