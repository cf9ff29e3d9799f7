"""Ctrl+L on a row of Today logs with that row's person: it opened the quick entry with
nobody ("choose below") while the row of the person it was about had the keyboard.

The key goes to the window as the desktop delivers it (QTest on the QWindow): the window's
shortcut map runs the Log interaction action, the row never sees it."""

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
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_today()
    view = window.today
    assert isinstance(view, TodayView)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), Row))
    return view


def ctrl_l(widget: QWidget, inside: Callable[[LogInteractionDialog], None]) -> list[list[int]]:
    """Ctrl+L typed while ``widget`` has the keyboard; ``inside(dialog)`` runs in the quick
    entry it opens (run modal, it holds the key's call until closed) and must close it.
    Returns the contacts each quick entry was opened for."""
    assert widget.hasFocus()
    seen: list[list[int]] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LogInteractionDialog):
            seen.append(list(dialog.contact_ids))
            try:
                inside(dialog)
            finally:
                if dialog.isVisible():
                    dialog.done(0)  # never left holding the test
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    handle = widget.window().windowHandle()
    QTest.keyClick(handle, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    return seen


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
    row = view.sections["later"].rows[0]  # due at 15:00
    assert row.contact_id == bob
    row.setFocus()
    qtbot.waitUntil(row.hasFocus)

    def log(dialog: LogInteractionDialog) -> None:
        assert dialog.windowTitle() == "Log interaction with Bob Lee"
        QTest.keyClicks(dialog.summary, "Called about the offer")
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()  # not saved: the asserts below say so

    assert ctrl_l(row, log) == [[bob]]
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
    assert ctrl_l(snooze, lambda dialog: dialog.done(0)) == [[ana]]


def test_ctrl_l_on_today_with_no_row_focused_asks_who(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    clock: FixedClock,
) -> None:
    clock.set(D(2026, 3, 2, 9))
    for given in ("Ana", "Bob"):  # two overdue: "Snooze all" shows
        app_context.core.follow_ups.add(person(given, "Ruiz"), D(2026, 2, 27, 10), "Call back")
    app_context.changes.contacts_changed.emit(None)
    view = today_shown(qtbot, main_window)
    header_button = view.snooze_all  # on the page, in no row
    header_button.setFocus()
    qtbot.waitUntil(header_button.hasFocus)
    assert ctrl_l(header_button, lambda dialog: dialog.done(0)) == [[]]
