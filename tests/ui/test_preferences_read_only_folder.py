"""Preferences with a backups folder netdesk cannot write to: said in red as it is typed, and
of the saved folder made read-only since; it said "No backup yet: netdesk makes one each day
it runs" while every daily backup failed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog


@pytest.fixture
def read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder without write permission. The tests run as root, whom permissions do not stop:
    there the system answers for it as it would a user."""
    folder = tmp_path / "read-only drive"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):
        real_access = os.access

        def access(path: object, mode: int, **options: object) -> bool:
            if Path(str(path)) == folder and mode & os.W_OK:
                return False
            return real_access(path, mode, **options)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "access", access)
    return folder


def said(folder: Path) -> str:
    return f"netdesk cannot write to the folder {folder} (is it read-only?)."


def test_a_read_only_folder_typed_is_said_before_ok(
    qtbot: QtBot, app_context: AppContext, read_only: Path
) -> None:
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    prefs.backup_folder.edit.setText(str(read_only))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.text() == said(read_only)
    assert prefs.backups_state.isHidden()
    prefs.accept()
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert prefs.problem.isHidden()  # said once, under the field
    prefs.backup_folder.edit.clear()  # the default folder: the note goes
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.isHidden()
    assert prefs.backups_state.text().startswith("No backup yet")


def test_the_saved_folder_made_read_only_since_is_said(
    qtbot: QtBot, app_context: AppContext, read_only: Path
) -> None:
    app_context.settings.set(s.BACKUP_FOLDER, str(read_only))
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert not prefs.backups_stale.isHidden()
    assert prefs.backups_stale.text() == said(read_only)
    prefs.keep.setValue(3)  # OK for another field is not refused
    prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted
