"""Ctrl+L on a row of Today logs with that row's person: it opened the quick entry with
nobody ("choose below") while the row of the person it was about had the keyboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui.context import AppContext
from netdesk.ui.log_dialog import LogInteractionDialog
from netdesk.ui.main_window import MainWindow
from netdesk.ui.today_view import Row, TodayView

D = dt.datetime
# offscreen: dialogs cannot be sized, raised or grab the keyboard
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def today_shown(qtbot: QtBot, window: MainWindow) -> TodayView:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_today()
    view = window.today
    assert isinstance(view, TodayView)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), Row))
    return view


def ctrl_l(qtbot: QtBot, widget: QWidget, expected: int) -> LogInteractionDialog:
    """Ctrl+L on ``widget``: the quick entry it opens, for ``expected`` alone. One for
    anybody else is closed from inside it (run modal, it would hold the test there)."""
    seen: list[tuple[LogInteractionDialog, list[int]]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LogInteractionDialog):
            seen.append((dialog, list(dialog.contact_ids)))
            if dialog.contact_ids != [expected]:
                dialog.reject()

    QTimer.singleShot(0, look)
    QTest.keyClick(widget, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    ((dialog, ids),) = seen
    assert ids == [expected]
    return dialog


def test_ctrl_l_on_a_row_logs_with_its_person_and_can_be_undone(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    clock: FixedClock,
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 2, 9))
    ana, bob = person("Ana", "Ruiz"), person("Bob", "Lee")
    core.follow_ups.add(ana, D(2026, 2, 27, 10), "Call back")
    core.follow_ups.add(bob, D(2026, 3, 2, 15), "Send the offer")
    app_context.changes.contacts_changed.emit(None)
    view = today_shown(qtbot, main_window)
    row = view.sections["today"].rows[0]
    assert row.contact_id == bob
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)
    dialog = ctrl_l(qtbot, row, bob)
    assert dialog.windowTitle() == "Log interaction with Bob Lee"
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    QTest.keyClicks(dialog.summary, "Called about the offer")
    with qtbot.waitSignal(app_context.changes.journal_changed):
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    (entry,) = core.journal.for_contact(bob)
    assert (entry.summary, entry.contact_ids) == ("Called about the offer", [bob])
    assert core.journal.for_contact(ana) == []
    app_context.undo_stack.undo()  # Ctrl+Z takes it back, as after any Ctrl+L
    assert core.journal.for_contact(bob) == []


def test_ctrl_l_on_a_rows_button_logs_with_that_rows_person(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    clock: FixedClock,
) -> None:
    clock.set(D(2026, 3, 2, 9))
    ana = person("Ana", "Ruiz")
    app_context.core.follow_ups.add(ana, D(2026, 2, 27, 10), "Call back")
    app_context.changes.contacts_changed.emit(None)
    view = today_shown(qtbot, main_window)
    (row,) = view.sections["overdue"].rows
    snooze = row.findChild(QToolButton, "snoozeButton")
    assert snooze is not None
    snooze.setFocus()
    qtbot.waitUntil(snooze.hasFocus)
    ctrl_l(qtbot, snooze, ana).done(0)
