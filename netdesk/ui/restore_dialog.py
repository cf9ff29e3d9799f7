"""File > Restore from backup…: choose a backup, confirm once, replace the database off the GUI
thread, then show the restored data everywhere."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QObject,
    Qt,
    QThreadPool,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import backups
from netdesk.ui import settings as s
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.operations import Operation, run_operation
from netdesk.ui.preferences import BackupsReader, backups_pool
from netdesk.ui.widgets import fill, shown_as_written, tr

if TYPE_CHECKING:
    from netdesk.ui.main_window import MainWindow

log = logging.getLogger("netdesk.ui")

PATH_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTACTS_COLUMN = 2


def backup_folder(context: AppContext) -> Path:
    """The folder Preferences chose for backups (Back up now and the daily backup write there)."""
    return Path(context.settings.get(s.BACKUP_FOLDER) or context.paths.backups)


def when_text(moment: dt.datetime) -> str:
    """ "Mon 2 Mar 2026, 09:00" in the user's language."""
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return fill(tr("%1, %2", "date, time"), day, time)


def contacts_text(contacts: int, archived: int) -> str:
    """How many contacts a database holds as the list counts them: "1,167 contacts (37
    archived)"; ``contacts`` counts the archived ones too."""
    active = tr("%Ln contacts", None, contacts - archived)
    if not archived:
        return active
    return fill(tr("%1 (%2 archived)", "contacts"), active, QLocale().toString(archived))


@dataclass(frozen=True)
class _Listed:
    """What a worker found in the backups folders: the backups, newest first, and whether the
    chosen folder is gone (its drive unplugged, or not mounted where fstab puts it)."""

    files: list[backups.BackupFile]
    gone: bool


def _list_backups(folder: Path, default: Path, chosen: Path | None) -> _Listed:
    """The backups of ``folder`` and ``default`` (a stat of each file: a year of them is 40 ms
    on a local disk, seconds on a USB drive asleep or a network share)."""
    try:
        files = backups.backup_files(folder, default)
    except OSError:  # a folder that cannot be listed: said as empty ("choose a file")
        log.warning("the backups in %s could not be listed", folder, exc_info=True)
        files = []
    try:
        gone = backups.folder_to_use(chosen, default)[1] is not None
    except OSError:
        gone = True
    return _Listed(files, gone)


def _kind_text(found: backups.BackupFile) -> str:
    if found.safety_copy:
        return tr("Kept before a restore")
    return tr("Kept before an upgrade") if found.before_upgrade else tr("Backup")


def busy_with() -> bool:
    """True while an import, an export or a change to many contacts runs."""
    return any(operation.running for operation in Operation.running_now())


def refuse_while_busy(parent: QWidget | None) -> bool:
    """Say so and return True when an operation runs: the database must not change under it."""
    if not busy_with():
        return False
    show_problem(
        parent,
        tr("Restore from backup"),
        tr(
            "An import, export or change to many contacts is still running. "
            "Wait for it to finish, then restore."
        ),
    )
    return True


