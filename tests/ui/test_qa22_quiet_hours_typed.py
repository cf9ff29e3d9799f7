"""Quiet hours typed over the whole field are the hours saved: "22:30" typed over a
selected "21:00" saved 21:30 (each digit of the hour refused, see netdesk/ui/date_typing.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings


def test_quiet_hours_typed_over_the_field_are_saved(qtbot: QtBot, app_context: AppContext) -> None:
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    for edit, typed in ((prefs.quiet_start, "22:30"), (prefs.quiet_end, "7:15")):
        edit.setFocus()
        QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(edit, typed)
    prefs.accept()
    again = Settings(app_context.paths.data_dir / "settings.ini")
    assert (again.get(s.QUIET_HOURS_START), again.get(s.QUIET_HOURS_END)) == ("22:30", "07:15")
