"""The box shown at start-up when the database is damaged (or missing beside backups): restore
the latest backup, choose one, open the data folder, or quit. Before any window: nothing else
reads the database. Also the box for damage the daily backup finds while netdesk runs."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from netdesk.core import rescue
from netdesk.core.paths import Paths
from netdesk.ui.errors import show_problem
from netdesk.ui.settings import BACKUP_FOLDER, Settings
from netdesk.ui.widgets import fill, open_folder, shown_as_written, tr

log = logging.getLogger("netdesk.ui")


def _open_folder(folder: Path) -> bool:
    return open_folder(None, folder)  # (no window yet: the box of the damaged database's)


class DamagedDatabase:
    """Asks what to do with a damaged database and does it; ``ask()`` is True once a backup
    is in place (start-up goes on with it), False to quit.

    With ``missing``, the database is not there at all (deleted, or the data folder put back
    without it) while backups are: start-up would make an empty database beside them, and
    the box offers the latest backup first, or to start empty (``ask()`` is True for both;
    ``restored_from`` tells which).

    Args:
        reason: what SQLite said of the file (shown under "Show Details…").
        now: the moment the damaged file is named for when it is set aside.
        open_folder: shows a folder in the file manager, or where it is when none could
            (tests replace it).
    """

    def __init__(
        self,
        paths: Paths,
        reason: str,
        log_file: Path,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        open_folder: Callable[[Path], object] = _open_folder,
        missing: bool = False,
    ) -> None:
        self.missing = missing
        self.paths = paths
        self.reason = reason
        self.log_file = log_file
        self.now = now
        self.open_folder = open_folder
        chosen = Settings(paths.data_dir / "settings.ini").get(BACKUP_FOLDER)
        self.folder = Path(chosen) if chosen else paths.backups
        self.kept_as: Path | None = None  # where the damaged file went, once restored
        self.restored_from: Path | None = None
        self.refused: set[Path] = set()  # found damaged when it was to be restored

    def latest(self) -> rescue.OfferedBackup | None:
        """The backup to offer; a backup found damaged is not offered a second time."""
        return rescue.latest_backup(
            self.folder,
            self.paths.backups,
            passing_over=self.refused,
            of_database=self.paths.database,
        )

    def ask(self) -> bool:
        while True:
            latest = self.latest()
            box = self._box(latest)
            box.exec()
            clicked = box.clickedButton()
            role = box.buttonRole(clicked) if clicked is not None else None
            name = clicked.objectName() if clicked is not None else ""
            box.deleteLater()
            if name == "openDataFolder":
                self.open_folder(self.paths.data_dir)  # (none could: a box says where it is)
            elif name == "startEmpty":
                return True
            elif name == "restoreLatest" and latest is not None:
                if self._restore(latest.path):
                    return True
            elif name == "chooseBackup":
                chosen = self._choose()
                if chosen is not None and self._restore(chosen):
                    return True
            elif role != QMessageBox.ButtonRole.ActionRole:  # Quit, Escape, the title bar's ×
                return False

    def _where_to_look(self) -> tuple[Path, Path | None]:
        """The backups folder to look in, and the chosen one when it is not there (its drive
        unplugged, or not mounted where /etc/fstab puts it): the default one then, where the
        daily backups go meanwhile (``core.backups.folder_to_use``)."""
        from netdesk.core import backups

        return backups.folder_to_use(self.folder, self.paths.backups)

    def _box(self, latest: rescue.OfferedBackup | None) -> QMessageBox:
        from netdesk.ui.restore_dialog import contacts_text, when_text

        database = self.paths.database
        looked_in, away = self._where_to_look() if latest is None else (self.folder, None)
        box = QMessageBox(QMessageBox.Icon.Critical, tr("netdesk cannot open its database"), "")
        box.setObjectName("damagedDatabase")
        box.setText(
            shown_as_written(fill(tr("%1 is damaged: netdesk cannot read it."), str(database)))
        )
        if self.missing:
            box.setObjectName("missingDatabase")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("netdesk has no database"))
            box.setText(
                shown_as_written(
                    fill(
                        tr("%1 is empty: netdesk would start with an empty database.")
                        if database.exists()
                        else tr("%1 is not there: netdesk would start with an empty database."),
                        str(database),
                    )
                )
            )
        if self.missing and latest is not None:
            what = fill(
                tr(
                    "The latest backup, made %1, holds %2. Restore it, or start with an empty "
                    "database (the backups stay as they are)."
                ),
                when_text(latest.made),
                contacts_text(latest.contacts, latest.archived),
            )
        elif self.missing:
            what = fill(
                tr(
                    "There are no other backups in %1. If you have a copy of the database "
                    "elsewhere, choose it, or start with an empty database."
                ),
                str(looked_in),
            )
        elif latest is not None:
            what = fill(
                tr(
                    "The latest backup, made %1, holds %2. Restoring it sets the damaged file "
                    "aside in the data folder (renamed, not deleted) and starts netdesk with "
                    "the backup."
                ),
                when_text(latest.made),
                contacts_text(latest.contacts, latest.archived),
            )
        else:
            what = fill(
                tr(
                    "There are no backups in %1. If you have a copy of the database elsewhere, "
                    "choose it: the damaged file is set aside in the data folder (renamed, not "
                    "deleted)."
                ),
                str(looked_in),
            )
        if away is not None:  # "no backups in" the folder of a drive full of them, unplugged
            what = (
                fill(
                    tr(
                        "The backups folder %1 is not there (is its drive connected?). Connect "
                        "it, then choose a backup from it."
                    ),
                    str(away),
                )
                + " "
                + what
            )
        where = fill(tr("The details were written to the log:\n%1"), str(self.log_file))
        box.setInformativeText(shown_as_written(what if self.missing else f"{what}\n\n{where}"))
        if self.reason:
            box.setDetailedText(self.reason)
        restore = None
        if latest is not None:
            restore = box.addButton(
                tr("&Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole
            )
            restore.setObjectName("restoreLatest")
        choose = box.addButton(
            tr("&Choose a backup…") if latest is not None else tr("&Choose a copy…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        choose.setObjectName("chooseBackup")
        folder = box.addButton(tr("&Open the data folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("openDataFolder")
        if self.missing:
            empty = box.addButton(tr("Start &empty"), QMessageBox.ButtonRole.ActionRole)
            empty.setObjectName("startEmpty")
        quit_button = box.addButton(tr("&Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        box.setDefaultButton(restore or choose)
        box.setEscapeButton(quit_button)
        return box

    def _choose(self) -> Path | None:
        """A file chosen and checked, or None (cancelled, or refused with a message)."""
        from netdesk.core import backups

        start = self._where_to_look()[0]  # not the empty mount point of a drive away
        name, _filter = QFileDialog.getOpenFileName(
            None,
            tr("Choose a backup"),
            str(start if start.is_dir() else self.paths.data_dir),
            tr("netdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if not name:
            return None
        source = Path(name)
        problem = None
        try:
            if source.resolve() == self.paths.database.resolve():
                problem = tr("%1 is the damaged database itself; choose a backup of it.")
            else:
                rescue.offered(source)
        except backups.NewerBackupError:
            problem = tr("%1 was made by a newer netdesk: update netdesk to restore it.")
        except (backups.BackupError, OSError):
            problem = tr("%1 is not a netdesk backup, or it is damaged.")
        if problem is not None:
            show_problem(None, tr("Restore from backup"), fill(problem, str(source)))
            return None
        return source

    def _restore(self, source: Path) -> bool:
        """Copy ``source`` into place with a progress dialog (Cancel keeps everything as it
        was); True once it is in place."""
        progress = QProgressDialog(tr("Checking the backup…"), tr("Cancel"), 0, 100)
        progress.setObjectName("restoringProgress")
        progress.setWindowTitle(tr("Restore from backup"))
        progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setValue(0)
        cancelled = threading.Event()
        progress.canceled.connect(cancelled.set)
        done = threading.Event()
        pages = [0, 0]
        outcome: list[object] = []

        def copied(done_pages: int, total: int) -> None:
            pages[:] = [done_pages, total]

        def work() -> None:
            try:
                outcome.append(
                    rescue.put_backup_in_place(
                        source,
                        self.paths.database,
                        self.now(),
                        progress=copied,
                        cancelled=cancelled.is_set,
                    )
                )
            except Exception as error:  # said below, on this (the GUI) thread
                outcome.append(error)
            finally:
                done.set()

        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(50)

        def look() -> None:
            if pages[1]:
                progress.setValue(int(100 * pages[0] / pages[1]))
                if 2 * pages[0] > pages[1]:  # read and checked: now copied
                    progress.setLabelText(tr("Restoring the backup…"))
            if done.is_set():
                loop.quit()

        timer.timeout.connect(look)
        worker = threading.Thread(target=work, name="netdesk-rescue", daemon=True)
        worker.start()
        timer.start()
        loop.exec()
        timer.stop()
        worker.join()
        progress.close()
        progress.deleteLater()
        result = outcome[0]
        if isinstance(result, rescue.RescueCancelled):
            log.info("restoring %s over the damaged database was cancelled", source)
            return False
        if isinstance(result, Exception):
            from netdesk.core import backups

            if isinstance(result.__cause__, backups.BackupError):  # the backup itself
                self.refused.add(source)
            log.error("could not restore %s over the damaged database: %s", source, result)
            show_problem(
                None,
                tr("Restore from backup"),
                fill(tr("%1\n\nNothing was changed."), str(result)),
            )
            return False
        assert result is None or isinstance(result, Path)
        self.kept_as, self.restored_from = result, source
        return True


def tell_damaged(
    parent: QWidget | None, reason: str, log_file: Path, restore: Callable[[], None]
) -> QMessageBox:
    """The day's backup found the open database damaged: say so once, with the way back
    (``restore``: File > Restore from backup…). Window-modal, not waited for."""
    box = QMessageBox(parent)
    box.setObjectName("damageFound")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("netdesk found damage in its database"))
    box.setText(
        tr(
            "Today's backup shows that netdesk's database is damaged: some contacts or "
            "journal entries may not be readable."
        )
    )
    box.setInformativeText(
        shown_as_written(
            tr(
                "No older backup was removed. To go back to the latest sound one, use File > "
                "Restore from backup… (what netdesk holds now is kept as a copy first)."
            )
            + "\n\n"
            + fill(tr("The details were written to the log:\n%1"), str(log_file))
        )
    )
    box.setDetailedText(reason)
    restore_button = box.addButton(tr("&Restore from backup…"), QMessageBox.ButtonRole.AcceptRole)
    restore_button.setObjectName("restoreFromBackup")
    later = box.addButton(tr("&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore_button)
    box.setEscapeButton(later)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: object) -> None:
        if button is restore_button:
            QTimer.singleShot(0, restore)  # once this box is closed

    box.buttonClicked.connect(answered)
    open_when_nothing_asked(box)
    return box


def open_when_nothing_asked(box: QMessageBox, look_ms: int = 500) -> None:
    """``box.open()`` now, or once no other box is open (looked at every ``look_ms``): one
    question at a time. At start-up the day's backup found the damage while the error box
    of a read that met it was open, and its box opened over that one."""
    if QApplication.activeModalWidget() is None:
        box.open()
        return
    later = QTimer(box)  # (gone with the box)
    later.setSingleShot(True)
    later.setInterval(look_ms)

    def look() -> None:
        if QApplication.activeModalWidget() is None:
            box.open()
        else:
            later.start()

    later.timeout.connect(look)
    later.start()
