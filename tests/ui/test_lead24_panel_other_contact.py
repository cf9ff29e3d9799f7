"""The card's follow-ups give the keyboard back to the same place only for the same
contact: switching to another contact put it on the new contact's button at the old place,
and scrolled the new card to its follow-ups (the tray's "open contact", a click in the list
while the last focus was on a follow-up button)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_panel import FollowUpPanel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

D = dt.datetime


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()


def test_another_contact_does_not_take_the_keyboard(qtbot: QtBot, context: AppContext) -> None:
    contacts, follow_ups = context.core.contacts, context.core.follow_ups
    ana = contacts.create(Contact(given_name="Ana"))
    ben = contacts.create(Contact(given_name="Ben"))
    for person in (ana, ben):
        follow_ups.add(person, D(2026, 3, 5, 10), "Call")
    page = QWidget()
    layout = QVBoxLayout(page)
    search = QPushButton("Search")
    layout.addWidget(search)
    panel = FollowUpPanel(context)
    layout.addWidget(panel)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitActive(page):
        page.activateWindow()
    panel.set_contact(ana)
    done = panel.rows[0].findChild(QToolButton, "doneButton")
    assert done is not None
    done.setFocus()
    assert QApplication.focusWidget() is done
    panel.set_contact(ben)
    focused = QApplication.focusWidget()
    assert not any(row.isAncestorOf(focused) for row in panel.rows)
    # the same contact read again (after an action) still keeps its place
    done = panel.rows[0].findChild(QToolButton, "doneButton")
    assert done is not None
    done.setFocus()
    panel.refresh()
    assert QApplication.focusWidget() is panel.rows[0].findChild(QToolButton, "doneButton")
