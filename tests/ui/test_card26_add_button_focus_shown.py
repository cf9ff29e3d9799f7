"""A list's "Add e-mail" (a flat button) shows when Tab lands on it: Fusion draws a button's
focus with its frame, which a flat button has not, and nothing on screen said where the
keyboard was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui import card_fields as cf


def test_tab_onto_add_shows_the_focus(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QLineEdit()
    layout.addWidget(before)
    emails = cf.emails_editor()
    layout.addWidget(emails)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    before.setFocus()
    unfocused = emails.add_button.grab().toImage()
    QTest.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is emails.add_button
    assert emails.add_button.grab().toImage() != unfocused
    QTest.keyClick(emails.add_button, Qt.Key.Key_Backtab)
    assert emails.add_button.grab().toImage() == unfocused  # and goes with the focus
