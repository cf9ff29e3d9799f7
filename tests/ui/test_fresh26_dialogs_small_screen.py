"""Find duplicates and Help > Keyboard shortcuts open within a small screen (1400x900 at
QT_SCALE_FACTOR=2 is 700x450; 1366x768 at 125% leaves about 1093x580): they opened at
780x480 and 560x620, their buttons (Close, Merge…) below the screen's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog, QMenuBar
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import DuplicatesDialog
from netdesk.ui.shortcuts_dialog import ShortcutsDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SMALL = QRect(0, 0, 700, 450)


def _fits(dialog: QDialog) -> bool:
    return dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height()


def test_find_duplicates_opens_within_a_small_screen(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SMALL)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.searched, timeout=5000)
    assert _fits(dialog)


def test_the_shortcuts_list_opens_within_a_small_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: SMALL)
    bar = QMenuBar()
    qtbot.addWidget(bar)
    dialog = ShortcutsDialog(bar)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _fits(dialog)


def test_on_a_screen_with_room_they_open_at_their_first_size(
    qtbot: QtBot, app_context: AppContext
) -> None:
    bar = QMenuBar()
    qtbot.addWidget(bar)
    shortcuts = ShortcutsDialog(bar)
    qtbot.addWidget(shortcuts)
    duplicates = DuplicatesDialog(app_context)
    qtbot.addWidget(duplicates)
    assert (shortcuts.width(), shortcuts.height()) == (560, 620)
    assert (duplicates.width(), duplicates.height()) == (780, 480)
