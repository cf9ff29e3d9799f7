"""Unexpected errors end in a dialog saying what happened and where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.ui.widgets import open_folder, shown_as_written, tr

log = logging.getLogger("netdesk.ui")


class _GuiThread(QObject):
    """Carries an error raised on a worker thread (a QRunnable's run) to the GUI thread: a
    message box built or run anywhere else is undefined behaviour, and would block the worker.

    Signals:
        raised(object, str): the exception and its formatted traceback.
    """

    raised = Signal(object, str)

    def __init__(self, reporter: ErrorReporter) -> None:
        super().__init__()
        self.reporter = reporter
        self.raised.connect(self.deliver)  # queued when emitted from another thread

    @Slot(object, str)
    def deliver(self, error: BaseException, details: str) -> None:
        self.reporter.tell(error, details)


class ErrorReporter:
    """sys.excepthook: logs the traceback and shows it once per burst of errors.

    Build it on the GUI thread; the hook may then run on any thread.
    """

    def __init__(
        self, log_file: Path, parent: QWidget | None = None, *, interactive: bool = True
    ) -> None:
        self.log_file = log_file
        self.parent = parent
        self.interactive = interactive
        self.showing = False
        self.errors: list[str] = []
        self._gui_thread = _GuiThread(self)

    def install(self) -> None:
        sys.excepthook = self.hook

    def hook(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error:\n%s", text)
        self.errors.append(text)
        if not self.interactive or QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        self._gui_thread.raised.emit(error, text)

    def _database_and_backups(self) -> tuple[str, str]:
        """The database file and the backups folder of the window's context (app.py makes
        the main window this reporter's parent), or plain words when there is none yet."""
        context = getattr(self.parent, "context", None)
        if context is None:
            return tr("netdesk's database"), tr("the backups folder")
        from netdesk.ui.restore_dialog import backup_folder

        return str(context.paths.database), str(backup_folder(context))

    def tell(self, error: BaseException, text: str) -> None:
        """On the GUI thread: the dialog, unless one is already open for this burst."""
        if self.showing:
            print(text, file=sys.stderr)
            return
        self.showing = True
        try:
            self.show(error, text)
        finally:
            self.showing = False

    def show(self, error: BaseException, details: str) -> None:
        # the box's classes, imported when a box is shown: making their Python types (and
        # enums) cost the start-up several milliseconds before the first paint
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import QLabel, QMessageBox, QTextEdit

        from netdesk.core import StoreError  # peewee: loaded by now if the store raised

        box = QMessageBox(self.parent)
        if _damaged(error):  # "Your data is safe" would be untrue, and the file is not named
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(tr("netdesk: the database is damaged"))
            database, backups = self._database_and_backups()
            text = tr("%1 is damaged: netdesk cannot read part of it.").replace("%1", database)
            informative = (
                tr(
                    "Do not delete it. File > Restore from backup…, or netdesk-cli restore FILE "
                    "in a terminal, puts a backup in its place (netdesk makes one a day, in %1) "
                    "and keeps the damaged file as a copy first."
                ).replace("%1", backups)
                + "\n\n"
                + tr("The details were written to the log:\n%1")
            )
        elif isinstance(error, StoreError):  # a full disk, a lock, a read-only file: expected
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(tr("netdesk: not saved"))
            text = str(error)
            informative = tr(
                "Unsaved edits stay in the window: save them again once the problem is solved. "
                "The details were written to the log:\n%1"
            )
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(tr("netdesk: something went wrong"))
            text = tr("An unexpected error happened: %1").replace(
                "%1", str(error) or type(error).__name__
            )
            informative = tr(
                "Your data is safe: every change is saved as you make it, and unsaved edits "
                "stay in the window. The details were written to the log:\n%1"
            )
            if self.parent is None:  # netdesk starting: no window yet, nor edits in it
                informative = tr("The details were written to the log:\n%1")
        informative = informative.replace("%1", str(self.log_file))
        box.setText(shown_as_written(text))
        box.setInformativeText(shown_as_written(informative))
        box.setDetailedText(details)
        # Ctrl+C copies what the box says, the log's path and the details, for a bug report
        # (QMessageBox does so on Windows only; elsewhere it copied nothing), or what is
        # selected in it
        told = "\n\n".join([box.windowTitle(), text, informative, details])

        def copy() -> None:
            selected = [label.selectedText() for label in box.findChildren(QLabel)]
            focused = QApplication.focusWidget()
            if isinstance(focused, QTextEdit) and focused.textCursor().hasSelection():
                focused.copy()
            else:
                QApplication.clipboard().setText(next((t for t in selected if t), told))

        QShortcut(QKeySequence.StandardKey.Copy, box).activated.connect(copy)
        open_log = box.addButton(tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_log:
            open_folder(self.parent, self.log_file.parent)


def _damaged(error: BaseException | None) -> bool:
    """Whether SQLite found the database file damaged, here or in what caused it (peewee
    raises its own DatabaseError with sqlite3's as the context)."""
    seen = 0
    while error is not None and seen < 10:
        text = str(error)
        if "database disk image is malformed" in text or "file is not a database" in text:
            return True
        error, seen = error.__cause__ or error.__context__, seen + 1
    return False


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """An expected failure (a locked file, a full disk): one plain message."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title, shown_as_written(message))  # a path, a name: not HTML
