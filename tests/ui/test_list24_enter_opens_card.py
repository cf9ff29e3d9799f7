"""Enter in the search field or the list opens the card of the contact it is on, at once.

Typed quickly ("bea" and Enter in one go, or queued while the window was busy), Enter opened
the contact the search's previous text had made current: its query runs from a zero timer,
once the queued keys are handled. And the card's first field took the keyboard while the card
still showed the contact before (it follows the list after a pause): what was typed next
went into that other contact's card, and was saved to them once the card moved on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import CARD_DELAY_MS, TYPING_CARD_DELAY_MS, MainWindow


@pytest.fixture
def window(active_main_window: MainWindow) -> MainWindow:
    return active_main_window


def test_enter_typed_with_the_search_opens_its_first_match(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", "Alves")
    bea = person("Bea", "Brito")
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.contacts.search
    QTest.keyClicks(search, "bea")  # (no event handled between the keys: queued together)
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert window.contacts.current_id() == bea
    assert window.card.contact_id() == bea
    assert window.card.given_name.hasFocus()


def test_what_is_typed_after_enter_goes_to_the_contact_entered(
    window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", "Alves")
    bea = person("Bea", "Brito")
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: window.card.contact_id() == ana)
    view = window.contacts.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Return)  # before the card followed the list
    assert window.card.contact_id() == bea
    focused = window.focusWidget()
    assert focused is window.card.given_name
    QTest.keyClick(focused, Qt.Key.Key_End)
    QTest.keyClicks(focused, "triz")
    qtbot.wait(max(CARD_DELAY_MS, TYPING_CARD_DELAY_MS) + 100)  # the card's pause is over
    assert window.card.contact_id() == bea
    assert window.card.given_name.text() == "Beatriz"
    assert app_context.core.contacts.get(ana).given_name == "Ana"  # type: ignore[union-attr]
    window.card.save()
    assert app_context.core.contacts.get(bea).given_name == "Beatriz"  # type: ignore[union-attr]