class _Counter(QObject):
    """Counts the contacts of each backup on a worker thread (a big file opens in ms, but many
    of them on a slow disk add up).

    Signals:
        counted(str, int, int): a file, its contacts (the archived included) and the archived
            among them; -1 and 0 when it cannot be read.
        foreign(str): a file that is a backup of another database (a second data folder
            backing up into the same folder), told before its count.
        newer(str): a file made by a newer netdesk (a schema past this one's), which cannot
            be restored; told before its count.
    """

    counted = Signal(str, int, int)
    foreign = Signal(str)
    newer = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stopping = threading.Event()
        self.ended = threading.Event()
        self.ended.set()  # (nothing counted yet)
        stopping = self.stopping
        # deleted unclosed (a dialog never shown): its worker told a counter gone ("Signal
        # source has been deleted"); it stops at its next file instead
        self.destroyed.connect(lambda *_: stopping.set())

    def count(self, paths: list[Path], database: Path | None = None) -> None:
        """Count ``paths``; with ``database``, also tell those that are another's backups."""
        stopping, ended = self.stopping, self.ended
        ended.clear()
        said = _CountSaid()  # no parent: told from the worker, it outlives this counter
        said.counted.connect(self.counted, Qt.ConnectionType.QueuedConnection)
        said.foreign.connect(self.foreign, Qt.ConnectionType.QueuedConnection)
        said.newer.connect(self.newer, Qt.ConnectionType.QueuedConnection)

        def work() -> None:
            try:
                mine = backups.database_id_of(database) if database is not None else None
                for path in paths:
                    if stopping.is_set():
                        return
                    if backups.made_by_newer(path):
                        said.newer.emit(str(path))
                    elif mine is not None and backups.database_id_of(path) not in (None, mine):
                        said.foreign.emit(str(path))
                    try:
                        found, archived = backups.contact_counts(path)
                    except backups.BackupError:
                        found, archived = -1, 0
                    said.counted.emit(str(path), found, archived)
            finally:
                ended.set()

        backups_pool().start(work)

    def forget(self) -> None:
        """Stop at the next file, without waiting: what is counted meanwhile goes to no one
        once the dialog is gone (closing it waited for the count of a file on a slow drive)."""
        self.stopping.set()

    def stop(self) -> None:
        """Stop, and wait until no file of it is open (a restore needs the database alone)."""
        self.stopping.set()
        self.ended.wait()


class _CountSaid(QObject):
    """Signals: as :class:`_Counter`'s, told from its worker."""

    counted = Signal(str, int, int)
    foreign = Signal(str)
    newer = Signal(str)


@dataclass(frozen=True)
class _QuestionCounts:
    """What the question says of the data now and in the backup, counted on a worker.

    ``now`` and ``held``: (contacts, archived), None when not to be read; ``journal``: the
    entries (now, in the backup), None when it cannot be told; ``question``: which question
    they are for (a count can come after its question was answered).
    """

    question: int
    now: tuple[int, int] | None
    held: tuple[int, int] | None
    journal: tuple[int, int] | None


class _QuestionCounter(QObject):
    """Counts the contacts and journal entries of the database and of a backup for the
    question, on a worker: ~0.1 s on 100,000 contacts and a million entries, 0.3 s on a busy
    machine, and more of a backup on a slow drive, during which the window froze between the
    click and the question.

    Then, while the question is read, the backup's pages are read for damage (2.3 s of CPU,
    7 s from a cold disk, for 100,000 contacts): a backup damaged past its contacts was
    counted, asked about, and refused only once the user had agreed and the window had gone
    grey for the restore, in SQLite's English ("Page 3: btreeInitPage() returns error code
    11"). Found damaged, its counts come again without the backup's (``held`` None). The
    check stops once the question is answered (:meth:`wait`): the restore checks again.

    Signals:
        counted(object): the :class:`_QuestionCounts` of one question.
    """

    counted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.asked = 0
        self._answered: threading.Event | None = None  # set: the question's check stops

    def count(self, database: Path, source: Path) -> int:
        """Start counting for a new question; returns its number (``_QuestionCounts``)."""
        self.asked += 1
        question = self.asked
        self.stop_check()  # the last question's: this one's counts wait behind it
        answered = self._answered = threading.Event()

        def work() -> None:
            try:
                now: tuple[int, int] | None = backups.contact_counts(database)
            except backups.BackupError:  # (not to be read now: the question goes without it)
                log.warning("the current database could not be counted", exc_info=True)
                now = None
            try:
                held: tuple[int, int] | None = backups.contact_counts(source)
            except backups.BackupError:
                log.warning("%s could not be counted", source, exc_info=True)
                held = None
            journal = None
            if held is not None:
                try:
                    journal = (backups.journal_count(database), backups.journal_count(source))
                except backups.BackupError:
                    log.warning("the journal entries could not be counted", exc_info=True)
            self.counted.emit(_QuestionCounts(question, now, held, journal))
            if held is None or answered.is_set():
                return
            try:
                backups.check_backup_file(source, cancelled=answered.is_set)
            except backups.BackupCancelled:
                return
            except backups.BackupError:
                log.warning("%s is damaged", source, exc_info=True)
                self.counted.emit(_QuestionCounts(question, now, None, journal))

        self.pool.start(work)
        return question

    def wait(self) -> None:
        """Until the counting ends (its check stopped): the restore needs the database to
        itself."""
        self.stop_check()
        self.pool.waitForDone()

    def stop_check(self) -> None:
        """The question is answered: its backup's check stops at its next look (50 ms)."""
        if self._answered is not None:
            self._answered.set()


