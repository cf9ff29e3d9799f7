"""Tab on the card goes through its follow-ups where they show, not back up from the journal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from netdesk.core import Core
from netdesk.core.paths import Paths
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.follow_up_panel import FollowUpPanel


@pytest.fixture
def context(core: Core, tmp_data_dir: Path) -> Iterator[AppContext]:
    context = AppContext.create(Paths(tmp_data_dir), core, tmp_data_dir / "netdesk.log")
    yield context
    context.undo_stack.clear()  # its commands go before their Python wrappers are freed


def test_tab_reaches_nothing_of_the_panel_after_the_journal(
    qtbot: QtBot, context: AppContext
) -> None:
    """Each follow-up row was a Tab stop of its own, made last: Tab went from the journal
    (below the card) back up to the row, then on to the search field."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    panel = FollowUpPanel(context)
    journal = QLineEdit()  # the journal, below the card
    layout.addWidget(panel)
    layout.addWidget(journal)
    ana = context.core.contacts.create(Contact(given_name="Ana"))
    context.core.follow_ups.add(ana, dt.datetime(2026, 3, 5, 10), "Send the proposal")
    context.core.follow_ups.add(ana, dt.datetime(2026, 3, 6, 10), "Call about the visit")
    panel.set_contact(ana)
    window.show()
    qtbot.waitExposed(window)

    order: list[QWidget] = []
    widget = panel.add_button
    while True:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
        widget = widget.nextInFocusChain()
        if widget is panel.add_button:
            break
    buttons = [b for row in panel.rows for b in row.findChildren(QToolButton)]
    assert len(panel.rows) == 2 and len(buttons) == 6
    # "Add follow-up…", each row's Done…, Snooze and ⋯ top to bottom, then the journal
    assert order == [panel.add_button, *buttons, journal]
