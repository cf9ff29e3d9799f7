"""The Today view by keyboard: the arrows go from row to row, Enter opens the contact or
presses the focused button, and a rebuild gives the keyboard back to a row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.clock import FixedClock
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.today_view import Row, TodayView

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    """As ``app_context``: the undo stack emptied at the end (see test_follow_up_panel.py)."""
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, clock: FixedClock) -> QWidget:
    """A window of two pages, as the main window's: a search field, and Today (hidden)."""
    core = context.core
    clock.set(D(2026, 3, 2, 9))
    for name, due in (("Ana", D(2026, 2, 27, 10)), ("Bob", D(2026, 3, 2, 15))):
        person = core.contacts.create(Contact(given_name=name))
        core.follow_ups.add(person, due, f"Call {name}")
    cy = core.contacts.create(Contact(given_name="Cy"))
    core.follow_ups.add(cy, D(2026, 3, 4), "Lunch", has_time=False)
    outer = QWidget()
    pages = QStackedWidget()
    QVBoxLayout(outer).addWidget(pages)
    search = QLineEdit()
    search.setObjectName("search")
    pages.addWidget(search)
    pages.addWidget(TodayView(context))
    qtbot.addWidget(outer)
    outer.show()
    with qtbot.waitActive(outer):
        outer.activateWindow()
    search.setFocus()
    qtbot.waitUntil(search.hasFocus)
    return outer


def today_of(window: QWidget) -> TodayView:
    view = window.findChild(TodayView)
    assert isinstance(view, TodayView)
    return view


def focused_row() -> Row | None:
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, Row) else None


def show_today(qtbot: QtBot, window: QWidget) -> TodayView:
    view = today_of(window)
    pages = window.findChild(QStackedWidget)
    assert pages is not None
    pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: focused_row() is not None)
    return view


def test_shown_from_another_page_the_first_row_has_the_keyboard(
    qtbot: QtBot, window: QWidget
) -> None:
    view = show_today(qtbot, window)
    assert focused_row() is view.sections["overdue"].rows[0]


def test_the_arrows_go_from_row_to_row_across_sections(qtbot: QtBot, window: QWidget) -> None:
    view = show_today(qtbot, window)
    rows = view.rows()
    assert [r.text.split(" — ")[0] for r in rows] == ["Ana", "Bob", "Cy"]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert focused_row() is rows[1]  # from Overdue into Later today
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert focused_row() is rows[2]
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert focused_row() is rows[2]  # the last stays
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert focused_row() is rows[1]


def test_enter_on_a_row_opens_its_contact(
    qtbot: QtBot, window: QWidget, context: AppContext
) -> None:
    view = show_today(qtbot, window)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    with qtbot.waitSignal(context.changes.open_contact) as opened:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert opened.args == [view.rows()[1].contact_id]


def test_enter_on_a_rows_button_presses_it_and_the_keyboard_stays_in_the_view(
    qtbot: QtBot, window: QWidget, context: AppContext
) -> None:
    """A tool button takes only Space: Enter on "Done…" did nothing (or opened the card)."""
    view = show_today(qtbot, window)
    asked: list[str] = []
    view.item_actions.ask_summary = lambda _parent, prefill: asked.append(prefill) or "Called"
    ana = view.rows()[0]
    done = ana.findChild(QToolButton, "doneButton")
    done.setFocus()
    with qtbot.assertNotEmitted(context.changes.open_contact):
        QTest.keyClick(done, Qt.Key.Key_Return)
    assert asked == ["Call Ana"]
    # the rows are rebuilt without Ana's: the keyboard is on the row now at her place
    qtbot.waitUntil(lambda: [r.text.split(" — ")[0] for r in view.rows()] == ["Bob", "Cy"])
    qtbot.waitUntil(lambda: focused_row() is not None)
    assert focused_row() is view.rows()[0]


def test_a_rebuild_keeps_the_keyboard_on_the_same_item(
    qtbot: QtBot, window: QWidget, context: AppContext
) -> None:
    view = show_today(qtbot, window)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    bob = focused_row()
    assert bob is not None and bob.text.startswith("Bob")
    bobs_item = bob.follow_up_id
    # another program adds an item due before Bob's: his moves down a row
    dee = context.core.contacts.create(Contact(given_name="Dee"))
    context.core.follow_ups.add(dee, D(2026, 3, 2, 11), "Call Dee")
    context.changes.everything()
    qtbot.waitUntil(lambda: len(view.sections["later"].rows) == 2)  # at 11:00, 15:00
    assert [r.text.split(" — ")[0] for r in view.sections["later"].rows] == ["Dee", "Bob"]
    row = focused_row()
    assert row is view.sections["later"].rows[1] and row.follow_up_id == bobs_item


def test_the_row_with_the_keyboard_is_drawn_so(qtbot: QtBot, window: QWidget) -> None:
    """Fusion draws its focus frame only after a Tab: a row reached by the arrows looked
    like every other."""
    view = show_today(qtbot, window)
    first = view.rows()[0]
    focused = first.grab().toImage()
    QTest.keyClick(first, Qt.Key.Key_Down)
    assert focused_row() is view.rows()[1]
    assert first.grab().toImage() != focused


def test_a_view_gone_right_after_it_was_shown_is_left_alone(qtbot: QtBot, window: QWidget) -> None:
    """The focus is given a turn after the view is shown: a view deleted meanwhile (a window
    rebuilt, a restore) raised "Internal C++ object already deleted" there."""
    import shiboken6

    view = today_of(window)
    pages = window.findChild(QStackedWidget)
    assert pages is not None
    pages.setCurrentWidget(view)
    shiboken6.delete(view)
    QApplication.processEvents()
    QApplication.processEvents()
    assert pages.count() == 1


def test_enter_on_show_more_shows_more(
    qtbot: QtBot, window: QWidget, context: AppContext, clock: FixedClock
) -> None:
    from netdesk.ui.today_view import TODAY_PAGE

    core = context.core
    for n in range(TODAY_PAGE + 5):
        someone = core.contacts.create(Contact(given_name=f"Late {n:02d}"))
        core.follow_ups.add(someone, D(2026, 2, 1, 9), "Call back")
    context.changes.follow_ups_changed.emit()
    view = show_today(qtbot, window)
    overdue = view.sections["overdue"]
    qtbot.waitUntil(lambda: len(overdue.rows) == TODAY_PAGE)
    overdue.more.setFocus()
    QTest.keyClick(overdue.more, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(overdue.rows) == TODAY_PAGE + 6)  # Ana's too


def test_a_row_the_arrows_reach_is_said_by_a_screen_reader(qtbot: QtBot, window: QWidget) -> None:
    view = show_today(qtbot, window)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    row = focused_row()
    assert row is not None and row.accessibleName() == row.text
    assert row.text.startswith("Bob — Call Bob")
    assert row is view.rows()[1]
