"""Preferences: "Daily backups kept" set by hand beyond what the spin box offers."""

from __future__ import annotations

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings


def test_ok_for_another_field_keeps_more_daily_backups_set_by_hand(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """The box offered up to 365: OK for the quiet hours wrote 365 over 1000, and the next
    backup's rotation removed the backups of the older days."""
    assert app_context.settings.set(s.BACKUPS_TO_KEEP, 1000)
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    assert prefs.keep.value() == 1000
    prefs.quiet_start.setTime(QTime(22, 0))
    prefs.accept()
    again = Settings(app_context.paths.data_dir / "settings.ini")
    assert again.get(s.BACKUPS_TO_KEEP) == 1000
    assert again.get(s.QUIET_HOURS_START) == "22:00"
    prefs = PreferencesDialog(app_context)  # and lowered from there, as any value
    qtbot.addWidget(prefs)
    prefs.keep.setValue(30)
    prefs.accept()
    assert app_context.settings.get(s.BACKUPS_TO_KEEP) == 30
