"""Unexpected errors end in a dialog saying what happened and where the log is."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from netdesk.ui.widgets import tr

log = logging.getLogger("netdesk.ui")


class ErrorReporter:
    """sys.excepthook: logs the traceback and shows it once per burst of errors."""

    def __init__(
        self, log_file: Path, parent: QWidget | None = None, *, interactive: bool = True
    ) -> None:
        self.log_file = log_file
        self.parent = parent
        self.interactive = interactive
        self.showing = False
        self.errors: list[str] = []

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
        if not self.interactive or self.showing or QApplication.instance() is None:
            print(text, file=sys.stderr)
            return
        self.showing = True
        try:
            self.show(error, text)
        finally:
            self.showing = False

    def show(self, error: BaseException, details: str) -> None:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(tr("netdesk: something went wrong"))
        box.setText(
            tr("An unexpected error happened: %1").replace("%1", str(error) or type(error).__name__)
        )
        box.setInformativeText(
            tr(
                "Your data is safe: every change is saved as you make it, and unsaved edits stay "
                "in the window. The details were written to the log:\n%1"
            ).replace("%1", str(self.log_file))
        )
        box.setDetailedText(details)
        open_log = box.addButton(tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_log:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_file.parent)))


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """An expected failure (a locked file, a full disk): one plain message."""
    QMessageBox.warning(parent, title, message)
