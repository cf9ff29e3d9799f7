"""A search typed to nobody leaves the card where it was. Found on Xvfb: on Étienne's card
with the list filtered to Due, "haruto yam" typed in the search showed Hélène's card once
the typing paused (the first match of its "h"), beside a list saying nobody matches."""

from __future__ import annotations

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def test_a_search_that_ends_on_nobody_keeps_the_card_and_its_contact(
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
    app_context: AppContext,
) -> None:
    helene = person("Hélène", "Lefèvre")
    etienne = person("Étienne", "Rousseau")
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.started_up):
        window.load()
    window.contacts.select_contact(etienne)
    window.show_pending_contact()
    assert window.card.contact_id() == etienne
    window.contacts.search.setFocus()
    QTest.keyClicks(window.contacts.search, "h")
    qtbot.waitUntil(lambda: window.contacts.current_id() == helene)  # the first match, for now
    QTest.keyClicks(window.contacts.search, "aruto yam")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 0)
    with qtbot.waitSignal(window._card_timer.timeout, timeout=3000):
        pass  # the typing paused
    assert window.card.contact_id() == etienne
    assert window.contacts.current_id() == etienne  # the card's, as before the typing
    window.contacts.search.clear()  # Esc: the list again, its current row the card's
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2)
    assert window.selected_contact_ids() == [etienne]
