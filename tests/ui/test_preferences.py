"""Preferences: every field persists to the settings file and a fresh Settings reads it back."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import Contact
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings
from netdesk.ui.tray import CalendarFeed, ReminderTray


def dialog(qtbot: QtBot, context: AppContext) -> PreferencesDialog:
    prefs = PreferencesDialog(context)
    qtbot.addWidget(prefs)
    return prefs


def reread(context: AppContext) -> Settings:
    """A second Settings over the same file, as the next start of netdesk would build."""
    return Settings(context.paths.data_dir / "settings.ini")


def autostart_entry() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "org.netdesk.NetDesk.desktop"


def test_defaults_shown(qtbot: QtBot, app_context: AppContext) -> None:
    prefs = dialog(qtbot, app_context)
    assert prefs.cadence.currentData() is None  # "Never"
    assert prefs.quiet_start.time() == QTime(21, 0)
    assert prefs.quiet_end.time() == QTime(8, 0)
    assert not prefs.start_at_login.isChecked()
    assert prefs.backup_folder.text() == ""
    assert prefs.backup_folder.edit.placeholderText() == str(app_context.paths.backups)
    assert prefs.keep.value() == 7
    assert prefs.ics_folder.text() == ""
    assert prefs.data_folder.text() == str(app_context.paths.data_dir)
    assert prefs.data_folder.isReadOnly()


def test_every_field_persists_and_is_read_back(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    prefs = dialog(qtbot, app_context)
    prefs.cadence.setCurrentIndex(prefs.cadence.findData(30))
    prefs.quiet_start.setTime(QTime(22, 30))
    prefs.quiet_end.setTime(QTime(7, 15))
    prefs.backup_folder.edit.setText(str(tmp_path / "backups elsewhere"))
    prefs.keep.setValue(12)
    prefs.ics_folder.edit.setText(str(tmp_path / "calendar"))
    with qtbot.waitSignal(app_context.changes.follow_ups_changed):
        prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted

    again = reread(app_context)
    assert again.get(s.DEFAULT_CADENCE_DAYS) == 30
    assert again.get(s.QUIET_HOURS_START) == "22:30"
    assert again.get(s.QUIET_HOURS_END) == "07:15"
    assert again.get(s.BACKUP_FOLDER) == str(tmp_path / "backups elsewhere")
    assert again.get(s.BACKUPS_TO_KEEP) == 12
    assert again.get(s.ICS_FOLDER) == str(tmp_path / "calendar")

    # The next dialog shows what was saved.
    shown = dialog(qtbot, app_context)
    assert shown.cadence.currentData() == 30
    assert shown.quiet_start.time() == QTime(22, 30)
    assert shown.keep.value() == 12
    assert shown.ics_folder.text() == str(tmp_path / "calendar")


def test_cancel_changes_nothing(qtbot: QtBot, app_context: AppContext, tmp_path: Path) -> None:
    prefs = dialog(qtbot, app_context)
    prefs.keep.setValue(3)
    prefs.ics_folder.edit.setText(str(tmp_path))
    prefs.start_at_login.setChecked(True)
    prefs.close_to_tray.setChecked(False)
    prefs.reject()
    again = reread(app_context)
    assert again.get(s.CLOSE_TO_TRAY) is True
    assert again.get(s.BACKUPS_TO_KEEP) == 7
    assert again.get(s.ICS_FOLDER) == ""
    assert not autostart_entry().exists()


def test_cadence_back_to_never(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.settings.set(s.DEFAULT_CADENCE_DAYS, 14)
    prefs = dialog(qtbot, app_context)
    assert prefs.cadence.currentData() == 14
    prefs.cadence.setCurrentIndex(prefs.cadence.findData(None))
    prefs.accept()
    assert reread(app_context).get(s.DEFAULT_CADENCE_DAYS) == 0


def test_unlisted_cadence_is_kept_not_rounded(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.settings.set(s.DEFAULT_CADENCE_DAYS, 45)
    prefs = dialog(qtbot, app_context)
    assert prefs.cadence.currentData() == 45
    prefs.accept()
    assert reread(app_context).get(s.DEFAULT_CADENCE_DAYS) == 45


def test_start_at_login_creates_and_removes_the_autostart_file(
    qtbot: QtBot, app_context: AppContext
) -> None:
    prefs = dialog(qtbot, app_context)
    prefs.start_at_login.setChecked(True)
    prefs.accept()
    assert autostart_entry().is_file()
    exec_line = next(
        line
        for line in autostart_entry().read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    # this data folder, not the default one: netdesk started at login opens the same contacts
    assert exec_line.endswith(f" --data-dir {app_context.paths.data_dir} --minimized")
    assert reread(app_context).get(s.START_AT_LOGIN) is True

    prefs = dialog(qtbot, app_context)
    assert prefs.start_at_login.isChecked()
    prefs.start_at_login.setChecked(False)
    prefs.accept()
    assert not autostart_entry().exists()
    assert reread(app_context).get(s.START_AT_LOGIN) is False


def test_checkbox_follows_the_real_autostart_entry(qtbot: QtBot, app_context: AppContext) -> None:
    app_context.settings.set(s.START_AT_LOGIN, True)  # but the user deleted the entry by hand
    prefs = dialog(qtbot, app_context)
    assert not prefs.start_at_login.isChecked()
    prefs.start_at_login.setChecked(True)
    prefs.accept()
    assert autostart_entry().is_file()


def test_an_entry_that_starts_nothing_shows_unticked_and_ok_mends_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    from netdesk.ui import autostart

    # netdesk moved since the entry was written: ticked, OK did nothing, nothing started
    autostart.set_linux(True, ["/gone/bin/python", "-m", "netdesk", "--minimized"])
    prefs = dialog(qtbot, app_context)
    assert not prefs.start_at_login.isChecked()
    prefs.start_at_login.setChecked(True)
    prefs.accept()
    assert autostart.login_command() == autostart.launch_command(app_context.paths.data_dir)
    assert dialog(qtbot, app_context).start_at_login.isChecked()


def test_folder_pickers_and_clear_buttons(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "picked"
    asked: list[str] = []

    def fake_picker(_parent: object, caption: str, _start: str) -> str:
        asked.append(caption)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", fake_picker)
    prefs = dialog(qtbot, app_context)
    for field in (prefs.ics_folder, prefs.backup_folder):
        assert field.clear is not None
        assert not field.clear.isEnabled()
        field.choose.click()
        assert field.text() == str(chosen)
        assert field.clear.isEnabled()
    assert asked == ["Calendar feed folder", "Backups folder"]
    prefs.accept()
    assert reread(app_context).get(s.ICS_FOLDER) == str(chosen)

    prefs = dialog(qtbot, app_context)
    assert prefs.ics_folder.clear is not None
    prefs.ics_folder.clear.click()
    assert prefs.ics_folder.text() == ""
    prefs.accept()
    assert reread(app_context).get(s.ICS_FOLDER) == ""


def test_cancelled_picker_keeps_the_folder(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: "")
    prefs = dialog(qtbot, app_context)
    prefs.ics_folder.edit.setText("/somewhere")
    prefs.ics_folder.choose.click()
    assert prefs.ics_folder.text() == "/somewhere"


def test_a_file_is_refused_as_a_folder(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    prefs = dialog(qtbot, app_context)
    prefs.ics_folder.edit.setText(str(a_file))
    prefs.accept()
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert "is a file, not a folder" in prefs.problem.text()
    assert reread(app_context).get(s.ICS_FOLDER) == ""


def test_calendar_feed_writes_into_the_chosen_folder(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    feed = CalendarFeed(app_context)
    feed.start()
    assert not feed.timer.isActive()  # no folder yet: nothing to keep current
    prefs = dialog(qtbot, app_context)
    prefs.ics_folder.edit.setText(str(tmp_path / "calendar"))
    prefs.accept()
    assert feed.timer.isActive()
    feed.stop()  # writes now instead of after the debounce
    written = tmp_path / "calendar" / "netdesk.ics"
    assert written.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_open_data_folder(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    prefs = dialog(qtbot, app_context)
    prefs.open_data.click()
    assert [url.toLocalFile() for url in opened] == [str(app_context.paths.data_dir)]


@pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "does not support raise", "does not support activateWindow"
)
def test_new_quiet_hours_hold_reminders_back_at_once(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock
) -> None:
    core = app_context.core
    ana = core.contacts.create(Contact(given_name="Ana"))
    core.follow_ups.add(ana, dt.datetime(2026, 3, 2, 12, 30), "Lunch call")
    window = QWidget()
    window.before_close = None  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    tray = ReminderTray(app_context, window)  # type: ignore[arg-type]
    tray.available = True
    messages: list[tuple[str, str]] = []
    tray.post_message = lambda title, text: messages.append((title, text))  # type: ignore[method-assign]
    tray.start()
    try:
        prefs = dialog(qtbot, app_context)
        prefs.show()
        prefs.quiet_start.setTime(QTime(12, 0))
        prefs.quiet_end.setTime(QTime(13, 0))
        QTest.keyClick(prefs.keep, Qt.Key.Key_Return)
        assert prefs.result() == PreferencesDialog.DialogCode.Accepted
        clock.advance(hours=3, minutes=31)  # 12:31, inside the new quiet hours
        tray.notifier.check()
        assert messages == []
        clock.advance(minutes=30)  # 13:01, they are over
        tray.notifier.check()
        assert messages == [("Ana", "Lunch call")]
    finally:
        tray.stop()


@pytest.mark.qt_log_ignore(
    "systemTrayWindowChanged", "does not support raise", "does not support activateWindow"
)
def test_close_to_tray_can_be_turned_back_on(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After "Quit on close instead" in the close-to-tray news, Preferences bring it back."""
    from netdesk.ui import preferences
    from netdesk.ui.main_window import MainWindow

    monkeypatch.setattr(preferences, "tray_available", lambda: True)  # (offscreen has none)

    app_context.settings.set(s.CLOSE_TO_TRAY_EXPLAINED, True)
    app_context.settings.set(s.CLOSE_TO_TRAY, False)
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.load()
    tray = ReminderTray(app_context, window)
    tray.available = True
    tray.tray_available = lambda: True  # (offscreen has none, and closing looks at it)
    tray.start()
    try:
        prefs = dialog(qtbot, app_context)
        assert not prefs.close_to_tray.isChecked()
        prefs.close_to_tray.click()
        prefs.accept()
        assert reread(app_context).get(s.CLOSE_TO_TRAY) is True
        window.show()
        assert not window.close()  # hidden to the tray, netdesk keeps running
        assert not window.isVisible()
    finally:
        tray.stop()


