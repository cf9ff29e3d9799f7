"""A long imported file name under "Record source" is cut in its middle, its whole path in
the tooltip: with nowhere to wrap, it made the card 814 pixels wide at least, and in a
narrower window the card's fields were cut off beside a scroll bar."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

LONG = "/home/ana/LinkedIn_Connections_export_2024_11_29_from_the_old_laptop_1234567890.csv"


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(620, 1200)
    card.show()
    card.show_contact(contact_id)
    return card


def test_a_long_file_name_leaves_the_card_as_narrow_as_any_other(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    plain = person("Bea", source="csv", source_file="/home/ana/contacts.csv")
    card = _card(qtbot, app_context, plain)
    card._body_column.activate()
    narrowest = card.scroll_area.widget().minimumSizeHint().width()
    ana = person("Ana", source="csv", source_file=LONG)
    card.show_contact(ana)
    card._body_column.activate()  # laid out again for the name shown
    assert card.scroll_area.widget().minimumSizeHint().width() == narrowest
    assert not card.scroll_area.horizontalScrollBar().isVisible()
    shown = card.source_label.text()
    assert shown.startswith("CSV — LinkedIn_Connections_")
    assert "…" in shown and ".csv, " in shown  # its end kept, and the date after it
    assert LONG in card.source_label.toolTip()


def test_a_short_file_name_is_shown_whole(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", source="vcard", source_file="/home/ana/phone.vcf")
    card = _card(qtbot, app_context, ana)
    assert card.source_label.text().startswith("vCard — phone.vcf, ")
    bea = person("Bea")
    card.show_contact(bea)
    assert card.source_label.toolTip() == ""  # nothing imported: nothing more to say
