"""Preferences reads the backups folder on a worker: the dialog shows at once, the backups line
follows; a folder typed meanwhile is the one said; closing while it reads is clean."""

from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.core.clock import FixedClock
from netdesk.store import backup_owner
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog, backups_pool

PENDING = "Looking at the backups…"


class SlowDrive:
    """Every backup's owner read (SQLite opening the file) waits for ``release`` on a worker,
    as on a USB drive waking up; one asked on the window's thread is noted and not held (the
    window would freeze, and the test with it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.read: list[Path] = []  # each file opened, in order
        self.on_gui_thread: list[Path] = []
        real = backup_owner._read_id

        def slow(path: Path) -> str | None:
            if threading.current_thread() is threading.main_thread():
                self.on_gui_thread.append(path)
            else:
                self.release.wait(10)
            self.read.append(path)
            return real(path)

        monkeypatch.setattr(backup_owner, "_IDS", {})  # the session's first opening
        monkeypatch.setattr(backup_owner, "_read_id", slow)


def real_backups(context: AppContext, folder: Path, days: int, clock: FixedClock) -> list[Path]:
    """``days`` real backups of the app's database in ``folder``, one a day up to today."""
    folder.mkdir(parents=True, exist_ok=True)
    first = backups.backup_now(folder, clock.now() - dt.timedelta(days=days - 1))
    made = [first]
    for back in range(days - 1):
        when = clock.now() - dt.timedelta(days=back, hours=1)
        copy = folder / f"netdesk-{when:%Y%m%d-%H%M%S}.sqlite3"
        shutil.copyfile(first, copy)
        made.append(copy)
    return made


def read_ended(prefs: PreferencesDialog, qtbot: QtBot) -> None:
    """Every read started has ended and what it said (if anything) was delivered."""
    assert backups_pool().waitForDone(10_000)
    qtbot.wait(20)


def test_the_dialog_shows_at_once_and_the_backups_line_follows(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_backups(app_context, app_context.paths.backups, 3, clock)
    drive = SlowDrive(monkeypatch)
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    prefs.show()
    qtbot.waitExposed(prefs)
    assert drive.on_gui_thread == []  # not one backup opened on the window's thread
    assert prefs.backups_state.text() == PENDING
    assert not prefs.backups_state.isHidden()
    assert prefs.backups_stale.isHidden()
    assert prefs.backups_reader.reading()

    drive.release.set()
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())
    said = prefs.backups_state.text()
    assert said.startswith("Latest backup: ") and "(3 backups, " in said, said
    assert prefs.backups_stale.isHidden()
    assert drive.on_gui_thread == []


def test_a_folder_typed_while_the_backups_are_read_is_the_only_one_said(
    qtbot: QtBot,
    app_context: AppContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    default = real_backups(app_context, app_context.paths.backups, 3, clock)
    real_backups(app_context, tmp_path / "usb stick", 5, clock)
    drive = SlowDrive(monkeypatch)
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    shown: list[str] = []
    set_text = prefs.backups_state.setText

    def noted(text: str) -> None:
        shown.append(text)
        set_text(text)

    monkeypatch.setattr(prefs.backups_state, "setText", noted)
    prefs.show()
    qtbot.waitExposed(prefs)
    assert prefs.backups_state.text() == PENDING  # the default folder's read held

    prefs.backup_folder.edit.setText(str(tmp_path / "usb stick"))
    assert prefs.backups_state.text() == PENDING
    drive.release.set()
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())
    read_ended(prefs, qtbot)  # the default folder's read too, however late
    assert "(5 backups, " in prefs.backups_state.text()
    assert not any("(3 backups, " in text for text in shown), shown
    # the forgotten read stopped before its backups: none of them was opened
    assert not set(default) & set(drive.read)
    assert drive.on_gui_thread == []


@pytest.mark.parametrize("shown", [True, False], ids=["closed", "deleted unshown"])
def test_closing_while_the_backups_are_read_is_clean(
    qtbot: QtBot,
    app_context: AppContext,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    shown: bool,
) -> None:
    made = real_backups(app_context, app_context.paths.backups, 4, clock)
    drive = SlowDrive(monkeypatch)
    prefs = PreferencesDialog(app_context)
    if shown:
        prefs.show()
        qtbot.waitExposed(prefs)
        prefs.reject()  # Cancel, or Escape: nothing waits for the read
        assert prefs.isHidden()
    prefs.deleteLater()  # as the window lets a closed dialog go (release_closed)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(prefs)

    drive.release.set()  # the drive answers once the dialog is gone
    read_ended(prefs, qtbot)  # no exception in a slot, no Qt warning (both fail the test)
    assert not set(made) & set(drive.read)  # it stopped at its next file
    assert drive.on_gui_thread == []


def test_a_folder_that_cannot_be_looked_at_is_said_not_left_looking(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """A name longer than the file system takes (255 bytes): its stat raises, which was an
    error in a slot on the window's thread, and on the worker left "Looking at the backups…"."""
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())
    prefs.backup_folder.edit.setText(str(tmp_path / ("a" * 300)))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())
    assert prefs.backups_state.isHidden()
    said = prefs.backups_stale.text()
    assert said.startswith("The backups cannot be listed: ") and "too long" in said, said
    prefs.accept()  # raised the stat's error, on the window's thread
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    problem = prefs.problem.text()
    assert problem.startswith("netdesk cannot make the folder ") and "too long" in problem


def test_a_warning_longer_than_the_words_said_while_looking_is_shown_whole(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """The dialog is sized while the line says "Looking at the backups…": a two-line warning
    said after it squeezed the rows above it (the dialog short of its size hint)."""
    drive = tmp_path / "usb" / "a drive with a long name" / "netdesk backups"
    app_context.settings.set(s.BACKUP_FOLDER, str(drive))  # its drive unplugged
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    prefs.show()
    qtbot.waitExposed(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())
    assert prefs.backups_stale.text().startswith(f"The backups folder {drive} is not there")
    qtbot.waitUntil(lambda: prefs.height() >= prefs.sizeHint().height())
