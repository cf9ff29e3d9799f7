"""An archived contact's card header does not promise a rhythm that no longer runs: it read
"Archived · Keep in touch every 3 months" above "Next follow-up: none — archived contacts
are never reminded". It now says the contact is never reminded, and that the rhythm (kept,
as the cadence box shows) comes back once unarchived."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.undo import ArchiveContacts, push


def _card(qtbot: QtBot, app_context: AppContext) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    return card


def test_an_archived_contacts_header_says_it_is_never_reminded(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana", "García", keep_in_touch_days=91)
    card = _card(qtbot, app_context)
    card.show_contact(ana)
    assert card.rhythm_label.text() == "Keep in touch every 3 months"

    push(app_context, ArchiveContacts(app_context, [ana]))
    qtbot.waitUntil(lambda: card.rhythm_label.text().startswith("Archived"))
    assert card.rhythm_label.text() == (
        "Archived — never reminded · Keep in touch every 3 months once unarchived"
    )
    assert card.next_label.text() == "none — archived contacts are never reminded"

    app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: card.rhythm_label.text() == "Keep in touch every 3 months")


def test_an_archived_contact_with_a_tags_rhythm_or_none(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    core = app_context.core
    bea = person("Bea", tags=["mentors"])
    core.tags.set_cadence("mentors", 30)
    cai = person("Cai")
    core.contacts.set_archived([bea, cai], True)
    card = _card(qtbot, app_context)
    card.show_contact(bea)
    assert card.rhythm_label.text() == (
        "Archived — never reminded · Keep in touch every month (from its tags) once unarchived"
    )
    card.show_contact(cai)
    assert card.rhythm_label.text() == "Archived — never reminded"
