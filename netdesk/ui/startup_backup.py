"""The daily backup: at start-up, then again whenever a new day comes while netdesk runs (it
may run for weeks in the tray), made on a worker thread so the window never waits for it."""

from __future__ import annotations

import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, SignalInstance

from netdesk.core import backups
from netdesk.ui.context import AppContext
from netdesk.ui.settings import BACKUP_FOLDER, BACKUPS_TO_KEEP
from netdesk.ui.widgets import fill, tr

log = logging.getLogger("netdesk.ui")

# How often a running netdesk looks whether today's backup is made (a folder listing): it
# started at login and stayed in the tray for weeks, with the only backup from its first day.
CHECK_MS = 30 * 60 * 1000
# How often it looks whether Preferences chose another backups folder (a setting read from
# memory): a drive just chosen waited up to CHECK_MS for its first backup, with nothing in it
FOLDER_CHECK_MS = 60 * 1000


class _Job(QRunnable):
    def __init__(
        self, owner: StartupBackup, chosen: Path | None, default: Path, keep_daily: int
    ) -> None:
        super().__init__()
        self.owner = owner
        self.chosen = chosen  # the folder Preferences chose, None for the default one
        self.default = default
        self.keep_daily = keep_daily

    def folder(self) -> tuple[Path, Path | None]:
        """Where the backup goes, and the chosen folder when it is gone (core.backups.
        folder_to_use). Looked at here, on the worker: a share that stopped answering may
        hang a look."""
        return backups.folder_to_use(self.chosen, self.default)

    def run(self) -> None:
        try:
            self._run()
        finally:
            # whatever happened, an error the job did not expect too (said by the error
            # hook): what waits for the day's backup to be told (the no-tray note) goes on
            self.owner.job_ended.emit()

    def _run(self) -> None:
        owner = self.owner
        context = owner.context
        said: tuple[SignalInstance, tuple[str, ...]] | None = None
        try:
            folder, gone = self.folder()
            made = backups.backup_if_due(
                folder,
                context.core.clock.now(),
                keep_daily=self.keep_daily,
                # a restore waits for this job before it begins: it stops instead (made
                # again once the restore is over)
                cancelled=lambda: owner.stopping.is_set() or context.changes.replacing,
            )
        except backups.BackupCancelled:
            log.info("daily backup stopped: netdesk is quitting, or a restore begins")
        except backups.DamagedDatabaseError as error:
            log.error("daily backup: %s", error)
            said = owner.damaged, (str(error),)
        except (backups.BackupError, OSError) as error:
            said = owner.job_failed, (str(error),)
        else:
            if made and gone is not None:
                owner.job_elsewhere.emit(str(gone), str(made))
            said = owner.finished, (str(made) if made else "",)
        finally:
            context.core.store.close_own()  # this worker thread's own SQLite connection
            owner.idle.set()  # before the signal: whoever hears it may start the next one
        if said is not None:
            said[0].emit(*said[1])


