"""Today's first open makes the rows the window can show before it is painted and the rest on
later turns of the event loop (all 83 of the first open on 100,000 contacts held it ~0.1 s):
every row comes, in order, Tab and the arrows go through all of them, and a rebuild meanwhile
starts over from what it shows. Shown, the view makes every row at once ("Show more")."""

from __future__ import annotations

import datetime as dt
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
from netdesk.ui.today_view import TODAY_PAGE, Row, TodayView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

D = dt.datetime
ITEMS = 3 * TODAY_PAGE  # a page of overdue, of today's and of the week's items


DUE = {"late": D(2026, 2, 20, 9), "now": D(2026, 3, 2, 15), "week": D(2026, 3, 5, 9)}


def _add(core: Core, names: list[str]) -> None:
    """A follow-up for each of ``names`` ("late 03": overdue, "now 07": today, "week 12")."""
    for name in names:
        person = core.contacts.create(Contact(given_name=name))
        core.follow_ups.add(person, DUE[name.split()[0]], "Call back")


@pytest.fixture
def context(core: Core, tmp_data_dir: Path, clock: FixedClock) -> AppContext:
    clock.set(D(2026, 3, 2, 9))
    return AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")


def _names(rows: list[Row]) -> list[str]:
    return [row.text.split(" — ")[0] for row in rows]


def _expected() -> list[str]:
    return [f"{section} {n:02d}" for section in ("late", "now", "week") for n in range(TODAY_PAGE)]


def test_the_rows_below_the_window_come_on_later_turns_in_order(
    qtbot: QtBot, context: AppContext
) -> None:
    _add(context.core, _expected())
    view = TodayView(context)
    qtbot.addWidget(view)
    made_at_once = len(view.findChildren(Row))
    # a 480-pixel window shows far fewer than 60 rows: those are made, not all 60
    assert 0 < made_at_once < ITEMS
    view.show()
    qtbot.waitUntil(lambda: len(view.findChildren(Row)) == ITEMS)
    rows = view.rows()
    assert _names(rows) == _expected()
    for row in rows:  # each said with its row, as the arrows and Tab reach it
        assert row.accessibleName() == row.text
        assert row.buttons()[0].accessibleName() == f"Done…: {row.text}"
    chain: list[QWidget] = []
    widget: QWidget = rows[0]
    while len(chain) < 1000 and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    tab_stops = [
        w
        for w in chain
        if (isinstance(w, Row) or isinstance(w.parentWidget(), Row))
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    # Tab: each row then its buttons, top to bottom
    assert tab_stops == [w for row in rows for w in (row, *row.buttons())]


def test_the_arrows_reach_a_row_not_made_yet(qtbot: QtBot, context: AppContext) -> None:
    _add(context.core, _expected())
    outer = QWidget()  # a window of two pages, as the main window's: Today made, not shown
    pages = QStackedWidget()
    QVBoxLayout(outer).addWidget(pages)
    pages.addWidget(QLineEdit())
    pages.addWidget(view := TodayView(context))
    qtbot.addWidget(outer)
    outer.show()
    with qtbot.waitActive(outer):
        outer.activateWindow()
    pages.setCurrentWidget(view)  # and no turn of the event loop until the key
    made = view.findChildren(Row)
    assert len(made) < ITEMS  # not painted yet: the others are still owed
    last_made = max(made, key=lambda row: _expected().index(_names([row])[0]))
    last_made.setFocus()
    assert QApplication.focusWidget() is last_made
    QTest.keyClick(last_made, Qt.Key.Key_Down)
    focused = QApplication.focusWidget()
    assert isinstance(focused, Row)
    assert _names([focused]) == [_expected()[_expected().index(_names([last_made])[0]) + 1]]


def test_a_rebuild_before_they_came_shows_every_row_once(qtbot: QtBot, context: AppContext) -> None:
    _add(context.core, _expected())
    view = TodayView(context)
    qtbot.addWidget(view)
    assert len(view.findChildren(Row)) < ITEMS
    late = context.core.contacts.create(Contact(given_name="late 99"))
    context.core.follow_ups.add(late, D(2026, 2, 25, 9), "Call back")  # the last overdue
    view.refresh()
    view.show()
    qtbot.waitUntil(lambda: len(view.findChildren(Row)) >= ITEMS)
    qtbot.waitUntil(lambda: not any(view.sections[n].owes() for n in view.sections))
    rows = view.rows()
    # a page of overdue items: the new one, due last, is behind "Show more"
    assert _names(rows) == _expected()
    assert len([row for row in view.findChildren(Row) if row.isVisibleTo(view)]) == ITEMS


def test_show_more_makes_its_rows_at_once(qtbot: QtBot, context: AppContext) -> None:
    _add(context.core, _expected() + [f"late {n}" for n in range(20, 25)])
    view = TodayView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: len(view.findChildren(Row)) == ITEMS)
    overdue = view.sections["overdue"]
    overdue.more.click()  # at the bottom of what is seen, the new rows are seen at once
    assert len(view.findChildren(Row)) == ITEMS + 5
    assert not overdue.owes()


def test_no_stray_button_shows_with_the_view(qtbot: QtBot, context: AppContext) -> None:
    _add(context.core, _expected()[:3])
    view = TodayView(context)  # it measured a row's button to know how many fit
    qtbot.addWidget(view)
    view.show()  # at once, as the main window's page switch does
    stray = [
        button
        for button in view.findChildren(QToolButton)
        if button.isVisible() and not isinstance(button.parentWidget(), Row)
    ]
    assert {button.objectName() for button in stray} == {"todaySnoozeAll"}
