"""An archived contact's follow-ups offer no Snooze in their ⋯ menu either: the card hid
the Snooze button (no reminder would come to put off), but ⋯ still held Snooze ▸ Later
today / Tomorrow / Next week / Pick a date…, and each put off a reminder that never comes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMenu, QToolButton
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.undo import ArchiveContacts, push


def _more_menu_texts(card: ContactCard) -> list[str]:
    """The ⋯ menu of the card's first follow-up, as it shows when opened (visible items)."""
    panel = card.follow_up_panel
    assert panel is not None and panel.rows
    more = panel.rows[0].findChild(QToolButton, "moreButton")
    assert more is not None
    menu = more.menu()
    assert isinstance(menu, QMenu)
    menu.aboutToShow.emit()  # as opening it does (its items are made then)
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_an_archived_contacts_more_menu_offers_no_snooze(
    qtbot: QtBot, app_context: AppContext, clock: FixedClock, person
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", "García")
    app_context.core.follow_ups.add(ana, clock.now() + dt.timedelta(days=3), "Send the proposal")
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    assert "&Snooze" in _more_menu_texts(card)

    push(app_context, ArchiveContacts(app_context, [ana]))
    qtbot.waitUntil(lambda: card.next_label.text().endswith("never reminded"))
    offered = _more_menu_texts(card)
    assert "&Snooze" not in offered
    assert "&Done…" in offered and "&Reschedule…" in offered  # the rest stays

    app_context.undo_stack.undo()  # unarchived: Snooze again
    qtbot.waitUntil(lambda: not card.next_label.text().endswith("never reminded"))
    assert "&Snooze" in _more_menu_texts(card)
