"""A screen reader names a link on the card "Link", not by its placeholder: the field was
read out as "https colon slash slash dot dot dot", on a contact's links and on a new one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.types import WebLink
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def test_a_link_and_a_link_added_are_named_link(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", urls=[WebLink("https://example.org/ana", "website")])
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show_contact(ana)
    card.urls.add_button.click()
    edits = [row.edit for row in card.urls.rows]  # type: ignore[attr-defined]
    assert len(edits) == 2
    for edit in edits:
        assert edit.accessibleName() == "Link"
        assert edit.placeholderText() == "https://…"  # still shown, as a hint