class RestoreDialog(QDialog):
    """The backups in the backups folder, newest first, and "Choose a file…" for another one.

    Restore… asks once, then starts the restore (``restore_started`` gives its Operation) and
    closes.

    Signals:
        restore_started(object): the Operation replacing the database.
    """

    restore_started = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("restoreDialog")
        self.window_ = window
        self.context = window.context
        self.setWindowTitle(tr("Restore from backup"))
        self.folder = backup_folder(self.context)
        self.files: dict[str, backups.BackupFile] = {}  # listed on a worker (_listed)
        self._items: dict[str, QTreeWidgetItem] = {}

        intro = QLabel(
            tr(
                "Choose a backup to put in place of everything netdesk holds now. "
                "Your current data is kept as a copy first."
            )
        )
        intro.setWordWrap(True)
        where = QLabel(fill(tr("Backups folder: %1"), str(self.folder)))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setObjectName("backupsFolder")
        self.looking = QLabel(tr("Looking at the backups…"))
        self.looking.setObjectName("lookingAtBackups")
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([tr("Made"), tr("Kind"), tr("Contacts"), tr("Size")])
        self.table.setAccessibleName(tr("Backups"))
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            # fitted to their texts once, then cell by cell (_fit): a column resizing to its
            # contents read every row again at each count, 6 ms each, 2.5 s of the window's
            # thread for a year of backups, their counts queued back to back
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        # its drive unplugged (or not mounted where fstab puts it): "There are no backups in
        # this folder yet" was said of a drive full of them, to someone about to need one
        self.gone = QLabel(
            tr(
                "This folder is not there now (is its drive connected?): connect it, then "
                "open Restore from backup again to see its backups; or choose a file."
            )
        )
        self.gone.setWordWrap(True)
        self.gone.setObjectName("backupsFolderGone")
        self.gone.hide()
        self.empty = QLabel(
            tr("There are no backups in this folder yet. Use File > Back up now, or choose a file.")
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("noBackups")
        self.empty.hide()

        self.buttons = QDialogButtonBox()
        self.choose_button = QPushButton(tr("Choose a &file…"))
        self.choose_button.setObjectName("chooseFile")
        self.buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = QPushButton(tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.choose_button.clicked.connect(self.choose_file)
        self.restore_button.clicked.connect(self._restore_selected)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems()))
        )
        # Enter or a double click: the row it was on, selected or not. The newest backup opens
        # in focus but unselected, and Enter on it did nothing at all
        self.table.itemActivated.connect(self._activated)

        layout = self.box = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.looking)
        layout.addWidget(self.gone)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        # the lines together at the top while there is no list: with it hidden, the layout
        # spread them over the dialog's height, a hundred pixels between each
        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        layout.addItem(self.spacer)
        layout.addWidget(self.buttons)
        self.resize(640, 380)  # a list of backups to come (most have one: a daily backup)

        self.question_counter = _QuestionCounter(self)
        self.counter = _Counter(self)
        self.counter.counted.connect(self._counted, Qt.ConnectionType.QueuedConnection)
        self.counter.foreign.connect(self._foreign, Qt.ConnectionType.QueuedConnection)
        self.counter.newer.connect(self._newer, Qt.ConnectionType.QueuedConnection)
        # listed on a worker: the dialog showed after 0.15 s with a year of backups on a
        # local disk (each file's stat, then a row each), seconds on a USB drive asleep
        self.listing = BackupsReader(self)
        self.listing.read.connect(self._listed)
        chosen = self.context.settings.get(s.BACKUP_FOLDER)
        folder, default = self.folder, self.context.paths.backups
        self.listing.start(
            lambda _cancelled: _list_backups(folder, default, Path(chosen) if chosen else None)
        )

    def _listed(self, listed: object) -> None:
        """The backups found: a row each (newest first), their contacts counted next."""
        assert isinstance(listed, _Listed)
        files = listed.files
        self.files = {str(f.path): f for f in files}
        locale = QLocale()
        items = []
        for found in files:
            item = QTreeWidgetItem(
                [
                    when_text(found.made),
                    _kind_text(found),
                    tr("counting…"),
                    locale.formattedDataSize(found.size),
                ]
            )
            item.setData(0, PATH_ROLE, str(found.path))
            item.setToolTip(0, str(found.path))
            for column in (2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            if found.safety_copy:
                item.setToolTip(1, tr("The database as it was before a restore replaced it"))
            elif found.before_upgrade:
                item.setToolTip(1, tr("The database as it was before a newer netdesk upgraded it"))
            items.append(item)
            self._items[str(found.path)] = item
        self.table.addTopLevelItems(items)  # at once: one layout of the list, not one a row
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        if items and self.table.hasFocus() and self.table.currentItem() is None:
            # in focus since the dialog showed, empty then: the newest backup in focus (its
            # dotted frame), unselected, as a list shown full gets it, for Enter to take it
            self.table.selectionModel().setCurrentIndex(
                self.table.indexFromItem(items[0]), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.looking.hide()
        self.gone.setVisible(listed.gone)
        self.empty.setVisible(not files and not listed.gone)
        self.table.setVisible(bool(files))
        if files:
            self.spacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
            self.box.invalidate()
        else:  # no 380-pixel dialog for three lines
            self.box.activate()  # its minimum made again without the list: not kept above it
            self.resize(self.width(), self.sizeHint().height())
        self.counter.count([f.path for f in files], self.context.paths.database)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:  # (Enter on a row greyed out: _newer)
            self.restore(Path(item.data(0, PATH_ROLE)))

    def _item(self, path: str) -> QTreeWidgetItem | None:
        # (by its path: a year of rows searched at each count was 66,000 reads of a row's data)
        return self._items.get(path)

    def _fit(self, item: QTreeWidgetItem, column: int) -> None:
        """The column widened for the text just put in ``item`` (never narrowed meanwhile)."""
        wanted = self.table.sizeHintForIndex(self.table.indexFromItem(item, column)).width()
        header = self.table.header()
        if wanted > header.sectionSize(column):
            header.resizeSection(column, wanted)

    def _foreign(self, path: str) -> None:
        item = self._item(path)
        if item is not None:
            item.setText(1, tr("Another database's"))
            self._fit(item, 1)
            item.setToolTip(
                1,
                tr(
                    "A backup of another netdesk database (another data folder backs up into "
                    "this folder too): restoring it replaces your data with that one's"
                ),
            )

    def _newer(self, path: str) -> None:
        """A backup a newer netdesk made: marked, greyed and not to be chosen. Listed as an
        ordinary "Backup", it was refused only once chosen."""
        item = self._item(path)
        if item is None:
            return
        item.setText(1, tr("Made by a newer netdesk"))
        self._fit(item, 1)
        why = tr("Made by a newer version of netdesk: update netdesk to restore it")
        for column in range(self.table.columnCount()):
            item.setToolTip(column, why if column else f"{path}\n{why}")
        item.setSelected(False)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable & ~Qt.ItemFlag.ItemIsEnabled)
        if self.table.currentItem() is item:
            # the newest backup in focus for Enter to take (_listed): the newest one that
            # can be restored, rather than a refusal
            listed = (self.table.topLevelItem(r) for r in range(self.table.topLevelItemCount()))
            rows = [row for row in listed if row is not None]
            at = rows.index(item)
            usable = [r for r in rows[at:] + rows[:at] if r.flags() & Qt.ItemFlag.ItemIsEnabled]
            if usable:
                self.table.selectionModel().setCurrentIndex(
                    self.table.indexFromItem(usable[0]), QItemSelectionModel.SelectionFlag.NoUpdate
                )

    def _counted(self, path: str, count: int, archived: int) -> None:
        item = self._item(path)
        if item is None:
            return
        item.setData(0, COUNT_ROLE, count)
        if count < 0:
            item.setText(CONTACTS_COLUMN, tr("unreadable"))
            self._fit(item, CONTACTS_COLUMN)
            return
        locale = QLocale()
        active = locale.toString(count - archived)  # as the list counts them
        item.setText(
            CONTACTS_COLUMN,
            fill(tr("%1 (%2 archived)", "contacts"), active, locale.toString(archived))
            if archived
            else active,
        )
        self._fit(item, CONTACTS_COLUMN)

    def done(self, result: int) -> None:
        self.listing.forget()  # its list, if it comes, goes to no one
        self.counter.forget()  # what it counts next goes to no one
        self.question_counter.wait()
        super().done(result)

    # -- choosing --------------------------------------------------------------------------

    def choose_file(self) -> None:
        # the chosen folder gone (its drive unplugged, not mounted): where the backups go
        # meanwhile; the chooser opened where netdesk was started from, or in the empty mount
        # point, given a folder not there
        start = self.folder if self.gone.isHidden() else self.context.paths.backups
        if not start.is_dir():
            start = self.context.paths.data_dir
        name, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Choose a backup"),
            str(start),
            tr("netdesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if name:
            self.restore(Path(name))

    def _restore_selected(self) -> None:
        items = self.table.selectedItems()
        if items:
            self.restore(Path(items[0].data(0, PATH_ROLE)))

    def restore(self, source: Path) -> Operation | None:
        """Check ``source`` cheaply, ask once, and start the restore; None when not started."""
        if refuse_while_busy(self):
            return None
        with contextlib.suppress(OSError):  # (either missing: the check below says so)
            if source.samefile(self.context.paths.database):
                # refused by the restore itself, but only once the user had agreed to
                # replace everything and the window had gone grey for it
                show_problem(
                    self,
                    tr("Restore from backup"),
                    fill(
                        tr(
                            "%1 is the database netdesk uses, not a backup of it: choose a "
                            "backup. Nothing was changed."
                        ),
                        str(source),
                    ),
                )
                return None
        try:
            # before the question: a file from a newer netdesk was refused only once the
            # user had agreed to replace everything, and the window had gone grey for it
            backups.check_backup_file(source, thorough=False)
        except backups.NewerBackupError:
            show_problem(
                self,
                tr("Restore from backup"),
                fill(
                    tr(
                        "%1 was made by a newer netdesk: update netdesk to restore it. "
                        "Nothing was changed."
                    ),
                    str(source),
                ),
            )
            return None
        except backups.BackupError:
            self._refuse_unreadable(source)
            return None
        answer = self.confirm(source)
        if answer is None:  # its contacts could not be read
            self._refuse_unreadable(source)
        if not answer:
            return None
        self.counter.stop()  # both read the database: the restore needs it to itself
        self.question_counter.wait()
        operation = start_restore(self.window_, source)
        self.restore_started.emit(operation)
        self.accept()
        return operation

    def _refuse_unreadable(self, source: Path) -> None:
        show_problem(
            self,
            tr("Restore from backup"),
            fill(
                tr("%1 is not a netdesk backup, or it is damaged. Nothing was changed."),
                str(source),
            ),
        )

    def confirm(self, source: Path) -> bool | None:
        """The one question: what is replaced by what (contacts counted as the list counts
        them, the archived apart, and the journal entries), where the current data is kept,
        undo cleared. It shows at once, the counts filled in when a worker has them.

        Returns:
            Whether the user chose Restore; None when ``source``'s contacts cannot be read
            (the question is then closed).
        """
        known = self.files.get(str(source))
        what = (
            fill(tr("the backup of %1"), when_text(known.made))
            if known is not None
            else str(source)
        )
        question = fill(tr("Replace all your contacts, journal and follow-ups with %1?"), what)
        another = ""
        mine = backups.database_id_of(self.context.paths.database)
        if mine is not None and backups.database_id_of(source) not in (None, mine):
            # the list's Kind column says so once counted; a file chosen, or a row taken at
            # once, went to the question without a word of it
            another = "\n\n" + tr(
                "This is a backup of another netdesk database (another data folder that backs "
                "up into the same folder), not of the data netdesk holds now."
            )
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Restore from backup"))
        counting = tr("counting…")
        box.setText(
            shown_as_written(
                question
                + "\n\n"
                + fill(tr("Now: %1"), counting)
                + "\n"
                + fill(tr("In the backup: %1"), counting)
                + another
            )
        )
        unreadable = False
        asked = -1

        def counted(counts: _QuestionCounts) -> None:
            nonlocal unreadable
            if counts.question != asked or not box.isVisible():
                return  # answered before the counts came
            if counts.held is None:
                unreadable = True
                box.reject()
                return
            box.setText(shown_as_written(question + "\n\n" + _counts_text(counts) + another))

        self.question_counter.counted.connect(counted, Qt.ConnectionType.QueuedConnection)
        asked = self.question_counter.count(self.context.paths.database, source)
        box.setInformativeText(
            shown_as_written(
                fill(
                    tr(
                        "What netdesk holds now is kept as a copy in %1 and can be restored "
                        "the same way.\n\nUndo history is cleared: changes made before the "
                        "restore cannot be undone afterwards."
                    ),
                    str(backups.safety_folder(self.context.core)),
                )
            )
        )
        restore = box.addButton(tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        try:
            box.exec()
        finally:
            self.question_counter.counted.disconnect(counted)
            self.question_counter.stop_check()
        if unreadable:
            return None
        return box.clickedButton() is restore


def _counts_text(counts: _QuestionCounts) -> str:
    """ "Now: … / In the backup: …", with the journal entries when either has some (a journal
    not used is not talked about); without "Now" when the database could not be counted."""
    assert counts.held is not None
    now = contacts_text(*counts.now) if counts.now is not None else ""
    held = contacts_text(*counts.held)
    if counts.journal is not None and any(counts.journal):  # what the journal loses or gains
        entries_now, entries_held = (tr("%Ln journal entries", None, n) for n in counts.journal)
        now = fill(tr("%1, %2", "contacts, journal entries"), now, entries_now) if now else ""
        held = fill(tr("%1, %2", "contacts, journal entries"), held, entries_held)
    said = fill(tr("In the backup: %1"), held)
    if now:
        said = fill(tr("Now: %1"), now) + "\n" + said
    return said


def open_restore(window: MainWindow) -> RestoreDialog | None:
    """File > Restore from backup…: the list of backups (window-modal), unless an operation runs."""
    if refuse_while_busy(window):
        return None
    dialog = RestoreDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class RestoringWindow(QObject):
    """The main window while a restore replaces the database: it stays alive (it paints,
    resizes, shows the progress) and reads nothing, until the restored file is in place.

    - ``database_replacing(True)``: views serve what they hold (``changes.replacing``: the
      list paints the rows it has, blank ones otherwise; the card keeps its contact), the
      tray stops its reminders;
    - the pages (list and card, Today, Journal) are disabled: shown as they were, greyed;
    - the window's actions are off (menus, toolbar, shortcuts), About aside, and closing the
      window waits for the restore;
    - the window's running timers (the card's debounce, the search's, Today's refresh) are
      stopped, and started again afterwards.

    ``leave()`` undoes it all (once) and emits ``database_replacing(False)``.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.active = False
        self._actions: list[QAction] = []
        self._timers: list[QTimer] = []

    def enter(self) -> None:
        window = self.window_
        # every id of the list while the database can be read: rows past them are not
        window.contacts.model.complete()
        self.active = True
        window.context.changes.database_replacing.emit(True)
        self._timers = [t for t in window.findChildren(QTimer) if t.isActive()]
        for timer in self._timers:
            timer.stop()
        self._actions = [
            a for a in window.actions() if a.isEnabled() and a is not window.about_action
        ]
        for action in self._actions:
            action.setEnabled(False)
        window.pages.setEnabled(False)
        window.installEventFilter(self)

    def leave(self) -> None:
        if not self.active:
            return
        self.active = False
        window = self.window_
        window.removeEventFilter(self)
        window.context.changes.database_replacing.emit(False)
        window.pages.setEnabled(True)
        for action in self._actions:
            if shiboken6.isValid(action):
                action.setEnabled(True)
        for timer in self._timers:
            if shiboken6.isValid(timer):
                timer.start()
        self._actions, self._timers = [], []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Not when the system stops netdesk (a shutdown, `kill`): refused, netdesk went on
        # running, the quit's close of the progress dialog having only cancelled the
        # restore. Quitting cancels the restore and waits for it (app.main), as an import's.
        if (
            watched is self.window_
            and event.type() == QEvent.Type.Close
            and not self.window_.context.changes.stopping
        ):
            event.ignore()  # one transaction: it ends (in seconds), or nothing changed
            return True
        return super().eventFilter(watched, event)


def start_restore(window: MainWindow, source: Path) -> Operation:
    """Let go of the database, replace it on the worker thread, then show the restored data.

    The window enters its restoring state first (:class:`RestoringWindow`: nothing on the GUI
    thread reads the database, the tray's reminders and calendar feed stop) and this thread's
    connection is closed; a read on it meanwhile would be refused at once
    (``backups.DatabaseAwayError``), never waited for. The worker's connection and any
    background checkpoint are closed by ``backups.restore``. The daily backup, if still being
    written, and Find duplicates' read of a pair, if one is under way, are waited for.
    """
    context = window.context
    core = context.core
    changes = context.changes
    restoring = RestoringWindow(window)
    restoring.enter()
    backups.hold_database()
    _let_go_of_the_last_error()
    core.store.close()  # this thread's connection; the restore needs the database alone

    phases = _Phases()
    # before the worker starts: a step it said before the connection was lost ("Checking the
    # backup…" never shown)
    phases.changed.connect(phases.show, Qt.ConnectionType.QueuedConnection)

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
        QThreadPool.globalInstance().waitForDone()  # the start-up backup reads the database
        _wait_for_pair_reads()
        _wait_for_backups_reads()

        def step(phase: str, done: int, total: int) -> None:
            phases.changed.emit(phase)
            progress(done, total)

        return backups.restore(core, source, progress=step, cancelled=cancelled)

    def restored(safety: object) -> None:
        log.info("restored %s; the previous database was kept as %s", source, safety)
        restoring.leave()  # first: the actions and the tray's reminders follow the new data
        context.undo_stack.clear()  # its commands refer to rows of the data just replaced
        changes.everything()
        show_restored(window)
        window.statusBar().showMessage(
            fill(
                tr("Restored %1. The previous database was kept as %2."),
                # its name, as the start-up rescue says it: with both whole paths the kept
                # copy's, the part to remember, was cut at the status bar's end
                source.name,
                str(safety),
            ),
            20000,
        )

    operation = run_operation(
        context, window, tr("Restoring the backup…"), work, on_success=restored, changes=False
    )
    # Cancel until the backup's copy is complete: one transaction, rolled back, and the copy
    # of the current data removed; nothing changed
    phases.operation = operation  # (before the queued steps are shown: this returns first)
    _as_wide_as_every_step(operation.dialog)
    operation.ended.connect(restoring.leave)  # refused, cancelled or failed: as it was
    operation.cancelled.connect(  # the progress dialog went, and nothing said why
        lambda: window.statusBar().showMessage(tr("Cancelled; nothing was changed."), 10000)
    )
    operation.ended.connect(phases.deleteLater)
    operation.ended.connect(restoring.deleteLater)
    return operation


def _let_go_of_the_last_error() -> None:
    """Python keeps the last error nothing handled (``sys.last_traceback``, set as it is
    reported), and with it its frames' locals: a read of a damaged database kept so the
    cursor it read with, whose statement kept this thread's connection open underneath once
    closed (SQLite defers the close), holding the file. The restore the damaged-database box
    sends the user to was then refused: "in use by another program (is netdesk running?)"."""
    trace = getattr(sys, "last_traceback", None)
    if trace is not None:
        with contextlib.suppress(RuntimeError):  # (a frame still running keeps its locals)
            traceback.clear_frames(trace)
    for name in ("last_type", "last_value", "last_traceback", "last_exc"):
        if hasattr(sys, name):
            setattr(sys, name, None)


def _wait_for_pair_reads() -> None:
    """Until Find duplicates' read of a pair (on a connection of its own) has ended. Its module
    not loaded, no pair was ever read: not loaded for this (0.3 s, with what it finds pairs by;
    Preferences and the damaged-database box load this module)."""
    found = sys.modules.get("netdesk.ui.duplicates_dialog")
    if found is not None:
        found.wait_for_reads()


def _wait_for_backups_reads() -> None:
    """Until the reads of a backups folder have ended: each opens the database for its id
    (``backups.database_id_of``), and one forgotten (Preferences closed while it read) goes
    on to the end of its current file."""
    backups_pool().waitForDone()


def _phase_labels() -> dict[str, str]:
    return {
        backups.CHECKING: tr("Checking the backup…"),
        backups.KEEPING: tr("Keeping a copy of your current data…"),
        backups.RESTORING: tr("Restoring the backup…"),
        backups.OPENING: tr("Opening the restored data…"),
    }


def _as_wide_as_every_step(dialog: QProgressDialog) -> None:
    """The progress dialog as wide as its longest step's words from the start: it grew to
    the right at each longer one, and Cancel, at its right end, moved away from the pointer
    about to press it (the restore then went on to the end)."""
    first = dialog.labelText()
    widest = 0
    for text in _phase_labels().values():
        dialog.setLabelText(text)
        widest = max(widest, dialog.sizeHint().width())
    dialog.setLabelText(first)
    dialog.setMinimumWidth(widest)


class _Phases(QObject):
    """What the restore is doing, told from its worker to the progress dialog's label.

    Signals:
        changed(str): one of core.backups' CHECKING, KEEPING, RESTORING, OPENING.
    """

    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.shown = ""
        self.operation: Operation | None = None

    def show(self, phase: str) -> None:
        operation = self.operation
        if operation is None or phase == self.shown or not operation.running:
            return
        self.shown = phase
        labels = _phase_labels()
        dialog = operation.dialog
        if operation.cancel_requested.is_set():
            return  # "Cancelling…" stays
        dialog.setLabelText(labels.get(phase, operation.label))
        if phase == backups.OPENING:  # in place: too late to cancel
            dialog.setCancelButton(None)


def show_restored(window: MainWindow) -> None:
    """The card follows the list: the same contact when the backup has it, else the first one
    (the welcome page shows when there is none). Loaded again even when its id is unchanged: in
    the backup that id may be someone else."""
    contacts = window.contacts
    current = contacts.current_id()
    if (current is None or not contacts.select_contact(current)) and contacts.model.rowCount():
        contacts.select_contact(contacts.model.contact_id(0))
    shown = contacts.current_id() if contacts.model.rowCount() else None
    window.card.show_contact(shown)
    window.journal.set_contact(shown)
