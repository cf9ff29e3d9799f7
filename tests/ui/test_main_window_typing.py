"""The card waits for a pause in the typing of a search, not for a step of the list."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import CARD_DELAY_MS, TYPING_CARD_DELAY_MS, MainWindow


def test_the_card_waits_for_the_typing_to_pause_and_follows_the_arrows_at_once(
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """Typed at an everyday pace (~200 ms a key), a search's first match was loaded into the
    card 120 ms after each keystroke, work the next keystroke's list update waited for."""
    person("Ana", "García")
    jose = person("José", "Núñez")
    person("Josefa", "Ruiz")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.started_up):
        window.load()
    qtbot.waitUntil(lambda: not window._card_timer.isActive())  # the first contact's card
    window.contacts.search.setFocus()
    QTest.keyClicks(window.contacts.search, "jose n")
    qtbot.waitUntil(lambda: window.contacts.current_id() == jose)
    assert window._card_timer.isActive()
    assert window._card_timer.interval() == TYPING_CARD_DELAY_MS
    with qtbot.waitSignal(window._card_timer.timeout, timeout=3000):
        pass
    assert window.card.title_label.text() == "José Núñez"

    window.contacts.search.clear()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 3)
    qtbot.waitUntil(lambda: not window._card_timer.isActive())
    # the clear was typed too: an arrow within TYPING_CARD_DELAY_MS of it is typing's (José
    # stays current after the clear, so no card waited, and a busy machine got here at once)
    typed_at = window._typed_at
    qtbot.waitUntil(lambda: time.monotonic() - typed_at > TYPING_CARD_DELAY_MS / 1000)
    window.contacts.view.setFocus()
    QTest.keyClick(window.contacts.view, Qt.Key.Key_Down)  # moving through the list
    assert window._card_timer.isActive()
    assert window._card_timer.interval() == CARD_DELAY_MS


def test_a_search_typed_over_a_card_with_unsaved_edits_asks_once_the_typing_pauses(
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    """The list selects a search's first match at each key: with the card's edits not
    savable, the box about them came at the first letter and took the rest of the typing."""
    from modal_answers import ModalAnswers

    ana = person("Ana", "García")
    chiara = person("Chiara", "Rossi")
    window = MainWindow(app_context)
    # closing it with the edits would ask about them: a failing test would hang there
    qtbot.addWidget(window, before_close_func=lambda w: w.card.revert())  # type: ignore[attr-defined]
    window.show()
    with qtbot.waitSignal(window.started_up):
        window.load()
    window.contacts.select_contact(ana)
    window.show_pending_contact()
    QTest.keyClicks(window.card.birthday, "someday")  # not a date: cannot be saved
    assert window.card.dirty
    answers = ModalAnswers("Cancel")  # keep editing
    window.contacts.search.setFocus()
    QTest.keyClicks(window.contacts.search, "c")
    qtbot.waitUntil(lambda: window.contacts.current_id() == chiara)  # the first match
    QTest.keyClicks(window.contacts.search, "hiara")
    assert window.contacts.search.text() == "chiara"  # every key reached the search
    assert answers.titles == []  # nothing asked while typing
    qtbot.waitUntil(lambda: answers.titles == ["Unsaved changes"], timeout=3000)
    answers.stop()
    assert window.card.contact_id() == ana and window.card.birthday.text() == "someday"
    # kept editing: the list shows the card's contact again, not Chiara (whom Archive, Tag…
    # and Set cadence would then have acted on), the search that left Ana out cleared
    qtbot.waitUntil(lambda: window.contacts.current_id() == ana)
    assert window.selected_contact_ids() == [ana]
    assert window.contacts.search.text() == ""
