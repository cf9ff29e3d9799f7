"""Preferences (Ctrl+,): new-contact cadence, quiet hours, login start and tray, backups, feed."""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QSize, Qt, QThreadPool, QTime, Signal
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionFrame,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from netdesk.core import backups
from netdesk.ui import settings as s
from netdesk.ui.autostart import is_start_at_login, set_start_at_login
from netdesk.ui.card_rhythm import cadence_choices
from netdesk.ui.context import AppContext
from netdesk.ui.date_typing import show_typing_problem, typed_in_full
from netdesk.ui.widgets import InlineMessage, fill, form_row, open_folder, tr

log = logging.getLogger("netdesk.ui")

CUSTOM_CADENCE = -1  # cadence_choices()' "Custom…" entry, which needs the card's day editor


def _time(text: str, fallback: str) -> QTime:
    """Read as the reminders read it (reminders.parse_hhmm: "7:30", " 21:00"): the dialog
    showed 08:00 for a hand-written 7:30 and wrote it back on OK."""
    from netdesk.core.reminders import parse_hhmm

    default = parse_hhmm(fallback, dt.time(0, 0))
    value = parse_hhmm(str(text), default)
    return QTime(value.hour, value.minute)


def _folder_problem(text: str, *, changed: bool = True) -> str | None:
    """Why a typed folder cannot be used, or None (an empty text means "the default").

    A ``changed`` folder is made now if missing and must take files: one that could not (a
    folder under /proc, a read-only drive, a path through a file) was accepted without a word,
    and every daily backup then failed with no more than a status bar message at start-up.
    """
    if text and not Path(text).is_absolute():
        # "backups" would land wherever netdesk happened to be started from
        return (
            tr("“%1” is not a full path: start it with %2, or choose the folder.")
            .replace("%1", text)
            .replace("%2", str(Path.home().anchor) or "/")
        )
    try:
        a_file = bool(text) and Path(text).exists() and not Path(text).is_dir()
    except OSError as error:  # a name longer than the file system takes: OK raised it
        return fill(tr("netdesk cannot make the folder %1: %2"), text, error.strerror or "")
    if a_file:
        return tr("%1 is a file, not a folder.").replace("%1", text)
    if text and changed and (away := backups.unmounted(Path(text))) is not None:
        # made now, the folder went under the empty mount point, on the local disk, and the
        # backups never reached the drive (core.backups.folder_to_use passes over it)
        return _not_mounted(away)
    if text and changed:
        try:
            Path(text).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return fill(tr("netdesk cannot make the folder %1: %2"), text, error.strerror or "")
        if not os.access(text, os.W_OK):
            return fill(tr("netdesk cannot write to the folder %1 (is it read-only?)."), text)
    return None


def _not_mounted(mount_point: Path) -> str:
    """What to do of a folder chosen on a drive /etc/fstab mounts at ``mount_point`` while
    nothing is mounted there."""
    return fill(
        tr(
            "No drive is mounted on %1 now (/etc/fstab names it as a drive's place): connect "
            "or mount that drive, then press OK; or choose another folder."
        ),
        str(mount_point),
    )


