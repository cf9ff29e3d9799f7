"""Restore from backup with the chosen backups folder's drive unplugged (or not mounted where
/etc/fstab puts it): "There are no backups in this folder yet" was said of a drive full of
backups, to someone about to need one."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.ui import settings as s
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import RestoreDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

GONE = (
    "This folder is not there now (is its drive connected?): connect it, then open Restore "
    "from backup again to see its backups; or choose a file."
)


def shown(qtbot: QtBot, window: MainWindow) -> tuple[RestoreDialog, list[str]]:
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    return dialog, [label.text() for label in dialog.findChildren(QLabel) if not label.isHidden()]


def test_a_folder_on_a_drive_unplugged_is_said_not_empty(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    drive = tmp_path / "usb" / "netdesk"
    main_window.context.settings.set(s.BACKUP_FOLDER, str(drive))
    dialog, lines = shown(qtbot, main_window)
    assert lines[-1] == GONE
    assert dialog.empty.isHidden()
    assert not any("no backups in this folder yet" in line for line in lines)

    drive.mkdir(parents=True)  # connected again
    dialog, lines = shown(qtbot, main_window)
    assert dialog.gone.isHidden()
    assert "There are no backups in this folder yet" in lines[-1]


def test_backups_made_in_the_default_folder_meanwhile_are_listed_under_the_words(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path
) -> None:
    main_window.context.settings.set(s.BACKUP_FOLDER, str(tmp_path / "usb" / "netdesk"))
    default = main_window.context.paths.backups
    default.mkdir(parents=True)
    (default / "netdesk-20260301-090000.sqlite3").write_bytes(b"x")
    dialog, lines = shown(qtbot, main_window)
    assert GONE in lines
    assert dialog.table.topLevelItemCount() == 1


def test_a_mount_point_with_nothing_mounted_is_said_too(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "mnt" / "usb"
    (stick / "netdesk").mkdir(parents=True)  # the empty mount point's folder, local disk
    fstab = tmp_path / "fstab"
    fstab.write_text(f"LABEL=STICK {stick} vfat noauto,user 0 0\n", encoding="utf-8")
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text("22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n")
    monkeypatch.setattr(backups, "FSTAB", fstab)
    monkeypatch.setattr(backups, "MOUNTINFO", mountinfo)
    main_window.context.settings.set(s.BACKUP_FOLDER, str(stick / "netdesk"))
    dialog, lines = shown(qtbot, main_window)
    assert lines[-1] == GONE
    assert dialog.empty.isHidden()
