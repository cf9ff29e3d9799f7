"""Pressing on a selected contact and moving readies a drag without asking every selected row
for its flags: Qt's own move did, 0.66 s on the window's thread at the first move after
Ctrl+A over 30,000 contacts. The drag still starts, with everyone selected."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot
from test_contact_list_drag_ranges import everyone_selected

from netdesk.core.types import Contact
from netdesk.ui.contact_list_model import ContactListModel
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def _mouse(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> QMouseEvent:
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    return QMouseEvent(
        kind, QPointF(at), QPointF(at), button, buttons, Qt.KeyboardModifier.NoModifier
    )


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The rows whose flags the model is asked for; set before the window makes its model
    (PySide looks up a Python override once per object)."""
    rows: list[int] = []
    flags = ContactListModel.flags
    monkeypatch.setattr(
        ContactListModel,
        "flags",
        lambda self, index: rows.append(index.row()) or flags(self, index),
    )
    return rows


def test_a_press_and_move_over_everyone_reads_no_row_flags(
    asked: list[int], qtbot: QtBot, main_window: MainWindow, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    panel = everyone_selected(qtbot, main_window, app_context, 1500)
    model, view = panel.model, panel.view

    started: list[int] = []
    monkeypatch.setattr(
        type(view), "startDrag", lambda self, actions: started.append(len(panel.selected_ids()))
    )
    viewport = view.viewport()
    at = view.visualRect(model.index(2, 0)).center()
    left = Qt.MouseButton.LeftButton
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonPress, at, left))
    asked.clear()
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, at + QPoint(1, 1), left))
    assert view.state() == QAbstractItemView.State.DraggingState
    assert len(asked) < 10, f"{len(asked)} rows asked for their flags"
    far = at + QPoint(0, 4 * QApplication.startDragDistance())
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, far, left))
    assert started == [1500]  # the drag of everyone began
    QApplication.sendEvent(
        viewport, _mouse(QEvent.Type.MouseButtonRelease, far, Qt.MouseButton.NoButton)
    )


def test_a_press_on_an_unselected_contact_drags_that_one(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for name in ("Ana", "Bob", "Cy"):
        app_context.core.contacts.create(Contact(given_name=name))
    app_context.changes.contacts_changed.emit(None)
    main_window.show()
    panel = main_window.contacts
    model, view = panel.model, panel.view
    qtbot.waitUntil(lambda: model.rowCount() == 3 and not model.partial)
    view.select_alone(model.index(0, 0))
    started: list[list[int]] = []
    monkeypatch.setattr(
        type(view), "startDrag", lambda self, actions: started.append(panel.selected_ids())
    )
    viewport = view.viewport()
    at = view.visualRect(model.index(1, 0)).center()
    left = Qt.MouseButton.LeftButton
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseButtonPress, at, left))
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, at + QPoint(1, 1), left))
    far = at + QPoint(0, 4 * QApplication.startDragDistance())
    QApplication.sendEvent(viewport, _mouse(QEvent.Type.MouseMove, far, left))
    QApplication.sendEvent(
        viewport, _mouse(QEvent.Type.MouseButtonRelease, far, Qt.MouseButton.NoButton)
    )
    assert started == [[model.contact_id(1)]]
