"""Files dropped on an open preview wait their turn, said in the preview, not refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.import_flow import ImportController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEND:VCARD\r\n"
CLEO = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cleo Park\r\nEND:VCARD\r\n"


def _files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_a_file_dropped_on_the_preview_is_imported_after_it(
    qtbot: QtBot, app_context: AppContext, tmp_path: Path
) -> None:
    first, second = tmp_path / "ben.vcf", tmp_path / "cleo.vcf"
    first.write_text(BEN, encoding="utf-8")
    second.write_text(CLEO, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    controller = ImportController(app_context, None)
    controller.start([str(first)])
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    preview = controller.preview
    assert preview is not None and preview.acceptDrops()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction

    other = _files(notes)  # kept: the event does not own it
    refused = QDragEnterEvent(QPoint(5, 5), action, other, buttons, keys)
    preview.dragEnterEvent(refused)
    assert not refused.isAccepted()  # no contact file: not taken
    mime = _files(second)
    entered = QDragEnterEvent(QPoint(5, 5), action, mime, buttons, keys)
    preview.dragEnterEvent(entered)
    assert entered.isAccepted()
    preview.dropEvent(QDropEvent(QPoint(5, 5), action, mime, buttons, keys))
    qtbot.waitUntil(lambda: controller.queue == [([str(second)], True)])
    assert preview.waiting.isVisibleTo(preview)
    assert preview.waiting.text() == "cleo.vcf will be imported once this import is done."

    with qtbot.waitSignal(controller.finished, timeout=10_000):
        preview.import_button.click()
    assert controller.summary_box is not None
    controller.summary_box.close()  # the next one's turn
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    after = controller.preview
    assert after is not None and after is not preview
    assert after.new_model.rowCount() == 1 and not after.waiting.isVisibleTo(after)
    with qtbot.waitSignal(controller.finished, timeout=10_000):
        after.import_button.click()
    assert controller.summary_box is not None
    controller.summary_box.close()
    assert app_context.core.contacts.count() == 2
