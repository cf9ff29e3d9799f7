"""Preferences' "Daily backups kept": a number it does not take ("0", or nothing) typed and
OK pressed went back to the number before it and was saved without a word."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _typed(qtbot: QtBot, context: AppContext, keys: str) -> PreferencesDialog:
    prefs = PreferencesDialog(context)
    qtbot.addWidget(prefs)
    prefs.show()
    prefs.keep.setFocus()
    prefs.keep.lineEdit().selectAll()
    if keys:
        QTest.keyClicks(prefs.keep.lineEdit(), keys)
    else:
        QTest.keyClick(prefs.keep.lineEdit(), Qt.Key.Key_Delete)
    return prefs


@pytest.mark.parametrize(
    ("keys", "said"),
    [
        ("0", "Daily backups kept: “0” is not a number from 1 to 365; 5 is kept."),
        ("", "Daily backups kept: no number was typed; 5 is kept."),
    ],
)
@pytest.mark.parametrize("how", ["Enter", "OK"])
def test_a_number_it_does_not_take_is_said_before_anything_is_saved(
    qtbot: QtBot, app_context: AppContext, keys: str, said: str, how: str
) -> None:
    app_context.settings.set(s.BACKUPS_TO_KEEP, 5)
    prefs = _typed(qtbot, app_context, keys)
    ok = prefs.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    if how == "Enter":
        QTest.keyClick(prefs.keep, Qt.Key.Key_Return)
    else:
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert prefs.isVisible()
    assert prefs.problem.text() == said
    assert prefs.keep.value() == 5
    assert prefs.focusWidget() in (prefs.keep, prefs.keep.lineEdit())  # to type again
    ok.click()  # told: OK again saves the number shown
    assert not prefs.isVisible()
    assert app_context.settings.get(s.BACKUPS_TO_KEEP) == 5


def test_a_number_typed_over_it_or_the_arrows_are_taken(
    qtbot: QtBot, app_context: AppContext
) -> None:
    prefs = _typed(qtbot, app_context, "0")
    QTest.keyClick(prefs.keep.lineEdit(), Qt.Key.Key_Backspace)
    QTest.keyClicks(prefs.keep.lineEdit(), "3")
    prefs.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not prefs.isVisible()
    assert app_context.settings.get(s.BACKUPS_TO_KEEP) == 3
    prefs = _typed(qtbot, app_context, "0")
    QTest.keyClick(prefs.keep, Qt.Key.Key_Up)  # (Qt puts the number kept back, 3)
    QTest.keyClick(prefs.keep, Qt.Key.Key_Up)  # and steps from it
    prefs.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert not prefs.isVisible()
    assert app_context.settings.get(s.BACKUPS_TO_KEEP) == 4
