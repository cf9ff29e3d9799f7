"""Long operations off the GUI thread: a progress dialog with Cancel, errors in a dialog, and the
changes signal afterwards (Anki's ``CollectionOp`` pattern). Imports and exports use it.

The work function runs in a QThreadPool worker; peewee gives that thread its own SQLite
connection (WAL lets the window keep reading meanwhile), closed when the work ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from netdesk.ui import memory
from netdesk.ui.context import AppContext
from netdesk.ui.errors import show_problem
from netdesk.ui.widgets import tr

log = logging.getLogger("netdesk.ui")

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def cancelled_errors() -> tuple[type[Exception], ...]:
    """What work raises when the user cancelled it. Imported when an operation fails, not with
    this module: the tray's calendar feed runs through Operation and needs none of them (the
    importer alone pulls in Pillow)."""
    from netdesk.core.backups import BackupCancelled
    from netdesk.core.contacts import BulkCancelled, DeleteCancelled, RestoreCancelled
    from netdesk.core.exporting import ExportCancelled
    from netdesk.core.importing import ImportCancelled

    return (
        ImportCancelled,
        ExportCancelled,
        BackupCancelled,
        DeleteCancelled,
        RestoreCancelled,
        BulkCancelled,
    )


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


def _spent(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> None:
    raise RuntimeError("an operation runs once")


class _Runnable(QRunnable):
    def __init__(
        self, work: Work, cancel: threading.Event, signals: _Signals, close: Callable[[], None]
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Operation owns it; Qt must not delete it under Python
        self.work = work
        self.cancel = cancel
        self.signals = signals
        self.close = close

    def run(self) -> None:
        said: tuple[Any, object]
        try:
            result = self.work(self.signals.progress.emit, self.cancel.is_set)
        except BaseException as error:  # every failure is reported on the GUI thread
            said = (self.signals.failed, error)
        else:
            said = (self.signals.done, result)
        try:
            self.close()
            # its connection's page cache (256 MiB for a bulk change of many contacts) and
            # whatever else it freed: resident for the rest of the session without this. Before
            # the window hears of the end: the trim holds the heap's lock (40-70 ms after a
            # bulk change), and every allocation of the window's refresh would wait for it.
            memory.give_back()
        finally:
            said[0].emit(said[1])


# Reasons that say it themselves (the failure's box adds "Nothing was changed." otherwise)
_SAYS_NOTHING_CHANGED = ("nothing was changed", "nothing was imported")


class Operation(QObject):
    """One running operation. Create it with :func:`run_operation`.

    Signals:
        succeeded(object): the work's result (GUI thread).
        cancelled(): the user cancelled; the work raised ImportCancelled/ExportCancelled.
        failed(object): the exception, after the error dialog (unless ``report_errors`` is off).
        ended(): after any of the three.
    """

    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)
    ended = Signal()

    _pool: QThreadPool | None = None
    _running: ClassVar[set[Operation]] = set()  # started and not ended (restore waits for none)

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None,
        label: str,
        work: Work,
        *,
        changes: bool = True,
        report_errors: bool = True,
    ) -> None:
        # No QObject parent: the window it was started from may close while it runs (Manage
        # tags, where Ctrl+Z started an undo), and deleted with it, its end was never heard
        # (Undo stayed off for good). ``_running`` keeps it until it ends.
        super().__init__()
        self.context = context
        self.parent_widget = parent
        self.label = label
        self.changes = changes
        self.report_errors = report_errors
        self.cancel_requested = threading.Event()
        self.running = False
        self.signals = _Signals()
        self.signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
        # Enter is no Cancel: an Enter meant for the window before (the import preview's)
        # cancelled the reading it had just started. Escape, a click or Space still cancel.
        # (A button of our own, set in its place, left Qt's Escape shortcut twice: ambiguous,
        # Escape cancelled nothing.)
        for button in self.dialog.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.dialog.setWindowTitle(tr("netdesk"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick operations never flash a dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.runnable = _Runnable(
            work, self.cancel_requested, self.signals, context.core.store.close
        )

    @classmethod
    def pool(cls) -> QThreadPool:
        if cls._pool is None:
            cls._pool = QThreadPool()
            cls._pool.setMaxThreadCount(1)  # one writer at a time, in order
        return cls._pool

    @classmethod
    def running_now(cls) -> list[Operation]:
        """The operations started and not ended yet (an import, an export, a bulk change)."""
        return list(cls._running)

    def start(self) -> None:
        self.running = True
        Operation._running.add(self)
        self.pool().start(self.runnable)

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it rolls back and raises *Cancelled."""
        if self.running:
            self.cancel_requested.set()
            if shiboken6.isValid(self.dialog):
                self.dialog.setLabelText(tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if self.cancel_requested.is_set() or not shiboken6.isValid(self.dialog):
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        self.running = False
        Operation._running.discard(self)
        # The work has returned (its result or error is what was signalled): its closure may
        # hold a whole import plan or export, and the window keeps this object.
        self.runnable.work = _spent
        if not shiboken6.isValid(self.dialog):  # gone with the window it was shown over
            return
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _on_done(self, result: object) -> None:
        self._finish()
        if self.changes:
            self.context.changes.contacts_changed.emit(None)
            self.context.changes.follow_ups_changed.emit()
        self.succeeded.emit(result)
        self.ended.emit()

    def _on_failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, cancelled_errors()):
            log.info("%s: cancelled", self.label)
            self.cancelled.emit()
        else:
            log.error("%s failed", self.label, exc_info=error)
            if self.report_errors:
                english = str(error) or type(error).__name__
                # a full disk's reason says it already: "...; nothing was changed."
                said = any(s in english.casefold() for s in _SAYS_NOTHING_CHANGED)
                reason = english
                if getattr(error, "template", ""):  # core's own words, in the user's language
                    from netdesk.ui.import_text import translated_reason

                    reason = translated_reason(error.template, error.template_args, english)  # type: ignore[attr-defined]
                show_problem(
                    self.parent_widget if shiboken6.isValid(self.parent_widget) else None,
                    tr("netdesk"),
                    (tr("%1 failed: %2") if said else tr("%1 failed: %2\n\nNothing was changed."))
                    .replace("%1", self.label.rstrip("…."))
                    .replace("%2", reason),
                )
            self.failed.emit(error)
        self.ended.emit()


def run_operation(
    context: AppContext,
    parent: QWidget | None,
    label: str,
    work: Work,
    *,
    on_success: Callable[[Any], None] | None = None,
    changes: bool = True,
    report_errors: bool = True,
) -> Operation:
    """Run ``work(progress, cancelled)`` on a worker thread behind a progress dialog.

    Args:
        label: what the dialog says ("Importing contacts…").
        work: called on the worker with ``progress(done, total)`` and ``cancelled() -> bool``.
        on_success: called on the GUI thread with the result.
        changes: emit ``context.changes`` (contacts and follow-ups) after a success.
    """
    operation = Operation(
        context, parent, label, work, changes=changes, report_errors=report_errors
    )
    if on_success is not None:
        operation.succeeded.connect(on_success)
    operation.start()
    return operation
