"""The daily start-up backup, made on a worker thread so the window never waits for it."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from netdesk.core import backups
from netdesk.ui.context import AppContext
from netdesk.ui.settings import BACKUP_FOLDER, BACKUPS_TO_KEEP

log = logging.getLogger("netdesk.ui")


class _Job(QRunnable):
    def __init__(self, owner: StartupBackup, folder: Path, keep_daily: int) -> None:
        super().__init__()
        self.owner = owner
        self.folder = folder
        self.keep_daily = keep_daily

    def run(self) -> None:
        owner = self.owner
        context = owner.context
        try:
            made = backups.backup_if_due(
                self.folder,
                context.core.clock.now(),
                keep_daily=self.keep_daily,
                cancelled=owner.stopping.is_set,
            )
        except backups.BackupCancelled:
            log.info("start-up backup stopped: netdesk is quitting")
        except (backups.BackupError, OSError) as error:
            owner.failed.emit(str(error))
        else:
            owner.finished.emit(str(made) if made else "")
        finally:
            context.core.store.close()  # this worker thread's own SQLite connection
            owner.idle.set()


class StartupBackup(QObject):
    """Back the database up once a day, in the background.

    Signals:
        finished(str): the new backup's path, or "" when a recent one already existed.
        failed(str): why the backup could not be made (the window shows it, nothing else stops).
    """

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.stopping = threading.Event()
        self.idle = threading.Event()
        self.idle.set()
        self.finished.connect(self._log_made)
        self.failed.connect(lambda reason: log.warning("start-up backup failed: %s", reason))

    def folder(self) -> Path:
        chosen = self.context.settings.get(BACKUP_FOLDER)
        return Path(chosen) if chosen else self.context.paths.backups

    def start(self) -> None:
        keep = max(1, self.context.settings.get(BACKUPS_TO_KEEP))
        job = _Job(self, self.folder(), keep)
        self.idle.clear()
        QThreadPool.globalInstance().start(job)

    def stop(self, timeout: float = 30.0) -> bool:
        """At quit: cancel a backup still being written (its partial file is removed) and wait
        for the worker, so it never outlives this object or the database. True once idle."""
        self.stopping.set()
        return self.idle.wait(timeout)

    @staticmethod
    def _log_made(path: str) -> None:
        if path:
            log.info("start-up backup written to %s", path)
