"""The daily start-up backup, made on a worker thread so the window never waits for it."""

from __future__ import annotations

import logging
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
        context = self.owner.context
        try:
            made = backups.backup_if_due(
                self.folder, context.core.clock.now(), keep_daily=self.keep_daily
            )
        except (backups.BackupError, OSError) as error:
            self.owner.failed.emit(str(error))
        else:
            self.owner.finished.emit(str(made) if made else "")
        finally:
            context.core.store.close()  # this worker thread's own SQLite connection


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
        self.finished.connect(self._log_made)
        self.failed.connect(lambda reason: log.warning("start-up backup failed: %s", reason))

    def folder(self) -> Path:
        chosen = self.context.settings.get(BACKUP_FOLDER)
        return Path(chosen) if chosen else self.context.paths.backups

    def start(self) -> None:
        keep = max(1, self.context.settings.get(BACKUPS_TO_KEEP))
        job = _Job(self, self.folder(), keep)
        QThreadPool.globalInstance().start(job)

    @staticmethod
    def _log_made(path: str) -> None:
        if path:
            log.info("start-up backup written to %s", path)
