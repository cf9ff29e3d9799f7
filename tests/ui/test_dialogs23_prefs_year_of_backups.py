"""Preferences over a year of backups reads whose each backup is once, not at each opening."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from netdesk.store import backup_owner
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog


def test_a_year_of_daily_backups_is_read_once(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With "Daily backups kept" at 365 (the most the field offers), every opening of
    Preferences opened each of the 369 backups with SQLite again on the window's thread
    (0.4 s on a local disk, seconds on a USB drive): what each file's owner is was kept for
    256 files, and that memory was emptied each time it filled."""
    app_context.settings.set(s.BACKUPS_TO_KEEP, 365)
    assert backup_owner.this_database() is not None  # written by its first backup
    folder = app_context.paths.backups
    folder.mkdir(parents=True, exist_ok=True)
    day = dt.datetime(2026, 3, 1, 9, 0)
    for back in range(369):  # 365 days and four weeks' Sundays, as the rotation keeps them
        made = day - dt.timedelta(days=back)
        (folder / f"netdesk-{made:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"")  # (no owner known)
    monkeypatch.setattr(backup_owner, "_IDS", {})
    reads: list[str] = []
    read_id = backup_owner._read_id

    def counted(path):  # type: ignore[no-untyped-def]
        reads.append(str(path))
        return read_id(path)

    monkeypatch.setattr(backup_owner, "_read_id", counted)
    first = PreferencesDialog(app_context)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: not first.backups_reader.reading())  # read on a worker
    assert "369 backups" in first.backups_state.text()
    assert len(reads) >= 369  # each read once, to tell this database's from another's
    reads.clear()
    again = PreferencesDialog(app_context)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: not again.backups_reader.reading())  # read on a worker
    assert "369 backups" in again.backups_state.text()
    assert reads == []
