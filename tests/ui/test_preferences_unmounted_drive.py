"""Preferences with a backups folder on a drive /etc/fstab mounts at a fixed place (a USB
stick at /mnt/usb) while nothing is mounted there: said as the folder is chosen, before OK,
and the folder is not made on the local disk under the empty mount point."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.preferences import PreferencesDialog
from netdesk.ui.settings import Settings


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The mount point of a USB stick named in fstab, with nothing mounted on it (the
    kernel's list holds only the root)."""
    point = tmp_path / "mnt" / "usb stick"
    point.mkdir(parents=True)
    fstab = tmp_path / "fstab"
    fstab.write_text(
        "UUID=0a1b / ext4 errors=remount-ro 0 1\n"
        f"LABEL=STICK {str(point).replace(' ', chr(92) + '040')} vfat noauto,user 0 0\n",
        encoding="utf-8",
    )
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n")
    monkeypatch.setattr(backups, "FSTAB", fstab)
    monkeypatch.setattr(backups, "MOUNTINFO", mountinfo)
    return point


def _said(point: Path) -> str:
    return (
        f"No drive is mounted on {point} now (/etc/fstab names it as a drive's place): connect "
        "or mount that drive, then press OK; or choose another folder."
    )


def test_a_folder_on_a_drive_not_mounted_is_said_before_ok_and_not_made(
    qtbot: QtBot, app_context: AppContext, stick: Path, tmp_path: Path
) -> None:
    """It was taken without a word: made under the empty mount point (the local disk), while
    every backup went to the default folder, told only when Preferences was opened again."""
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    chosen = stick / "netdesk"
    prefs.backup_folder.edit.setText(str(chosen))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert not prefs.backups_stale.isHidden()  # before OK
    assert prefs.backups_stale.text() == _said(stick)
    assert prefs.backups_state.isHidden()

    prefs.accept()
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert prefs.problem.isHidden()  # said once, under the field
    assert not chosen.exists()  # nothing made on the local disk under the mount point
    assert Settings(app_context.paths.data_dir / "settings.ini").get(s.BACKUP_FOLDER) == ""

    prefs.backup_folder.edit.setText(str(stick))  # the mount point itself: the same
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.text() == _said(stick)

    elsewhere = tmp_path / "backups elsewhere"  # another folder: the note goes
    prefs.backup_folder.edit.setText(str(elsewhere))
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.isHidden()
    assert prefs.backups_state.text().startswith("No backup yet")
    prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted
    assert elsewhere.is_dir()


def test_a_calendar_feed_folder_on_a_drive_not_mounted_is_refused(
    qtbot: QtBot, app_context: AppContext, stick: Path
) -> None:
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    prefs.ics_folder.edit.setText(str(stick / "calendar"))
    prefs.accept()
    assert prefs.result() != PreferencesDialog.DialogCode.Accepted
    assert prefs.problem.text() == _said(stick)
    assert not (stick / "calendar").exists()


def test_a_saved_folder_on_a_drive_not_mounted_says_where_the_backups_go(
    qtbot: QtBot, app_context: AppContext, stick: Path
) -> None:
    """Saved so (by hand, or by an older netdesk), it exists, an empty folder under the mount
    point: 'is not there' was said of a folder that is there."""
    chosen = stick / "netdesk"
    chosen.mkdir()
    app_context.settings.set(s.BACKUP_FOLDER, str(chosen))
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    assert prefs.backups_stale.text() == (
        f"No drive is mounted on {stick} now (/etc/fstab names it as a drive's place): the "
        f"daily backups go to {app_context.paths.backups} until that drive is connected or "
        "mounted. No backup yet: netdesk makes one each day it runs."
    )
    prefs.keep.setValue(9)  # OK for another field keeps the folder as it is
    prefs.accept()
    assert prefs.result() == PreferencesDialog.DialogCode.Accepted
    assert Settings(app_context.paths.data_dir / "settings.ini").get(s.BACKUPS_TO_KEEP) == 9


def test_a_saved_folder_that_is_the_mount_point_itself_is_said_not_mounted(
    qtbot: QtBot, app_context: AppContext, stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The mount point of a drive not mounted is an empty folder of root's (0755): a backups
    folder saved as the mount point itself was said to be read-only, not 'not mounted'."""
    import os
    import stat

    from netdesk.ui import preferences

    stick.chmod(0o555)
    real = os.access

    def as_its_owner(path: object, mode: int) -> bool:  # root may write anywhere: a user not
        if mode == os.W_OK:
            return bool(os.stat(path).st_mode & stat.S_IWUSR)  # type: ignore[arg-type]
        return real(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(preferences.os, "access", as_its_owner)
    app_context.settings.set(s.BACKUP_FOLDER, str(stick))
    prefs = PreferencesDialog(app_context)
    qtbot.addWidget(prefs)
    qtbot.waitUntil(lambda: not prefs.backups_reader.reading())  # read on a worker
    said = prefs.backups_stale.text()
    stick.chmod(0o755)
    assert said.startswith(f"No drive is mounted on {stick} now"), said
    assert f"the daily backups go to {app_context.paths.backups}" in said
