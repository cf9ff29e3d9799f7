"""Settings: typed values in the data folder's settings.ini."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.settings import Settings


def test_a_data_folder_gone_is_not_made_again_and_its_settings_are_kept_until_it_is_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """QSettings made the moved folder again, with only settings.ini in it: in the way of the
    folder put back, and the next start found it without a database and made an empty one."""
    data = tmp_path / "data"
    data.mkdir()
    settings = Settings(data / "settings.ini")
    assert settings.set(s.BACKUPS_TO_KEEP, 3)
    moved = tmp_path / "moved"
    data.rename(moved)

    assert not settings.set(s.QUIET_HOURS_START, "22:30")
    settings.save_geometry("main", QByteArray(b"geometry"))
    QCoreApplication.processEvents()  # QSettings also writes what it holds on a posted event
    assert not data.exists()
    assert settings.get(s.QUIET_HOURS_START) == "22:30"  # in use until netdesk quits
    assert settings.geometry("main") == QByteArray(b"geometry")

    moved.rename(data)
    assert settings.set(s.SORT_ORDER, "next_due")
    again = Settings(data / "settings.ini")
    assert again.get(s.BACKUPS_TO_KEEP) == 3
    assert again.get(s.QUIET_HOURS_START) == "22:30"
    assert again.get(s.SORT_ORDER) == "next_due"
    assert again.geometry("main") == QByteArray(b"geometry")


def test_a_hand_edited_text_setting_with_a_comma_reads_as_text(tmp_path: Path) -> None:
    """QSettings reads an unquoted comma as a list: the app could not start (a filter
    'tag:friends, family') and netdesk-cli backup failed on 'My Backups, old'."""
    (tmp_path / "settings.ini").write_text(
        "[backups]\nfolder=/tmp/My Backups,old\n[window]\nlist_filter=tag:friends,  family\n"
        "[reminders]\npaused_until=2026-03-02T10:00Z\n",
        encoding="utf-8",
    )
    settings = Settings(tmp_path / "settings.ini")
    assert settings.get(s.BACKUP_FOLDER) == "/tmp/My Backups,old"  # as typed, not re-joined
    assert settings.get(s.LIST_FILTER) == "tag:friends,  family"
    from netdesk.ui.notifier import read_pause

    pause = read_pause(settings.get(s.PAUSED_UNTIL))  # an offset written by hand
    assert pause is not None and pause.tzinfo is None
    assert pause == dt.datetime(2026, 3, 2, 10, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def test_a_pause_written_at_the_ends_of_time_is_read_without_raising(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window's start read it, so raising there kept netdesk from starting."""
    import time

    from netdesk.ui.notifier import read_pause

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        assert read_pause("9999-12-31T23:00-05:00") is None  # past year 9999 in UTC
        assert read_pause("0001-01-01T00:30+01:00") is None  # before year 1
    finally:
        monkeypatch.undo()
        time.tzset()
