"""The damaged-database box with the chosen backups folder's drive unplugged: it said "There are
no backups in /media/usb/netdesk" of a drive full of them, to someone whose database had just
turned out damaged; connected again, its backups are offered."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from test_damaged_database import Answers, names_in, paths, rescue_box  # noqa: F401

from netdesk.core.paths import Paths
from netdesk.ui.settings import BACKUP_FOLDER, Settings


class AnswersLooking(Answers):
    """Answers, and of each file dialog notes the folder it opened in and closes it."""

    def __init__(self, clicks: list[str]) -> None:
        super().__init__(clicks)
        self.started_in: list[Path] = []

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog) and widget.isVisible():
            self.started_in.append(Path(widget.directory().absolutePath()))
            widget.reject()
            return
        super().answer()


def test_a_backups_drive_unplugged_is_said_so_and_its_backups_offered_once_connected(
    qtbot: QtBot,
    paths: Paths,  # noqa: F811  (the fixture of test_damaged_database)
    tmp_path: Path,
) -> None:
    drive = tmp_path / "usb" / "netdesk"
    shutil.move(paths.backups, drive)
    paths.backups.mkdir()  # the default folder: no backup made there
    Settings(paths.data_dir / "settings.ini").set(BACKUP_FOLDER, str(drive))
    (tmp_path / "usb").rename(tmp_path / "usb-away")  # unplugged

    def plug_in(_folder: Path) -> None:
        (tmp_path / "usb-away").rename(tmp_path / "usb")

    answers = AnswersLooking(["chooseBackup", "openDataFolder", "restoreLatest"])
    box = rescue_box(paths)
    box.open_folder = plug_in
    assert box.ask() is True
    answers.stop()
    first, _again, connected = answers.boxes
    said = first[1]
    assert f"There are no backups in {drive}" not in said
    assert said.startswith(
        f"The backups folder {drive} is not there (is its drive connected?). Connect it, then "
        f"choose a backup from it. There are no backups in {paths.backups}. If you have a copy"
    )
    assert answers.started_in == [paths.backups]  # not where netdesk was started from
    assert connected[1].startswith("The latest backup, made ")
    assert box.restored_from == drive / "netdesk-20260301-090000.sqlite3"
    assert names_in(paths.database) == ["Ada", "Bob", "Cleo"]
