"""A newcomer's first hour, end to end in one window: a folder of real address-book exports
(the conformance corpus) dragged from a file manager onto the welcome page, delivered as the
system delivers a drop (to the window's QWindow), previewed and imported; the welcome page
gives way to the list, whose contacts are the ones imported."""

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


def _drop(window: MainWindow, over: QWidget, *paths: Path) -> tuple[bool, bool]:
    """Enter, move and drop over ``over``; whether the entering and the drop were taken."""
    data = QMimeData()
    urls = [QUrl.fromLocalFile(str(path)) for path in paths]
    data.setUrls(urls)
    data.setText("".join(url.toString() + "\r\n" for url in urls))  # as GNOME Files offers
    at = over.mapTo(window, over.rect().center())
    handle = window.windowHandle()
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    keys = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at, action, data, buttons, keys)
    QApplication.sendEvent(handle, enter)
    QApplication.sendEvent(handle, QDragMoveEvent(at + QPoint(2, 2), action, data, buttons, keys))
    drop = QDropEvent(QPointF(at + QPoint(2, 2)), action, data, buttons, keys)
    QApplication.sendEvent(handle, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_folder_dropped_on_the_welcome_page_is_previewed_and_imported(
    qtbot: QtBot, active_main_window: MainWindow, corpus_dir: Path
) -> None:
    window = active_main_window
    assert window.pages.currentWidget() is window.empty_state
    folder = corpus_dir / "KDE+kcontacts"
    assert _drop(window, window.empty_state.add_button, folder) == (True, True)
    controller = window._import_controller()
    assert isinstance(controller, ImportController)
    qtbot.waitUntil(lambda: controller.preview is not None, timeout=20_000)
    preview = controller.preview
    assert preview is not None
    new = len(preview.rows.new)
    assert new > 0
    preview.accept()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.split, timeout=20_000)
    qtbot.waitUntil(lambda: window.contacts.view.model().rowCount() == new, timeout=10_000)
    stored = window.context.core.contacts.summaries(
        window.context.core.contacts.list_ids(window.contacts.model.list_filter, limit=1000)
    )
    assert len(stored) == new


def test_a_picture_dropped_on_the_welcome_page_is_not_taken(
    qtbot: QtBot, active_main_window: MainWindow, tmp_path: Path
) -> None:
    """The pointer does not offer a drop it would refuse (drag.may_import)."""
    window = active_main_window
    picture = tmp_path / "holiday.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    assert _drop(window, window.empty_state.import_button, picture) == (False, False)
    assert window.pages.currentWidget() is window.empty_state
