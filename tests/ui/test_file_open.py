"""Finder-style file opening (QFileOpenEvent) becomes an import request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.file_open import FileOpenListener


def test_file_open_event_is_turned_into_files_opened(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    listener = FileOpenListener()
    app.installEventFilter(listener)
    card = tmp_path / "ana.vcf"
    card.write_text("BEGIN:VCARD\r\nEND:VCARD\r\n")
    try:
        with qtbot.waitSignal(listener.files_opened, timeout=2000) as opened:
            QApplication.sendEvent(app, QFileOpenEvent(str(card)))
        assert opened.args == [[str(card)]]
        with qtbot.waitSignal(listener.files_opened, timeout=2000) as by_url:
            QApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(str(card))))
        assert by_url.args == [[str(card)]]
    finally:
        app.removeEventFilter(listener)