def tray_available() -> bool:
    """Whether the desktop shows a system tray now (GNOME shows none without an extension)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def _no_backup_yet() -> str:  # (read at each call: in the language of the moment)
    return tr("No backup yet: netdesk makes one each day it runs.")


def backups_said(found: list[backups.BackupFile], now: dt.datetime) -> tuple[str, bool]:
    """What the backups ``found`` (one database's, newest first: ``backups.own_backups``) say
    under the folder: the latest backup, how many, how much room; and True when the latest is
    older than yesterday while netdesk runs (the daily backup fails, said once in a status bar
    the tray user never sees: a drive gone, a full disk)."""
    from netdesk.ui.restore_dialog import when_text

    if not found:
        return _no_backup_yet(), False
    latest = found[0]  # newest first
    said = fill(
        tr("Latest backup: %1 (%2, %3 in all)."),
        when_text(latest.made),
        tr("%Ln backups", None, len(found)),
        QLocale().formattedDataSize(sum(f.size for f in found)),
    )
    if latest.made.date() >= now.date() - dt.timedelta(days=1):
        return said, False
    return (
        fill(
            tr("No backup since %1: the daily backup may be failing (see the log)."),
            when_text(latest.made),
        ),
        True,
    )


def _no_room_said(folder: Path, short: backups.RoomShort, latest: str) -> str:
    """A folder without room for a backup, as the backup itself refuses it: what a backup
    takes, what is kept free beside it for the database, and so what is to be freed. "A
    backup needs 36 MB" of a 10 MB database was its size, as much again and the margin, the
    -wal's pages left out."""
    size = QLocale().formattedDataSize
    if short.kept_free:  # the database's own disk
        said = fill(
            tr(
                "There is no room for a backup in %1: %2 free; a backup takes %3, and %4 more "
                "are kept free there for the database itself to keep working. Free %5 there, "
                "or choose a folder on another disk. %6"
            ),
            str(folder),
            size(short.free),
            size(short.backup),
            size(short.kept_free),
            size(short.to_free),
            latest,
        )
    else:
        said = fill(
            tr(
                "There is no room for a backup in %1: %2 free, and a backup takes %3. "
                "Free %4 there, or choose another folder. %5"
            ),
            str(folder),
            size(short.free),
            size(short.backup),
            size(short.to_free),
            latest,
        )
    return said.rstrip()


@dataclass(frozen=True)
class BackupsSeen:
    """What a worker found of the backups folder the field names (``look_at_backups``).

    ``found`` is None when the folder was not listed (on a drive not mounted, or read-only);
    ``error`` says why it could not be listed; ``short`` is what its disk lacks for a
    backup, if it lacks room.
    """

    folder: Path
    away: Path | None = None  # the mount point /etc/fstab names for it, nothing mounted there
    read_only: bool = False
    gone: bool = False  # saved, and not there: the default folder was read instead
    found: list[backups.BackupFile] | None = None
    error: str | None = None
    short: backups.RoomShort | None = None


def look_at_backups(
    folder: Path,
    default: Path,
    saved: bool,
    database: Path | None,
    cancelled: Callable[[], bool] | None = None,
) -> BackupsSeen:
    """Everything the backups line says of ``folder``, read from the disk (on a worker: each
    backup is opened to tell this database's from another data folder's, and a drive asleep
    or a network share answers in seconds). That folder alone: whether the backups reach a
    drive just chosen is what is asked.

    Args:
        default: ``<data folder>/backups``, where the backups go while a chosen folder is gone.
        saved: ``folder`` is the one saved in the settings (not one being typed).
        database: whose backups are counted: another data folder's in the same folder (README:
            several may share one) are not; they said "Latest backup: today" over this one's
            backups failing for a week, and counted twice as many.

    Raises:
        BackupCancelled: ``cancelled()`` turned True.
    """
    try:
        return _look_at_backups(folder, default, saved, database, cancelled)
    except OSError as problem:  # a folder that cannot be looked at (a name too long)
        return BackupsSeen(folder, found=[], error=str(problem))


def _look_at_backups(
    folder: Path,
    default: Path,
    saved: bool,
    database: Path | None,
    cancelled: Callable[[], bool] | None,
) -> BackupsSeen:
    # on a drive /etc/fstab mounts, not mounted: told as it is typed, not after OK
    away = backups.unmounted(folder) if folder != default else None
    if away is not None and not saved:
        return BackupsSeen(folder, away=away)
    # (the empty mount point of a drive not mounted is the root's: told as not mounted)
    if away is None and folder.is_dir() and not os.access(folder, os.W_OK):
        # "No backup yet: netdesk makes one each day it runs" was said of a folder no
        # backup can be written to (made read-only since, or typed): each one failed
        return BackupsSeen(folder, read_only=True)
    gone, error = False, None
    try:
        # the chosen folder gone: where the backups go meanwhile, and what is there
        gone = saved and backups.folder_to_use(folder, default)[1] is not None
        found = backups.own_backups(default if gone else folder, database, cancelled)
    except OSError as problem:  # a folder that cannot be listed (nor looked at)
        found, error = [], str(problem)
    short = None
    if away is None and not gone and database is not None:
        short = backups.room_short(folder, database)
    return BackupsSeen(folder, away, False, gone, found, error, short)


class _Said(QObject):
    """Signals:
    read(int, object): the read's number, and what it found."""

    read = Signal(int, object)


_pool: QThreadPool | None = None


def backups_pool() -> QThreadPool:
    """The backups folder's reads' own threads: on the global pool a read waited behind the
    start-up backup (a minute on a big database), the line unsaid meanwhile."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)  # a read forgotten, on a drive slow to wake, holds no other
    return _pool


class BackupsReader(QObject):
    """Reads a backups folder on a worker (``look_at_backups``; the restore dialog's list), as
    the card reads a photo (``card_photo.PhotoReader``): only the latest read asked for, and
    not forgotten, is said. Nothing waits for a read forgotten: it stops at its next file,
    and its answer, if it had one already, goes to no one (the dialog closed meanwhile:
    never to a widget gone).

    Signals:
        read(object): what the latest read asked for found (:class:`BackupsSeen`...).
    """

    read = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._asked = 0  # the number of the latest read asked for
        self._cancel: threading.Event | None = None  # of the latest read asked for
        # deleted unclosed (never shown): the read under way stops as for a dialog closed
        latest = self._latest = [threading.Event()]  # (read in ``destroyed``: no ``self``)
        self.destroyed.connect(lambda *_: latest[0].set())

    def start(self, look: Callable[[Callable[[], bool]], object]) -> None:
        """Run ``look(cancelled)`` on a worker; a read asked for before is forgotten."""
        self.forget()
        number = self._asked
        cancel = self._cancel = self._latest[0] = threading.Event()
        said = _Said()  # no parent: the dialog may be gone when the read ends
        said.read.connect(self._done, Qt.ConnectionType.QueuedConnection)

        def work() -> None:
            if cancel.is_set():
                return  # forgotten before it began: the folder not even touched
            try:
                seen = look(cancel.is_set)
            except backups.BackupCancelled:
                return
            except Exception:  # the line keeps its "Looking at the backups…": logged
                log.exception("the backups folder could not be read")
                return
            said.read.emit(number, seen)

        backups_pool().start(work)

    def reading(self) -> bool:
        """Whether a read asked for has not been said yet (nor forgotten)."""
        return self._cancel is not None

    def forget(self) -> None:
        """The read under way is not said, and stops at its next file."""
        self._asked += 1
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def _done(self, number: int, seen: object) -> None:
        if number != self._asked or self._cancel is None:
            return  # forgotten: another folder asked for since, or the dialog closed
        self._cancel = None
        self.read.emit(seen)


def _width_showing(edit: QLineEdit, text: str) -> int:
    """How wide ``edit`` must be to show ``text`` whole, as QLineEdit works out its size."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    margins = edit.textMargins()
    inside = edit.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right()
    inside += 2 * 2 + 1  # QLineEdit's own margin each side, and the cursor
    size = QSize(inside, edit.sizeHint().height())
    return (
        edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, size, edit).width()
    )


class FolderField(QWidget):
    """A folder path with "Choose…" and (optionally) "Clear" buttons."""

    def __init__(self, text: str, name: str, *, clearable: bool) -> None:
        super().__init__()
        self.name = name
        self.edit = QLineEdit(text)
        self.edit.setAccessibleName(name)
        self.choose = QPushButton(tr("Choose…"))
        self.choose.setAccessibleName(tr("Choose the %1").replace("%1", name.lower()))
        self.choose.clicked.connect(self.pick)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose)
        self.clear: QPushButton | None = None
        if clearable:
            self.clear = QPushButton(tr("Clear"))
            self.clear.setAccessibleName(tr("Clear the %1").replace("%1", name.lower()))
            self.clear.clicked.connect(self.edit.clear)
            self.edit.textChanged.connect(self._update_clear)
            row.addWidget(self.clear)
            self._update_clear()

    def _update_clear(self) -> None:
        if self.clear is not None:
            self.clear.setEnabled(bool(self.edit.text()))

    def pick(self) -> None:
        # the prompt only when it is a folder (the default backups folder), not "Off": read as
        # a folder of that name, the calendar feed's chooser opened wherever netdesk was
        # started from
        start = next(
            (
                text
                for text in (self.text(), self.edit.placeholderText())
                if text and Path(text).is_absolute()
            ),
            str(Path.home()),
        )
        folder = QFileDialog.getExistingDirectory(self, self.name, start)
        if folder:
            self.edit.setText(folder)

    def text(self) -> str:
        """The folder, "~" read as the home folder (as a shell would: it was a folder named
        "~" in the working directory)."""
        text = self.edit.text().strip()
        return str(Path(text).expanduser()) if text.startswith("~") else text


