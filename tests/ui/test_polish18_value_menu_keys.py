"""Shift+F10 in a card value opens its menu ("Write e-mail", "Move down"...), as the Menu
key does: Qt does not on Linux, and on a laptop without a Menu key the menu (the only way
to write to an e-mail address or call a number from the card) was out of the keyboard's
reach."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui import card_fields as cf


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_shift_f10_in_an_email_opens_its_menu(qtbot: QtBot) -> None:
    editor = cf.emails_editor()
    qtbot.addWidget(editor)
    editor.set_values([EmailAddress("ana@example.org", "work"), EmailAddress("a@b.example")])
    with qtbot.waitExposed(editor):
        editor.show()
    with qtbot.waitActive(editor):
        editor.activateWindow()
    edit = editor.rows[0].value_edits()[0]
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    shown: list[list[str]] = []

    def read_and_close() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):  # not up yet
            QTimer.singleShot(10, read_and_close)
            return
        shown.append([a.text().split("\t")[0] for a in menu.actions() if a.text()])
        menu.close()

    QTimer.singleShot(0, read_and_close)
    QTest.keyClick(edit, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(shown))
    assert "&Write e-mail" in shown[0]
    assert "Move &down" in shown[0]
