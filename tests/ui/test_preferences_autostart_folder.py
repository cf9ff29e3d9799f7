"""Preferences: start at login is this data folder's, not another's."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from netdesk.ui import autostart
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog


def test_an_entry_starting_another_data_folder_shows_unticked_and_ok_makes_it_this_ones(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """The work data folder starts at login; in the home folder's Preferences the box showed
    ticked, so ticking it (OK) changed nothing and the home contacts never started."""
    work = tmp_path / "work"
    autostart.set_start_at_login(True, work)
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    assert not prefs.start_at_login.isChecked()
    prefs.start_at_login.setChecked(True)
    prefs.accept()
    assert autostart.login_command() == autostart.launch_command(app_context.paths.data_dir)

    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    assert prefs.start_at_login.isChecked()
    autostart.set_start_at_login(True, work)  # and the work folder's Preferences took it back
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    assert not prefs.start_at_login.isChecked()
    prefs.accept()  # OK with the box as shown: the work folder's entry is left alone
    assert autostart.login_command() == autostart.launch_command(work)
