"""What a drag out of the list shows: the row, with "12 contacts" on it when several go.
It showed one row and no count, and Qt's bare arrow once the current row was scrolled out
of view."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor, QDrag, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def listed(qtbot: QtBot, window: MainWindow, context: AppContext, count: int) -> ContactListPanel:
    with bulk.write_transaction():
        bulk.insert_contacts(
            [
                (Contact(given_name=f"Person{n:03d}", family_name="Lastname"), None)
                for n in range(count)
            ],
            context.core.clock.now(),
        )
    context.changes.contacts_changed.emit(None)
    window.resize(1000, 700)
    with qtbot.waitExposed(window):
        window.show()
    panel = window.contacts
    qtbot.waitUntil(lambda: panel.model.rowCount() == count and not panel.model.partial)
    panel.view.setFocus()
    return panel


def select_first(panel: ContactListPanel, rows: int) -> None:
    model, view = panel.model, panel.view
    view.setCurrentIndex(model.index(0, 0))
    view.selectionModel().select(
        QItemSelection(model.index(0, 0), model.index(rows - 1, 0)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )


def dragged_image(panel: ContactListPanel) -> QImage:
    """The pixmap the list's drag shows (the offscreen platform ends a drag at once; on one
    that runs it, it is given up with Esc)."""
    view = panel.view
    before = set(view.findChildren(QDrag))
    timer = QTimer(view)
    timer.timeout.connect(
        lambda: QTest.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
    )
    timer.start(50)
    view.startDrag(Qt.DropAction.CopyAction)
    timer.stop()
    made = [drag for drag in view.findChildren(QDrag) if drag not in before]
    assert len(made) == 1
    return made[0].pixmap().toImage().convertToFormat(QImage.Format.Format_ARGB32)


def logical_height(image: QImage) -> float:
    return image.height() / image.devicePixelRatio()


def colours(image: QImage) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}


def test_a_drag_of_several_shows_their_count(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext
) -> None:
    panel = listed(qtbot, main_window, app_context, 30)
    select_first(panel, 12)
    image = dragged_image(panel)
    row = panel.view.rowHeight(0)
    assert logical_height(image) > row  # a badge over the row's top
    highlight = panel.view.palette().color(QPalette.ColorRole.Highlight)
    top_right = [
        QColor(image.pixel(x, 2 + (image.height() - 1) // 20))
        for x in range(image.width() * 3 // 4, image.width())
    ]
    assert highlight in top_right  # the badge, in the selection's colour


def test_a_drag_of_one_shows_its_row_alone(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext
) -> None:
    panel = listed(qtbot, main_window, app_context, 3)
    select_first(panel, 1)
    image = dragged_image(panel)
    assert logical_height(image) == panel.view.rowHeight(0)
    assert len(colours(image)) > 20  # avatar and name drawn, not a blank


def test_the_current_row_scrolled_out_of_view_is_still_shown(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext
) -> None:
    panel = listed(qtbot, main_window, app_context, 200)
    select_first(panel, 5)
    panel.view.scrollToBottom()
    qtbot.waitUntil(
        lambda: (
            not panel.view.visualRect(panel.model.index(0, 0)).intersects(
                panel.view.viewport().rect()
            )
        )
    )
    image = dragged_image(panel)
    assert not image.isNull()
    assert logical_height(image) > panel.view.rowHeight(0)  # the row, and the count on it
    assert len(colours(image)) > 20
