"""A setting set while the settings file was being written (the write of a Settings the
collector frees runs on whatever thread frees it) was dropped: after the write, everything
waiting was forgotten, the value set meanwhile too, never written. (review26)"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.settings import Settings


def test_a_value_set_while_the_file_is_written_is_written_next(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.ini"
    settings = Settings(path)
    settings.set(s.SORT_ORDER, "next_due")
    sync = QSettings.sync
    meanwhile: list[bool] = []

    def sync_and_set_meanwhile(self: QSettings) -> None:
        sync(self)
        if not meanwhile:
            meanwhile.append(True)
            settings.save_geometry("main_splitter", QByteArray(b"set meanwhile"))

    monkeypatch.setattr(QSettings, "sync", sync_and_set_meanwhile)
    assert settings.flush()
    assert meanwhile
    assert settings.flush()  # the next write takes it
    monkeypatch.undo()
    again = QSettings(str(path), QSettings.Format.IniFormat)  # a fresh read of the file
    assert again.value("window/sort_order") == "next_due"
    assert again.value("geometry/main_splitter") == QByteArray(b"set meanwhile")
