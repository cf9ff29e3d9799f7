"""A drag of the selected contacts reads them from the selection's ranges: Qt's own drag made
an index for each selected row and handed them all to mimeData(), 3 s on the window's thread
before a drag of 97,519 contacts (Ctrl+A) began."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def everyone_selected(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, count: int
) -> ContactListPanel:
    """``count`` contacts (P0000, P0001...), all listed and selected (Ctrl+A) in the shown
    window's list: its panel."""
    with bulk.write_transaction():
        bulk.insert_contacts(
            [(Contact(given_name=f"P{n:04d}"), None) for n in range(count)],
            app_context.core.clock.now(),
        )
    app_context.changes.contacts_changed.emit(None)
    main_window.show()
    panel = main_window.contacts
    qtbot.waitUntil(lambda: panel.model.rowCount() == count and not panel.model.partial)
    panel.view.setFocus()
    panel.view.selectAll()
    return panel


def test_a_drag_of_everyone_takes_the_selection_by_its_ranges(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, person: Callable[..., int]
) -> None:
    panel = everyone_selected(qtbot, main_window, app_context, 1500)
    model, view = panel.model, panel.view
    everyone = panel.selected_ids()
    assert len(everyone) == 1500

    per_row: list[int] = []
    carried: list[list[int]] = []
    contact_id, mime_data_for = model.contact_id, model.mime_data_for
    model.contact_id = lambda row: per_row.append(row) or contact_id(row)  # type: ignore[method-assign]
    model.mime_data_for = lambda ids: carried.append(ids) or mime_data_for(ids)  # type: ignore[method-assign]
    # the drag runs its own loop until a drop or Esc: given up at once
    # (a timer of the test's own, stopped after: a drag that ended before it fired left it
    # to press Escape in the next test, on a view deleted by then)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(
        lambda: QTest.keyClick(QApplication.focusWidget() or view, Qt.Key.Key_Escape)
    )
    give_up.start(50)
    view.startDrag(Qt.DropAction.CopyAction)
    give_up.stop()
    assert carried == [everyone]
    assert per_row == []  # no row looked at one by one
