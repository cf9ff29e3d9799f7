"""The one application context built at start-up and handed to every window and service."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.ui.settings import Settings

log = logging.getLogger("netdesk.ui")


class Changes(QObject):
    """What every view listens to instead of refreshing itself by hand.

    Signals:
        contacts_changed(object): a list of changed contact ids, or None for "anything".
        journal_changed(object): ids of contacts whose journal changed.
        follow_ups_changed(): due items may have moved.
        open_contact(int): someone (tray, Today view, notification) asks to show this contact.
    """

    contacts_changed = Signal(object)
    journal_changed = Signal(object)
    follow_ups_changed = Signal()
    open_contact = Signal(int)

    def everything(self) -> None:
        self.contacts_changed.emit(None)
        self.journal_changed.emit(None)
        self.follow_ups_changed.emit()


@dataclass
class AppContext:
    paths: Paths
    core: Core
    settings: Settings
    changes: Changes
    log_file: Path
    undo_stack: QUndoStack

    @classmethod
    def create(cls, paths: Paths, core: Core, log_file: Path) -> AppContext:
        return cls(
            paths=paths,
            core=core,
            settings=Settings(paths.data_dir / "settings.ini"),
            changes=Changes(),
            log_file=log_file,
            undo_stack=QUndoStack(),
        )
