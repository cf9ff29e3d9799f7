"""Preferences' OK wrote the settings file once for each of its eight settings (a sync each,
17 ms typically on the window's thread, 348 ms once on a slow disk). It writes it once."""

from __future__ import annotations

import configparser

import pytest
from PySide6.QtCore import QSettings, QTime
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog


def test_ok_writes_the_settings_file_once_with_every_field(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    prefs.cadence.setCurrentIndex(prefs.cadence.findData(30))
    prefs.quiet_start.setTime(QTime(22, 30))
    prefs.keep.setValue(12)
    syncs: list[str] = []
    sync = QSettings.sync
    monkeypatch.setattr(QSettings, "sync", lambda self: (syncs.append(self.fileName()), sync(self)))
    prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted
    path = app_context.paths.data_dir / "settings.ini"
    assert syncs == [str(path)]
    written = configparser.ConfigParser(interpolation=None)
    written.read(path, encoding="utf-8")  # the file itself, not what a QSettings shares
    assert written["contacts"]["default_cadence_days"] == "30"
    assert written["reminders"]["quiet_start"] == "22:30"
    assert written["backups"]["keep_daily"] == "12"