class StartupBackup(QObject):
    """Back the database up once a day, in the background: at start-up, then every CHECK_MS
    if the day's backup is not made yet.

    Signals:
        finished(str): the new backup's path, or "" when today's already existed.
        failed(str): why the backup could not be made (the window shows it, nothing else
            stops); said once a day, not at every check while the folder stays unusable.
        damaged(str): the day's backup was made and shows the database damaged (said once:
            the day's backup exists, so no other is made that day).
        elsewhere(str): the chosen backups folder is not there (its drive unplugged?) and the
            day's backup was made in the default folder: what to tell the user, once a day.
    """

    finished = Signal(str)
    failed = Signal(str)
    damaged = Signal(str)
    elsewhere = Signal(str)
    job_failed = Signal(str)  # from the worker, to be said (or not) on the GUI thread
    job_ended = Signal()  # from the worker, after any of the others, whatever happened
    job_elsewhere = Signal(str, str)  # (the chosen folder gone, the backup made instead)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.idle.set()
        self.timer = QTimer(self)
        self.timer.setObjectName("dailyBackupTimer")
        self.timer.setInterval(CHECK_MS)
        self.timer.setTimerType(self.timer.timerType().VeryCoarseTimer)
        self.timer.timeout.connect(self.check)
        self.folder_timer = QTimer(self)
        self.folder_timer.setObjectName("backupFolderTimer")
        self.folder_timer.setInterval(FOLDER_CHECK_MS)
        self.folder_timer.setTimerType(self.timer.timerType().VeryCoarseTimer)
        self.folder_timer.timeout.connect(self._folder_changed)
        self._folder_used: str | None = None  # the setting the last look went by
        self._failure_told_on: dt.date | None = None
        self.finished.connect(self._log_made)
        context.changes.database_replacing.connect(self._database_replacing)
        self.job_failed.connect(self._job_failed)
        self.job_elsewhere.connect(self._job_elsewhere)
        self._elsewhere_told_on: dt.date | None = None
        self._database_marked = False  # see start()

    def folder(self) -> Path:
        chosen = self.context.settings.get(BACKUP_FOLDER)
        return Path(chosen) if chosen else self.context.paths.backups

    def start(self) -> None:
        """Back up now if today's backup is not made, and look again every CHECK_MS."""
        if not self.timer.isActive():
            self.timer.start()
            self.folder_timer.start()
        if not self.idle.is_set():
            return  # still writing the last one
        if not self._database_marked and self.context.core_open:
            # the id each backup carries, written here rather than by the worker's own
            # connection: the window took that write for another program's and read every
            # view again (a second or so of 100,000 contacts), ~3 s after the first backup
            self._database_marked = backups.mark_database() is not None
        keep = max(1, self.context.settings.get(BACKUPS_TO_KEEP))
        chosen = self._folder_used = self.context.settings.get(BACKUP_FOLDER)
        job = _Job(self, Path(chosen) if chosen else None, self.context.paths.backups, keep)
        self.idle.clear()
        QThreadPool.globalInstance().start(job)

    def check(self) -> None:
        """The timer's look: not while a restore replaces the database, nor at quit."""
        if self.stopping.is_set() or self.context.changes.replacing:
            return
        self.start()

    def _database_replacing(self, replacing: bool) -> None:
        """A restore over: the day's backup, which stopped for it, is made (of the data
        restored) rather than at the next look, up to CHECK_MS later. (At its start the
        job sees ``changes.replacing`` and stops.)"""
        if not replacing and self.timer.isActive():
            self.check()

    def _folder_changed(self) -> None:
        """Another backups folder chosen since the last look: the day's backup made there now."""
        if self.context.settings.get(BACKUP_FOLDER) != self._folder_used:
            self.check()

    def stop(self, timeout: float = 30.0) -> bool:
        """At quit: cancel a backup still being written (its partial file is removed) and wait
        for the worker, so it never outlives this object or the database. True once idle."""
        self.stopping.set()
        self.timer.stop()
        self.folder_timer.stop()
        return self.idle.wait(timeout)

    def _job_failed(self, reason: str) -> None:
        log.warning("daily backup failed: %s", reason)
        today = self.context.core.clock.now().date()
        if self._failure_told_on != today:
            self._failure_told_on = today
            self.failed.emit(reason)

    def _job_elsewhere(self, gone: str, made: str) -> None:
        log.warning("the backups folder %s is not there; the daily backup went to %s", gone, made)
        today = self.context.core.clock.now().date()
        if self._elsewhere_told_on != today:
            self._elsewhere_told_on = today
            self.elsewhere.emit(
                fill(
                    tr(
                        "The backups folder %1 is not there (is its drive connected?). "
                        "Today's backup was made in %2."
                    ),
                    gone,
                    str(Path(made).parent),
                )
            )

    @staticmethod
    def _log_made(path: str) -> None:
        if path:
            log.info("daily backup written to %s", path)
