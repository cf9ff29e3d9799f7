"""Restore from backup's "Choose a file…" with the chosen backups folder's drive unplugged:
the chooser opened where netdesk happened to be started from (the folder it was given is not
there), or in the empty mount point of a drive not mounted, instead of the folder where the
daily backups go meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from modal_answers import ModalAnswers
from pytestqt.qtbot import QtBot

from netdesk.core import backups
from netdesk.ui import settings as s
from netdesk.ui.main_window import MainWindow
from netdesk.ui.restore_dialog import RestoreDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _chooser_starts_in(qtbot: QtBot, window: MainWindow) -> Path:
    dialog = RestoreDialog(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.listing.reading())  # listed on a worker
    started: list[Path] = []

    def look(chooser: object) -> None:
        started.append(Path(chooser.directory().absolutePath()))  # type: ignore[attr-defined]
        chooser.reject()  # type: ignore[attr-defined]

    answers = ModalAnswers("Cancel", act=look)
    try:
        dialog.choose_file()
    finally:
        answers.stop()
    assert len(started) == 1
    return started[0]


def test_the_chooser_starts_where_the_backups_go_while_the_drive_is_unplugged(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # where netdesk was started from
    main_window.context.settings.set(s.BACKUP_FOLDER, str(tmp_path / "usb" / "netdesk"))
    default = main_window.context.paths.backups
    default.mkdir(parents=True)
    assert _chooser_starts_in(qtbot, main_window) == default
    default.rmdir()  # no backup made yet anywhere: the data folder
    assert _chooser_starts_in(qtbot, main_window) == main_window.context.paths.data_dir
    (tmp_path / "usb" / "netdesk").mkdir(parents=True)  # connected again
    assert _chooser_starts_in(qtbot, main_window) == tmp_path / "usb" / "netdesk"


def test_the_chooser_does_not_start_in_the_empty_mount_point_of_a_drive_not_mounted(
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
    main_window.context.paths.backups.mkdir(parents=True)
    assert _chooser_starts_in(qtbot, main_window) == main_window.context.paths.backups
