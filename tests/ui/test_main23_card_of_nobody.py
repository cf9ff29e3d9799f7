"""The card of no contact says so: with an empty list (a tag nobody carries any longer, Due
with nobody due) it read "(no name)", "Record source: Added by hand", "Last interaction:
never" and "Next follow-up: none — set a cadence to be reminded", greyed, of nobody."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def _said(card: ContactCard) -> list[str]:
    labels = (
        card.title_label,
        card.subtitle_label,
        card.rhythm_label,
        card.source_label,
        card.last_label,
        card.next_label,
    )
    return [label.text() for label in labels if label.isVisibleTo(card) and label.text()]


def test_the_card_of_nobody_names_no_one(qtbot: QtBot, app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", "García", organization="Acme", keep_in_touch_days=91)
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    assert card.title_label.text() == "Ana García"
    assert card.rhythm_label.isVisibleTo(card)

    card.show_contact(None)  # as an empty list leaves it
    assert not card.isEnabled()
    assert _said(card) == ["No contact chosen"]

    card.show_contact(ana)  # and back to someone: all of it again
    assert card.title_label.text() == "Ana García"
    assert card.subtitle_label.isVisibleTo(card) and card.rhythm_label.isVisibleTo(card)
    assert card.source_label.text().startswith("Added by hand")
    assert card.last_label.text() == "never"


def test_a_new_card_is_still_a_new_contact(qtbot: QtBot, app_context: AppContext) -> None:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.new_contact()
    assert card.title_label.text() == "New contact"
    assert card.source_label.text() == "Added by hand"
