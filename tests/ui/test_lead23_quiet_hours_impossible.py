"""Quiet hours typed as an hour that does not exist ("25:00") are said and not saved: the
field showed 02:00 with its hour said wrong, and OK saved 02:00."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings


def test_an_hour_that_does_not_exist_is_said_and_not_saved(
    qtbot: QtBot, app_context: AppContext
) -> None:
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    prefs.show()
    before = prefs.quiet_end.time().toString("HH:mm")
    prefs.quiet_end.setFocus()
    QTest.keyClick(prefs.quiet_end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(prefs.quiet_end, "25:00")
    prefs.accept()
    assert prefs.isVisible()  # still open, the hour to type again
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert "There is no hour 25" in prefs.problem.text()
    again = Settings(app_context.paths.data_dir / "settings.ini")
    assert again.get(s.QUIET_HOURS_END) in (None, "", before)
    # typed again as it exists: saved
    QTest.keyClick(prefs.quiet_end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(prefs.quiet_end, "07:15")
    prefs.accept()
    again = Settings(app_context.paths.data_dir / "settings.ini")
    assert again.get(s.QUIET_HOURS_END) == "07:15"
