"""Archiving the last contacts of the list leaves none current: the card no longer shows the
archived contact, open to edits, beside a list that says every contact is archived. (Archive
moves on to the next contact; with none left it kept the archived one.) Undo brings them back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_list_model import PAGE_SIZE
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("count", [3, PAGE_SIZE + 5])  # listed at once, or a page first
def test_archiving_everyone_listed_leaves_no_card(
    qtbot: QtBot, app_context: AppContext, person: Callable[[str], int], count: int
) -> None:
    ids = [person(f"P{n:04}") for n in range(count)]
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitExposed(window)
    window.contacts.select_contact(ids[1])
    qtbot.waitUntil(lambda: window.card.contact_id() == ids[1])
    window.contacts.view.selectAll()
    window.archive_action.trigger()
    model = window.contacts.model
    qtbot.waitUntil(lambda: not model.partial and model.rowCount() == 0)
    qtbot.waitUntil(lambda: window.card.contact_id() is None)
    assert window.contacts.current_id() is None
    assert app_context.core.contacts.get(ids[1]).archived  # archived, not gone
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not model.partial and model.rowCount() == count)