class PreferencesDialog(QDialog):
    """Every field is saved on OK; Cancel changes nothing (start at login included)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.context = context
        settings = context.settings

        self.cadence = QComboBox()
        self.cadence.setAccessibleName(tr("Default cadence for new contacts"))
        for days, label in cadence_choices():
            if days != CUSTOM_CADENCE:
                self.cadence.addItem(label, days)
        current = settings.get(s.DEFAULT_CADENCE_DAYS) or None
        if current is not None and self.cadence.findData(current) < 0:
            # A default set elsewhere (older version, edited file): keep it, do not round it.
            self.cadence.addItem(tr("Every %Ln day(s)", None, current), current)
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(current)))

        self.quiet_start = QTimeEdit(_time(settings.get(s.QUIET_HOURS_START), "21:00"))
        self.quiet_end = QTimeEdit(_time(settings.get(s.QUIET_HOURS_END), "08:00"))
        for edit, name in (
            (self.quiet_start, tr("Quiet hours start")),
            (self.quiet_end, tr("Quiet hours end")),
        ):
            typed_in_full(edit)
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(name)
        # the same time twice means no quiet hours (reminders.QuietHours), which nothing
        # said: "00:00 to 00:00" read as quiet all day, and there was no other way to have none
        self.quiet_none = QLabel(tr("none: reminders come at any hour"))
        self.quiet_none.setObjectName("noQuietHours")
        self.quiet_none.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for edit in (self.quiet_start, self.quiet_end):
            edit.timeChanged.connect(self._show_quiet_none)
        self._show_quiet_none()
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addWidget(self.quiet_none)
        quiet.addStretch(1)

        self.start_at_login = QCheckBox(tr("Start netdesk in the tray when I &log in"))
        # The autostart entry itself is the truth: the user may have removed it by hand.
        self.start_at_login.setChecked(is_start_at_login(context.paths.data_dir))
        # the only way back after "Quit on close instead" in the close-to-tray news
        self.close_to_tray = QCheckBox(tr("Keep running in the &tray when the window is closed"))
        self.close_to_tray.setChecked(settings.get(s.CLOSE_TO_TRAY))
        # no tray to run in (GNOME without an AppIndicator extension): closing the window
        # quits and a start at login shows the window, whatever the boxes said ("Keep
        # running in the tray" ticked on a desktop where closing had just quit netdesk).
        # Said, and the box off; its choice is kept for a tray that comes later.
        self.no_tray = QLabel(
            tr(
                "This desktop shows no system tray: closing the window quits netdesk, and at "
                "login netdesk starts with its window open."
            )
        )
        self.no_tray.setObjectName("noSystemTray")
        self.no_tray.setWordWrap(True)
        self.no_tray.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        has_tray = tray_available()
        self.close_to_tray.setEnabled(has_tray)
        self.no_tray.setVisible(not has_tray)

        self.backup_folder = FolderField(
            settings.get(s.BACKUP_FOLDER), tr("Backups folder"), clearable=True
        )
        self.backup_folder.edit.setPlaceholderText(str(context.paths.backups))
        self.keep = QSpinBox()
        keep = settings.get(s.BACKUPS_TO_KEEP)
        # a year, or more when set so by hand: OK (for the quiet hours, say) wrote 365 over
        # 1000, and the next backup's rotation removed the older days' backups
        self.keep.setRange(1, max(365, keep))
        self.keep.setValue(keep)
        self.keep.setAccessibleName(tr("Daily backups to keep"))
        self.keep.setToolTip(
            tr(
                "The newest backup of each of that many days is kept, and also the newest of "
                "each of the last four weeks"
            )
        )
        # "0" or nothing typed (below its least, 1) went back to the number before it as the
        # field was left, and OK saved that without a word: what was typed is kept to be said
        self._keep_typed: str | None = None
        self._keep_last = self.keep.value()
        self.keep.lineEdit().textEdited.connect(self._keep_edited)
        self.keep.valueChanged.connect(self._keep_taken)
        keep_row = QHBoxLayout()
        keep_row.addWidget(self.keep)
        keep_row.addStretch(1)
        self.backups_state = QLabel()
        self.backups_state.setObjectName("backupsState")
        self.backups_state.setWordWrap(True)
        self.backups_state.setTextFormat(Qt.TextFormat.PlainText)
        self.backups_state.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.backups_stale = InlineMessage()  # the same words, in red, when no backup is made
        self.backups_stale.setObjectName("backupsStale")
        self.backups_reader = BackupsReader(self)
        self.backups_reader.read.connect(self._show_backups_seen)
        self.backup_folder.edit.textChanged.connect(self.show_backups_state)
        self.show_backups_state()

        self.ics_folder = FolderField(
            settings.get(s.ICS_FOLDER), tr("Calendar feed folder"), clearable=True
        )
        self.ics_folder.edit.setPlaceholderText(tr("Off"))
        ics_help = QLabel(tr("Calendar apps can subscribe to netdesk.ics in this folder."))
        ics_help.setWordWrap(True)
        ics_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.data_folder = QLineEdit(str(context.paths.data_dir))
        self.data_folder.setReadOnly(True)
        self.data_folder.setAccessibleName(tr("Data folder"))
        self.open_data = QPushButton(tr("Open"))
        self.open_data.setAccessibleName(tr("Open the data folder"))
        self.open_data.setToolTip(tr("Show the data folder in the file manager"))
        self.open_data.clicked.connect(self.open_data_folder)
        data_row = QHBoxLayout()
        data_row.addWidget(self.data_folder, 1)
        data_row.addWidget(self.open_data)

        self.problem = InlineMessage()
        form = QFormLayout()
        # Alt+letters: O, C are OK's and Cancel's on KDE and GNOME
        form_row(form, tr("New contacts &keep in touch"), self.cadence)
        form_row(form, tr("&Quiet hours (no reminders)"), quiet, self.quiet_start)
        form.addRow("", self.start_at_login)
        form.addRow("", self.close_to_tray)
        if not has_tray:  # (a hidden row keeps its height)
            form.addRow("", self.no_tray)
        form_row(form, tr("&Backups folder"), self.backup_folder, self.backup_folder.edit)
        form_row(form, tr("&Daily backups kept"), keep_row, self.keep)
        # one row for both: a form row whose widget is hidden keeps its (empty) label's height
        backups_note = QVBoxLayout()
        backups_note.setContentsMargins(0, 0, 0, 0)
        backups_note.addWidget(self.backups_state)
        backups_note.addWidget(self.backups_stale)
        backups_note.addStretch(1)  # a wrapped text given more height than it needs: to the top
        form.addRow("", backups_note)
        form_row(form, tr("Calendar &feed folder"), self.ics_folder, self.ics_folder.edit)
        form.addRow("", ics_help)
        form_row(form, tr("Data fold&er"), data_row, self.data_folder)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(self._width_for_paths(), self.sizeHint().height())

    def _width_for_paths(self) -> int:
        """600 pixels, or what shows the folders' paths whole (a home folder's
        /home/<name>/.local/share/netdesk/backups was cut at 600, "/home/marguerite/.local/sh"),
        at most nine tenths of the screen."""
        hint = self.sizeHint().width()
        wanted = 600
        for edit in (self.backup_folder.edit, self.ics_folder.edit, self.data_folder):
            grown = _width_showing(edit, edit.text() or edit.placeholderText())
            wanted = max(wanted, hint + grown - edit.sizeHint().width())
        screen = self.screen()
        return min(wanted, screen.availableGeometry().width() * 9 // 10) if screen else wanted

    def _keep_edited(self, text: str) -> None:
        state = self.keep.validate(text, 0)[0]
        self._keep_typed = None if state == QValidator.State.Acceptable else text

    def _keep_taken(self, value: int) -> None:
        """Another number taken (the arrows): what was typed before is gone. (Leaving the
        field or Enter put the last number back, and tells it again.)"""
        if value != self._keep_last:
            self._keep_typed = None
        self._keep_last = value

    def _show_quiet_none(self) -> None:
        self.quiet_none.setVisible(self.quiet_start.time() == self.quiet_end.time())

    def show_backups_state(self) -> None:
        """The backups in the folder the field names (its default when empty), read on a
        worker: "Looking at the backups…" until it is said (the dialog showed after 0.3 s
        with a year of backups on a local disk, seconds on a USB drive)."""
        text = self.backup_folder.text()
        default = self.context.paths.backups
        folder = Path(text) if text and Path(text).is_absolute() else default
        saved = text == self.context.settings.get(s.BACKUP_FOLDER)
        database = self.context.paths.database
        self.backups_state.setText(tr("Looking at the backups…"))
        self.backups_state.show()
        self.backups_stale.show_problem(None)
        self.backups_reader.start(
            lambda cancelled: look_at_backups(folder, default, saved, database, cancelled)
        )

    def _show_backups_seen(self, seen: BackupsSeen) -> None:
        if seen.away is not None and seen.found is None:  # typed, not saved
            self.backups_state.setText("")
            self.backups_state.hide()
            self.backups_stale.show_problem(_not_mounted(seen.away))
            self._grow_to_fit()
            return
        if seen.read_only:
            self.backups_state.setText("")
            self.backups_state.hide()
            self.backups_stale.show_problem(
                fill(
                    tr("netdesk cannot write to the folder %1 (is it read-only?)."),
                    self.backup_folder.text() or str(seen.folder),
                )
            )
            self._grow_to_fit()
            return
        if seen.error is not None:
            said, stale = fill(tr("The backups cannot be listed: %1"), seen.error), True
        else:
            said, stale = backups_said(seen.found or [], self.context.core.clock.now())
        if seen.away is not None:  # saved so (edited by hand, an older netdesk)
            said = fill(
                tr(
                    "No drive is mounted on %1 now (/etc/fstab names it as a drive's place): "
                    "the daily backups go to %2 until that drive is connected or mounted. %3"
                ),
                str(seen.away),
                str(self.context.paths.backups),
                said,
            )
            stale = True
        elif seen.gone:
            said = fill(
                tr(
                    "The backups folder %1 is not there (is its drive connected?): the daily "
                    "backups go to %2 meanwhile. %3"
                ),
                str(seen.folder),
                str(self.context.paths.backups),
                said,
            )
            stale = True
        elif seen.short is not None:
            # a full drive: each daily backup fails there (said once, in a status bar), and
            # "No backup yet: netdesk makes one each day it runs" is not so
            said = _no_room_said(seen.folder, seen.short, "" if said == _no_backup_yet() else said)
            stale = True
        self.backups_state.setText("" if stale else said)
        self.backups_state.setVisible(not stale)
        self.backups_stale.show_problem(said if stale else None)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller when the backups line is said in more lines than "Looking at the backups…"
        (the dialog was sized for that one): a two-line warning squeezed the rows above it."""
        layout = self.layout()
        if layout is not None:
            layout.activate()  # (its size hint made again with the new words)
        wanted = self.sizeHint().height()
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def open_data_folder(self) -> bool:
        return open_folder(self, self.context.paths.data_dir)

    def done(self, result: int) -> None:
        self.backups_reader.forget()  # closed while reading: its answer goes to no one
        super().done(result)

    def accept(self) -> None:
        for field, setting in (
            (self.backup_folder, s.BACKUP_FOLDER),
            (self.ics_folder, s.ICS_FOLDER),
        ):
            problem = _folder_problem(
                field.text(), changed=field.text() != self.context.settings.get(setting)
            )
            if problem:
                # said once: the backups folder's note may already say it, under the field
                said = not self.backups_stale.isHidden() and self.backups_stale.text() == problem
                self.problem.show_problem(None if said else problem)
                field.edit.setFocus()
                return
        for edit in (self.quiet_start, self.quiet_end):
            # "25:00" typed in full shows 02:00 with its hour said wrong: not saved as 02:00
            problem = show_typing_problem(edit)
            if problem:
                self.problem.show_problem(problem)
                return
        if self._keep_typed is not None:
            self.problem.show_problem(
                fill(
                    tr("Daily backups kept: “%1” is not a number from 1 to %2; %3 is kept.")
                    if self._keep_typed.strip()
                    else tr("Daily backups kept: no number was typed; %3 is kept."),
                    self._keep_typed,
                    QLocale().toString(self.keep.maximum()),
                    QLocale().toString(self.keep.value()),
                )
            )
            self._keep_typed = None  # (said: OK again saves the number shown)
            self.keep.setFocus()
            self.keep.selectAll()
            return
        wanted = self.start_at_login.isChecked()
        if wanted != is_start_at_login(self.context.paths.data_dir):
            try:
                set_start_at_login(wanted, self.context.paths.data_dir)
            except OSError as error:
                self.problem.show_problem(
                    tr("Could not change start at login: %1").replace("%1", str(error))
                )
                return
        settings = self.context.settings
        saved = settings.set_all(
            [
                (s.START_AT_LOGIN, wanted),
                (s.CLOSE_TO_TRAY, self.close_to_tray.isChecked()),
                (s.DEFAULT_CADENCE_DAYS, int(self.cadence.currentData() or 0)),
                (s.QUIET_HOURS_START, self.quiet_start.time().toString("HH:mm")),
                (s.QUIET_HOURS_END, self.quiet_end.time().toString("HH:mm")),
                (s.BACKUP_FOLDER, self.backup_folder.text()),
                (s.BACKUPS_TO_KEEP, self.keep.value()),
                (s.ICS_FOLDER, self.ics_folder.text()),
            ]
        )
        # Quiet hours may move a reminder; the calendar feed rewrites itself on this signal.
        self.context.changes.follow_ups_changed.emit()
        if not saved:  # in use now, but the next start would silently forget them
            self.problem.show_problem(
                tr(
                    "Your preferences could not be saved to %1: is the disk full or the folder "
                    "read-only? They apply until netdesk quits; press OK to try again."
                ).replace("%1", str(settings.path))
            )
            return
        super().accept()
