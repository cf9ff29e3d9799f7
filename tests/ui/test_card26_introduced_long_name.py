"""A long name without spaces under "Introduced you to" (an e-mail shown as the name, a name
run together) wraps: it could not break, and made the card 946 pixels wide at least, its
fields cut off beside a scroll bar in any narrower window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.card_names import breakable
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

LONG = "maximilianafernandezwilhelmina@internationalconsultancy.example"


def test_a_long_name_introduced_leaves_the_card_as_narrow_as_any_other(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    person("Bea", met_through_id=ana)
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(620, 1200)
    card.show()
    card.show_contact(ana)
    card._body_column.activate()
    narrowest = card.scroll_area.widget().minimumSizeHint().width()
    app_context.core.contacts.create(Contact(formatted_name=LONG, met_through_id=ana))
    card.show_contact(ana)
    card._body_column.activate()
    assert card.scroll_area.widget().minimumSizeHint().width() == narrowest
    assert not card.scroll_area.horizontalScrollBar().isVisible()
    assert LONG in card.introduced_label.text().replace("\u200b", "")  # whole, as written


def test_breaks_go_inside_long_words_only_and_never_before_an_accent() -> None:
    assert breakable("Ana García") == "Ana García"
    assert breakable("a" * 40) == "a" * 16 + "\u200b" + "a" * 16 + "\u200b" + "a" * 8
    combined = "e" * 16 + "\u0301" + "x"  # é written as e and its accent
    assert breakable(combined) == combined[:17] + "\u200b" + "x"
