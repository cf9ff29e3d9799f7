"""Preferences on a desktop without a system tray say so, and do not offer to run in it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import preferences
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings


def test_without_a_tray_closing_to_it_is_not_offered(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """GNOME shows no tray without an extension: closing the window quits netdesk there,
    yet Preferences showed "Keep running in the tray when the window is closed" ticked."""
    monkeypatch.setattr(preferences, "tray_available", lambda: False, raising=False)
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    prefs.show()
    assert not prefs.close_to_tray.isEnabled()
    assert prefs.no_tray.isVisible()
    assert "no system tray" in prefs.no_tray.text()
    assert "quits" in prefs.no_tray.text()
    prefs.accept()  # the choice stays as it was, for a tray that comes later
    again = Settings(app_context.paths.data_dir / "settings.ini")
    assert again.get(s.CLOSE_TO_TRAY) is True


def test_with_a_tray_closing_to_it_is_offered(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preferences, "tray_available", lambda: True, raising=False)
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    prefs.show()
    assert prefs.close_to_tray.isEnabled()
    assert not prefs.no_tray.isVisible()