def test_preferences_the_settings_file_cannot_take_are_said_and_ok_tries_again(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """A full disk or a read-only folder: the dialog used to close as if all was saved, and the
    next start had forgotten every change. (A folder in the file's place stands for either:
    the tests run as root, whom permissions do not stop.)"""
    ini = app_context.paths.data_dir / "settings.ini"
    ini.mkdir()
    app_context.settings = Settings(ini)
    prefs = dialog(qtbot, app_context)
    prefs.show()
    prefs.keep.setValue(3)
    ok = prefs.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert prefs.isVisible()
    assert str(ini) in prefs.problem.text() and "could not be saved" in prefs.problem.text()
    assert app_context.settings.get(s.BACKUPS_TO_KEEP) == 3  # in use meanwhile
    ini.rmdir()  # space freed, the folder writable again
    ok.click()
    assert not prefs.isVisible()
    assert reread(app_context).get(s.BACKUPS_TO_KEEP) == 3


def test_a_typed_folder_is_read_as_a_shell_would_and_a_relative_one_refused(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    prefs = dialog(qtbot, app_context)
    prefs.backup_folder.edit.setText("backups")  # relative: wherever netdesk was started
    prefs.accept()
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert "not a full path" in prefs.problem.text()
    assert reread(app_context).get(s.BACKUP_FOLDER) == ""

    prefs.backup_folder.edit.setText("~/netdesk backups")
    prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted
    assert reread(app_context).get(s.BACKUP_FOLDER) == str(tmp_path / "netdesk backups")


def test_a_folder_that_cannot_be_made_is_refused_and_a_new_one_is_made(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    """It was accepted without a word, and every daily backup then failed, told only for a
    few seconds in the status bar at start-up. (A path through a file stands for a read-only
    drive: the tests run as root.)"""
    (tmp_path / "notes.txt").write_text("x")
    unusable = tmp_path / "notes.txt" / "backups"
    prefs = dialog(qtbot, app_context)
    prefs.backup_folder.edit.setText(str(unusable))
    prefs.accept()
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert f"netdesk cannot make the folder {unusable}: Not a directory" == prefs.problem.text()
    assert reread(app_context).get(s.BACKUP_FOLDER) == ""

    usable = tmp_path / "drive" / "netdesk backups"
    prefs.backup_folder.edit.setText(str(usable))
    prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted
    assert usable.is_dir()
    assert reread(app_context).get(s.BACKUP_FOLDER) == str(usable)


def test_quiet_hours_written_by_hand_read_as_the_reminders_read_them(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """'7:30' in settings.ini: the reminders kept quiet until 07:30, the dialog showed 08:00
    and wrote it back on OK."""
    app_context.settings.set(s.QUIET_HOURS_END, "7:30")
    app_context.settings.set(s.QUIET_HOURS_START, " 22:15")
    prefs = dialog(qtbot, app_context)
    assert prefs.quiet_end.time().toString("HH:mm") == "07:30"
    assert prefs.quiet_start.time().toString("HH:mm") == "22:15"


def test_the_backups_are_said_and_a_daily_backup_not_made_for_days_is_said_in_red(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, tmp_path: Path
) -> None:
    # a daily backup that fails is said once, in the status bar of a window that a netdesk
    # started at login in the tray never shows: weeks without a backup, unknown
    backups = app_context.paths.backups
    prefs = dialog(qtbot, app_context)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_state.text() == "No backup yet: netdesk makes one each day it runs."
    assert "last four weeks" in prefs.keep.toolTip()  # why more are kept than the number
    assert prefs.backups_stale.isHidden()
    backups.mkdir(parents=True)
    (backups / "netdesk-20260301-090000.sqlite3").write_bytes(b"x" * 1000)
    (backups / "netdesk-20260302-083000.sqlite3").write_bytes(b"x" * 2000)
    (backups / "before-restore-20260302-084000.sqlite3").write_bytes(b"x")  # not a backup
    (backups / "netdesk-20260302-080000-schema3.sqlite3").write_bytes(b"x")  # nor this
    prefs = dialog(qtbot, app_context)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    state = prefs.backups_state.text()
    assert state.startswith("Latest backup: ") and "(2 backups, " in state
    assert prefs.backups_stale.isHidden()

    clock.advance(days=3)  # and nothing since
    prefs = dialog(qtbot, app_context)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_state.isHidden()
    stale = prefs.backups_stale.text()
    assert stale.startswith("No backup since ") and "may be failing" in stale
    assert not prefs.backups_stale.isHidden()

    other = tmp_path / "other backups"  # another folder typed: its backups alone are said
    other.mkdir()
    (other / "netdesk-20260304-090000.sqlite3").write_bytes(b"x")
    (other / "netdesk-20260305-090000.sqlite3").write_bytes(b"x")
    prefs.backup_folder.edit.setText(str(other))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.isHidden()
    assert "(2 backups, " in prefs.backups_state.text()
    prefs.backup_folder.edit.setText(str(tmp_path / "a drive just chosen"))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_state.text().startswith("No backup yet")  # not the default folder's


def test_the_same_quiet_hours_start_and_end_is_said_to_mean_none(
    qtbot: QtBot, app_context: AppContext
) -> None:
    prefs = dialog(qtbot, app_context)
    assert prefs.quiet_none.isHidden()
    prefs.quiet_end.setTime(QTime(21, 0))
    assert not prefs.quiet_none.isHidden()
    assert prefs.quiet_none.text() == "none: reminders come at any hour"
    prefs.quiet_start.setTime(QTime(22, 0))
    assert prefs.quiet_none.isHidden()


def test_a_chosen_backups_folder_that_is_gone_is_said_with_where_the_backups_go(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    # its drive unplugged: "No backup yet" was shown, as for a new folder
    drive = tmp_path / "usb" / "netdesk"
    app_context.settings.set(s.BACKUP_FOLDER, str(drive))
    prefs = dialog(qtbot, app_context)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    stale = prefs.backups_stale.text()
    assert stale.startswith(
        f"The backups folder {drive} is not there (is its drive connected?): the daily "
        f"backups go to {app_context.paths.backups} meanwhile. "
    )
    assert prefs.backups_state.isHidden()
    prefs.backup_folder.edit.setText(str(tmp_path / "new"))  # typed: made on OK
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.isHidden()
    assert not (tmp_path / "new").exists()
