"""Contact files dropped on the window import wherever they land, a text field too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.import_flow import ImportController
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

BEN = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Stone\r\nEMAIL:ben@example.org\r\nEND:VCARD\r\n"


def _files_from_a_file_manager(*paths: Path) -> QMimeData:
    """What GNOME Files (and others) offer for dragged files: their URLs, and the same as text
    (for a terminal or an editor)."""
    data = QMimeData()
    urls = [QUrl.fromLocalFile(str(path)) for path in paths]
    data.setUrls(urls)
    data.setText("".join(url.toString() + "\r\n" for url in urls))
    return data


def _drag_and_drop(window: MainWindow, over: QWidget, data: QMimeData) -> bool:
    """A drag entering the window over ``over``, moving and dropping there, delivered as the
    system delivers it: to the window's QWindow, which hands it to the widget under it.
    Returns whether the drop was taken."""
    at = over.mapTo(window, over.rect().center())
    handle = window.windowHandle()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    keys = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, action, data, buttons, keys)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(at + QPoint(1, 1), action, data, buttons, keys)
    QApplication.sendEvent(handle, move)
    drop = QDropEvent(QPointF(at + QPoint(1, 1)), action, data, buttons, keys)
    QApplication.sendEvent(handle, drop)
    return drop.isAccepted()


def test_a_vcf_dropped_on_the_search_field_is_imported_not_typed_into_it(
    qtbot: QtBot, main_window: MainWindow, person, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Dropped from the file manager onto the search field (or a field of the card), the
    file's URL was pasted into the field as text, and nothing was imported."""
    person("Ana", "García")
    main_window.context.changes.contacts_changed.emit(None)
    with qtbot.waitExposed(main_window):
        main_window.show()
    path = tmp_path / "phone.vcf"
    path.write_text(BEN, encoding="utf-8")
    search = main_window.contacts.search
    assert _drag_and_drop(main_window, search, _files_from_a_file_manager(path))
    controller = main_window._import_controller()
    assert isinstance(controller, ImportController)
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=10_000)
    assert search.text() == ""
    assert controller.paths == [str(path)]
    preview = controller.preview
    assert preview is not None
    assert len(preview.rows.new) == 1
    preview.reject()


def test_text_and_other_files_dropped_on_a_field_are_the_fields(
    qtbot: QtBot, main_window: MainWindow, person, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Only contact files (and folders) are taken for an import: text, or a file of another
    kind, still goes to the field it is dropped on, as before."""
    person("Ana", "García")
    main_window.context.changes.contacts_changed.emit(None)
    with qtbot.waitExposed(main_window):
        main_window.show()
    search = main_window.contacts.search
    words = QMimeData()
    words.setText("Ana")
    assert _drag_and_drop(main_window, search, words)
    assert search.text() == "Ana"
    search.clear()
    notes = tmp_path / "notes.txt"
    notes.write_text("x", encoding="utf-8")
    assert _drag_and_drop(main_window, search, _files_from_a_file_manager(notes))
    assert search.text().startswith("file://")
    assert not main_window._import_controller().busy  # type: ignore[attr-defined]
