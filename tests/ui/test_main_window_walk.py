"""The main window as a new user walks it: what an action leaves on the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_new_contact_started_right_after_moving_in_the_list_stays_new(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """Down then Ctrl+N within the card's 120 ms pause: when the pause ended, the contact
    moved to replaced the blank new card (or, once a name was typed, saved the half-typed
    new contact and showed the other), and the typing went on into that contact's fields."""
    ana = person("Ana")
    berta = person("Berta")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    window.contacts.view.setFocus()
    qtbot.keyClick(window.contacts.view, Qt.Key.Key_Down)  # Berta, shown after the pause
    assert window.contacts.current_id() == berta
    window.new_action.trigger()
    card = window.card
    assert card.is_new
    qtbot.keyClicks(card.given_name, "Ad")
    qtbot.waitUntil(lambda: not window._card_timer.isActive())  # the pause has ended
    qtbot.keyClicks(card.given_name, "a")
    assert card.is_new and card.contact_id() is None
    assert card.given_name.text() == "Ada"
    assert [c.display_name for c in app_context.core.contacts.summaries([ana, berta])] == [
        "Ana",
        "Berta",
    ]
    assert app_context.core.contacts.count() == 2
