"""Files opened from the desktop without argv: macOS Finder sends a QFileOpenEvent instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent


class FileOpenListener(QObject):
    """Install on the QApplication; turns each FileOpen event into an import request.

    Signals:
        files_opened(list): local paths of the opened files.
    """

    files_opened = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            path = event.file() or event.url().toLocalFile()
            if path:
                self.files_opened.emit([path])
                return True
        return super().eventFilter(watched, event)
