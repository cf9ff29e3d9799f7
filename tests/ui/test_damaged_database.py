"""The start-up box for a damaged database, answered as a user would, over real files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from backup_files import malformed_copy
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.store import backup
from netdesk.ui.damaged_database import DamagedDatabase

NOW = dt.datetime(2026, 3, 2, 9, 30)


class Answers:
    """Clicks, box after box, the damaged database box's buttons named in ``clicks``; OK on
    any other box; types the next of ``files`` into each file dialog."""

    def __init__(self, clicks: list[str], files: list[Path] | None = None) -> None:
        self.clicks = list(clicks)
        self.files = list(files or [])
        self.boxes: list[tuple[str, str, list[str], str]] = []  # text, details, buttons, default
        self.others: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self.answer)
        self.timer.start(5)

    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or not widget.isVisible():
            return
        if isinstance(widget, QMessageBox) and widget.objectName() == "damagedDatabase":
            default = widget.defaultButton()
            names = [b.objectName() for b in widget.buttons() if b.objectName()]
            self.boxes.append(
                (
                    widget.text(),
                    widget.informativeText(),
                    names,
                    default.objectName() if default else "",
                )
            )
            wanted = self.clicks.pop(0)
            next(b for b in widget.buttons() if b.objectName() == wanted).click()
        elif isinstance(widget, QMessageBox):
            self.others.append(widget.text())
            widget.done(0)
        elif isinstance(widget, QFileDialog):
            edit = widget.findChild(QLineEdit, "fileNameEdit")
            assert edit is not None
            edit.setText(str(self.files.pop(0)))
            QTest.keyClick(edit, Qt.Key.Key_Return)

    def stop(self) -> None:
        self.timer.stop()


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT display_name FROM contact ORDER BY id").fetchall()
    connection.close()
    return [r[0] for r in rows]


@pytest.fixture
def paths(core: Core, tmp_data_dir: Path) -> Paths:
    """A data folder whose database lost its contacts' first page; its backups: a good one
    (Ada, Bob, Cleo archived) on 1 March, a backup of an empty database on 2 March and a
    file that is not a database on 3 March."""
    core.contacts.create(Contact(given_name="Ada"))
    core.contacts.create(Contact(given_name="Bob"))
    cleo = core.contacts.create(Contact(given_name="Cleo"))
    core.contacts.set_archived([cleo], True)
    folder = tmp_data_dir / "backups"
    good = backup.backup_to(folder / "netdesk-20260301-090000.sqlite3")
    core.close()
    empty = Core.open(Paths(tmp_data_dir / "fresh"))
    backup.backup_to(folder / "netdesk-20260302-090000.sqlite3")
    empty.close()
    (folder / "netdesk-20260303-090000.sqlite3").write_text("not a database")
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    malformed_copy(good, tmp_data_dir / "netdesk.sqlite3")
    return Paths(tmp_data_dir)


def rescue_box(paths: Paths, opened: list[Path] | None = None) -> DamagedDatabase:
    log_file = paths.data_dir / "logs" / "netdesk.log"
    return DamagedDatabase(
        paths,
        "database disk image is malformed",
        log_file,
        now=lambda: NOW,
        open_folder=(opened if opened is not None else []).append,
    )


def test_the_latest_backup_holding_contacts_is_offered_and_put_in_place(
    qtbot: QtBot, paths: Paths
) -> None:
    damaged = paths.database.read_bytes()
    answers = Answers(["restoreLatest"])
    box = rescue_box(paths)
    assert box.ask() is True
    answers.stop()
    [(text, details, buttons, default)] = answers.boxes
    assert text == f"{paths.database} is damaged: netdesk cannot read it."
    # the newest file that can be restored and holds contacts: not the empty one, not the
    # file that is no database; the archived counted apart, as the list counts them
    assert details.startswith(
        "The latest backup, made Sun 1 Mar 2026, 09:00, holds 2 contacts (1 archived). "
        "Restoring it sets the damaged file aside in the data folder (renamed, not deleted)"
    )
    assert buttons == ["restoreLatest", "quit", "chooseBackup", "openDataFolder"]
    assert default == "restoreLatest"
    assert names_in(paths.database) == ["Ada", "Bob", "Cleo"]
    kept = paths.data_dir / "netdesk-damaged-20260302-093000.sqlite3"
    assert box.kept_as == kept and kept.read_bytes() == damaged
    assert box.restored_from == paths.backups / "netdesk-20260301-090000.sqlite3"
    Core.open(paths).close()  # and netdesk opens it as usual


def test_without_backups_it_says_so_and_offers_a_copy_the_folder_or_quit(
    qtbot: QtBot, paths: Paths
) -> None:
    for made in paths.backups.iterdir():
        made.unlink()
    damaged = paths.database.read_bytes()
    opened: list[Path] = []
    answers = Answers(["openDataFolder", "quit"])
    assert rescue_box(paths, opened).ask() is False
    answers.stop()
    assert opened == [paths.data_dir]
    assert len(answers.boxes) == 2  # the box again after the folder was shown
    _text, details, buttons, default = answers.boxes[0]
    assert details.startswith(f"There are no backups in {paths.backups}. If you have a copy")
    assert buttons == ["quit", "chooseBackup", "openDataFolder"]
    assert default == "chooseBackup"
    assert paths.database.read_bytes() == damaged
    assert sorted(p.name for p in paths.data_dir.iterdir() if p.is_file()) == ["netdesk.sqlite3"]


@pytest.mark.qt_log_ignore("does not support QPlatformServices::openDocument")
def test_without_a_file_manager_the_data_folder_is_named(qtbot: QtBot, paths: Paths) -> None:
    answers = Answers(["openDataFolder", "quit"])
    box = DamagedDatabase(paths, "database disk image is malformed", paths.data_dir / "x.log")
    assert box.ask() is False  # (offscreen, nothing can open the folder)
    answers.stop()
    assert answers.others == [f"No file manager could open this folder:\n{paths.data_dir}"]


def test_a_chosen_file_is_checked_before_it_is_put_in_place(
    qtbot: QtBot, paths: Paths, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("shopping list")
    usb = tmp_path / "usb" / "old.sqlite3"
    usb.parent.mkdir()
    (paths.backups / "netdesk-20260301-090000.sqlite3").rename(usb)
    answers = Answers(["chooseBackup", "chooseBackup"], files=[notes, usb])
    box = rescue_box(paths)
    assert box.ask() is True
    answers.stop()
    assert answers.others == [f"{notes} is not a netdesk backup, or it is damaged."]
    # the empty backup is all that is left in the folder: offered, with its count
    assert "holds 0 contacts" in answers.boxes[0][1]
    assert names_in(paths.database) == ["Ada", "Bob", "Cleo"]
    assert box.restored_from == usb


def test_a_latest_backup_found_damaged_is_said_and_the_one_before_offered(
    qtbot: QtBot, paths: Paths
) -> None:
    good = paths.backups / "netdesk-20260301-090000.sqlite3"
    (paths.backups / "netdesk-20260303-090000.sqlite3").unlink()
    (paths.backups / "netdesk-20260302-090000.sqlite3").unlink()
    malformed_copy(good, paths.backups / "netdesk-20260304-090000.sqlite3")
    answers = Answers(["restoreLatest", "restoreLatest"])
    box = rescue_box(paths)
    assert box.ask() is True
    answers.stop()
    first, second = answers.boxes
    assert "made Wed 4 Mar 2026, 09:00" in first[1]
    [refusal] = answers.others
    assert "netdesk-20260304-090000.sqlite3 is damaged" in refusal
    assert refusal.endswith("Nothing was changed.")
    assert "made Sun 1 Mar 2026, 09:00" in second[1]
    assert box.restored_from == good
    assert names_in(paths.database) == ["Ada", "Bob", "Cleo"]


def test_damage_found_by_the_daily_backup_is_said_with_the_way_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    from netdesk.ui.damaged_database import tell_damaged

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    asked: list[bool] = []
    box = tell_damaged(window, "x is damaged", tmp_path / "netdesk.log", lambda: asked.append(True))
    assert box.isVisible() and box.isModal()  # window-modal, not waited for
    assert "netdesk's database is damaged" in box.text()
    assert "No older backup was removed" in box.informativeText()
    assert box.detailedText() == "x is damaged"
    restore = next(b for b in box.buttons() if b.objectName() == "restoreFromBackup")
    assert box.defaultButton() is restore
    restore.click()
    qtbot.waitUntil(lambda: asked == [True])


@pytest.fixture
def missing(paths: Paths) -> Paths:
    """The data folder of ``paths`` with its database gone, its backups there."""
    paths.database.unlink()
    return paths


def missing_box(paths: Paths) -> DamagedDatabase:
    return DamagedDatabase(
        paths, "", paths.data_dir / "logs" / "netdesk.log", now=lambda: NOW, missing=True
    )


class MissingAnswers(Answers):
    def answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox) and widget.objectName() == "missingDatabase":
            widget.setObjectName("damagedDatabase")  # answered the same way
        super().answer()


def test_a_missing_database_is_offered_the_latest_backup_before_an_empty_one(
    qtbot: QtBot, missing: Paths
) -> None:
    """Deleted, or the data folder put back without it: netdesk made an empty database
    beside the backups, and a week of them later the backups of the real one were gone."""
    box = missing_box(missing)
    assert box.latest() is not None
    answers = MissingAnswers(["restoreLatest"])
    assert box.ask() is True
    answers.stop()
    [(text, details, buttons, default)] = answers.boxes
    assert text == f"{missing.database} is not there: netdesk would start with an empty database."
    assert details == (
        "The latest backup, made Sun 1 Mar 2026, 09:00, holds 2 contacts (1 archived). "
        "Restore it, or start with an empty database (the backups stay as they are)."
    )
    assert buttons == ["restoreLatest", "quit", "chooseBackup", "openDataFolder", "startEmpty"]
    assert default == "restoreLatest"
    assert names_in(missing.database) == ["Ada", "Bob", "Cleo"]
    assert box.kept_as is None and box.restored_from is not None
    assert not list(missing.data_dir.glob("netdesk-damaged-*"))


def test_starting_empty_leaves_the_backups_and_makes_nothing(qtbot: QtBot, missing: Paths) -> None:
    before = sorted(p.name for p in missing.backups.iterdir())
    answers = MissingAnswers(["startEmpty"])
    box = missing_box(missing)
    assert box.ask() is True
    answers.stop()
    assert box.restored_from is None
    assert not missing.database.exists()  # start-up makes it, as on a first run
    assert sorted(p.name for p in missing.backups.iterdir()) == before


def test_the_backup_offered_is_this_databases_not_another_data_folders(
    core: Core, tmp_data_dir: Path, tmp_path: Path
) -> None:
    """Work and home back up into one drive; home's database is damaged: the box offered
    work's newer backup as "the latest backup"."""
    from netdesk.ui import settings as s
    from netdesk.ui.settings import Settings

    drive = tmp_path / "drive"
    core.contacts.create(Contact(given_name="Home"))
    ours = backup.automatic_backup(drive, dt.datetime(2026, 3, 2, 9))
    core.close()
    work = Core.open(Paths(tmp_path / "work"))
    work.contacts.create(Contact(given_name="Work"))
    work.contacts.create(Contact(given_name="Colleague"))
    assert backup.automatic_backup(drive, dt.datetime(2026, 3, 2, 18)) is not None
    work.close()
    assert ours is not None
    for leftover in tmp_data_dir.glob("netdesk.sqlite3*"):
        leftover.unlink()
    malformed_copy(ours, tmp_data_dir / "netdesk.sqlite3")  # its id still reads
    Settings(tmp_data_dir / "settings.ini").set(s.BACKUP_FOLDER, str(drive))
    box = DamagedDatabase(Paths(tmp_data_dir), "database disk image is malformed", tmp_path / "l")
    offered = box.latest()
    assert offered is not None and offered.path == ours and offered.contacts == 1
