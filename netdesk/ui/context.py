"""The one application context built at start-up and handed to every window and service."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from netdesk.core.clock import Clock, SystemClock
from netdesk.core.paths import Paths
from netdesk.ui.settings import Settings

if TYPE_CHECKING:
    from netdesk.core import Core

log = logging.getLogger("netdesk.ui")


class Changes(QObject):
    """What every view listens to instead of refreshing itself by hand.

    Signals:
        contacts_changed(object): a list of changed contact ids, or None for "anything".
        journal_changed(object): ids of contacts whose journal changed.
        follow_ups_changed(): due items may have moved.
        open_contact(int): someone (tray, Today view, notification) asks to show this contact.
        undo_busy(bool): an undo or redo is running on the worker (True) or has ended (False);
            Undo and Redo stay off meanwhile, so the stack cannot move under it.
        database_replacing(bool): a restore is about to replace the database file (True):
            nothing may read it until it is back (False, restored or not).
        tag_renamed(str, str): a tag is now called the second name (an undo renames back);
            sent before the contacts_changed that follows, so a list filtered by the tag
            can follow it.
    """

    contacts_changed = Signal(object)
    journal_changed = Signal(object)
    follow_ups_changed = Signal()
    open_contact = Signal(int)
    undo_busy = Signal(bool)
    database_replacing = Signal(bool)
    tag_renamed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # True from database_replacing(True) to (False): what reads on demand (a list's rows
        # painted, a journal's next page) shows what it holds instead (netdesk.ui.restore_dialog)
        self.replacing = False
        # True once the system asked netdesk to stop (a shutdown, ``kill``): windows and
        # dialogs close without asking anything, nobody is there to answer
        self.stopping = False
        self.database_replacing.connect(self._note_replacing)  # first: before any view's slot

    def _note_replacing(self, replacing: bool) -> None:
        self.replacing = replacing

    def everything(self) -> None:
        self.contacts_changed.emit(None)
        self.journal_changed.emit(None)
        self.follow_ups_changed.emit()


class AppContext:
    """Paths, settings, the change notifier, the undo stack, and the core services.

    ``core`` may be opened on first use (``AppContext.starting``): the window paints its first
    page from ``netdesk.core.listing`` and opens the database right after.
    """

    def __init__(
        self,
        paths: Paths,
        core: Core | None,
        settings: Settings,
        changes: Changes,
        log_file: Path,
        undo_stack: QUndoStack,
        *,
        clock: Clock | None = None,
        open_core: Callable[[], Core] | None = None,
    ) -> None:
        if core is None and open_core is None:
            raise ValueError("AppContext needs a core or a way to open one")
        self.paths = paths
        self.settings = settings
        self.changes = changes
        self.log_file = log_file
        self.undo_stack = undo_stack
        self._core = core
        self._open_core = open_core
        self.clock: Clock = core.clock if core is not None else clock or SystemClock()

    @property
    def core(self) -> Core:
        """The services; opens the database on first use when it is not open yet."""
        if self._core is None:
            assert self._open_core is not None
            self._core = self._open_core()
            log.info("database opened after the first paint")
        return self._core

    @property
    def core_open(self) -> bool:
        return self._core is not None

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

    @classmethod
    def starting(
        cls,
        paths: Paths,
        log_file: Path,
        open_core: Callable[[Clock], Core],
        clock: Clock | None = None,
    ) -> AppContext:
        """A context whose core ``open_core(clock)`` opens on first use (after the first paint)."""
        clock = clock or SystemClock()
        return cls(
            paths=paths,
            core=None,
            settings=Settings(paths.data_dir / "settings.ini"),
            changes=Changes(),
            log_file=log_file,
            undo_stack=QUndoStack(),
            clock=clock,
            open_core=lambda: open_core(clock),
        )
