"""Done, Snooze or Reschedule from the keyboard on the card's follow-ups keeps the keyboard
there: the rows are made anew after each, and the focus went past the panel (to whatever
came after it), the card scrolled away from the follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_actions import DoneAnswer, DueChoice
from netdesk.ui.follow_up_panel import FollowUpPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext) -> Iterator[FollowUpPanel]:
    """Ana's four follow-ups on a card-like scrolled page, a button after the panel."""
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    for day in range(4):
        context.core.follow_ups.add(ana, D(2026, 3, 5 + day, 10), f"Item {day}")
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QPushButton("Before"))
    panel = FollowUpPanel(context)
    layout.addWidget(panel)
    layout.addWidget(QPushButton("After"))
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    qtbot.addWidget(scroll)
    scroll.show()
    panel.set_contact(ana)
    panel.item_actions.ask_summary = lambda *_a: DoneAnswer("Done it", "call")
    panel.item_actions.ask_due = lambda *_a, **_k: DueChoice(D(2026, 3, 20, 10), True)
    yield panel  # (the scroll area held meanwhile)
    scroll.close()


def _button(panel: FollowUpPanel, row: int, name: str) -> QToolButton:
    found = panel.rows[row].findChild(QToolButton, name)
    assert found is not None
    return found


def _focused(panel: FollowUpPanel) -> tuple[str, str]:
    """The row text and the name of the button the keyboard is on."""
    focused = QApplication.focusWidget()
    for row in panel.rows:
        if focused is not None and row.isAncestorOf(focused):
            return row.text, focused.objectName()
    return "", focused.objectName() if focused is not None else ""


def test_done_from_the_keyboard_leaves_it_on_the_next_item(
    qtbot: QtBot, panel: FollowUpPanel
) -> None:
    done = _button(panel, 1, "doneButton")
    done.setFocus()
    QTest.keyClick(done, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.rows) == 3)
    assert _focused(panel) == ("Item 2 · Sat 7 Mar 10:00", "doneButton")


def test_a_reschedule_keeps_it_on_the_item_where_it_moved(
    qtbot: QtBot, panel: FollowUpPanel
) -> None:
    more = _button(panel, 0, "moreButton")
    more.setFocus()
    assert panel.rows[0].follow_up_id is not None
    panel.item_actions.reschedule(panel.rows[0].follow_up_id, more)  # its menu's Reschedule…
    qtbot.waitUntil(lambda: panel.rows[-1].text == "Item 0 · Fri 20 Mar 10:00")
    assert _focused(panel) == ("Item 0 · Fri 20 Mar 10:00", "moreButton")


def test_the_last_item_done_leaves_it_on_add_follow_up(qtbot: QtBot, panel: FollowUpPanel) -> None:
    for _ in range(4):
        done = _button(panel, len(panel.rows) - 1, "doneButton")
        done.setFocus()
        left = len(panel.rows) - 1
        QTest.keyClick(done, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda left=left: len(panel.rows) == left)  # type: ignore[misc]
    assert QApplication.focusWidget() is panel.add_button


def test_an_action_while_the_window_is_not_active_keeps_its_place(
    qtbot: QtBot, panel: FollowUpPanel
) -> None:
    """The dialog of the action just closed, the window not active again yet (no window
    manager gives it back at once): the application has no focus widget, and the keyboard
    came back to the window in its search field."""
    done = _button(panel, 1, "doneButton")
    done.setFocus()
    elsewhere = QPushButton("Another window")
    qtbot.addWidget(elsewhere)
    elsewhere.show()
    with qtbot.waitActive(elsewhere):
        elsewhere.activateWindow()
    assert not panel.window().isActiveWindow()
    assert panel.rows[1].follow_up_id is not None
    panel.item_actions.done(panel.rows[1].follow_up_id)
    qtbot.waitUntil(lambda: len(panel.rows) == 3)
    kept = panel.window().focusWidget()
    assert kept is _button(panel, 1, "doneButton")
    assert panel.rows[1].text == "Item 2 · Sat 7 Mar 10:00"
