"""An image file dropped anywhere on the card is its photo, not its path typed into a field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _file_from_a_file_manager(path: Path) -> QMimeData:
    """What GNOME Files offers for a dragged file: its URL, and the same as text."""
    data = QMimeData()
    url = QUrl.fromLocalFile(str(path))
    data.setUrls([url])
    data.setText(url.toString() + "\r\n")
    return data


def _drag_and_drop(window: MainWindow, over: QWidget, data: QMimeData) -> bool:
    """Delivered as the system delivers it: to the window's QWindow, which hands it to the
    widget under the pointer. Returns whether the drop was taken."""
    at = over.mapTo(window, over.rect().center())
    handle = window.windowHandle()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    keys = Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(handle, QDragEnterEvent(at, action, data, buttons, keys))
    QApplication.sendEvent(handle, QDragMoveEvent(at + QPoint(1, 1), action, data, buttons, keys))
    drop = QDropEvent(QPointF(at + QPoint(1, 1)), action, data, buttons, keys)
    QApplication.sendEvent(handle, drop)
    return drop.isAccepted()


@pytest.mark.parametrize("where", ["given name", "notes", "name in the header"])
def test_an_image_dropped_on_the_card_is_its_photo(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    tmp_path: Path,
    where: str,
) -> None:
    ana = person("Ana", "García")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    with qtbot.waitExposed(main_window):
        main_window.show()
    card = main_window.card
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("orange"))
    photo = tmp_path / "ana.JPG"
    assert image.save(str(photo), "JPEG")
    target = {"given name": card.given_name, "notes": card.notes, "name in the header": None}
    over = target[where] or card.title_label
    card.scroll_area.ensureWidgetVisible(over)
    assert _drag_and_drop(main_window, over, _file_from_a_file_manager(photo))
    # it typed "file:///…/ana.JPG" into the field under the pointer (the header took nothing)
    qtbot.waitUntil(lambda: card._photo is not None)
    texts = (card.given_name.text(), card.notes.toPlainText())
    assert card.dirty
    assert card.save()
    assert texts == ("Ana", "")
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.photo and (stored.given_name, stored.notes) == ("Ana", "")


def test_another_file_dropped_on_a_field_is_still_the_fields(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    ana = person("Ana", "García")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    with qtbot.waitExposed(main_window):
        main_window.show()
    card = main_window.card
    paper = tmp_path / "paper.pdf"
    paper.write_bytes(b"%PDF-1.4\n")
    card.scroll_area.ensureWidgetVisible(card.notes)
    assert _drag_and_drop(main_window, card.notes, _file_from_a_file_manager(paper))
    text, photo = card.notes.toPlainText(), card._photo
    card.revert()  # before asserting: closing the window would ask about the edit
    assert text.startswith("file://") and photo is None
