"""Enter in the card's Tags field takes the completion highlighted, wherever the key arrives."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


def _card_typing(qtbot: QtBot, app_context: AppContext, person, typed: str) -> ContactCard:  # type: ignore[no-untyped-def]
    person("Ana", tags=["investor", "investment club", "mentor"])
    berta = person("Berta", tags=["mentor"])
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(berta)
    card.tags.setFocus()
    card.tags.end(False)
    QTest.keyClicks(card.tags, typed)
    qtbot.waitUntil(card.tags.tag_completer.popup().isVisible)
    return card


@POPUP
@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_the_field_takes_the_highlighted_completion(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    enter: Qt.Key,
) -> None:
    """With "investment club" highlighted under "inv", an Enter that reached the field kept
    "inv" (a new tag nobody meant) and left the completions open."""
    card = _card_typing(qtbot, app_context, person, ", inv")
    popup = card.tags.tag_completer.popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the popup has the keyboard while it shows
    assert popup.currentIndex().data() == "investment club"
    QTest.keyClick(card.tags, enter)
    assert card.tags.text() == "mentor, investment club, "
    assert not popup.isVisible()
    assert card.save()
    assert sorted(app_context.core.contacts.get(card.contact_id()).tags) == [  # type: ignore[arg-type, union-attr]
        "investment club",
        "mentor",
    ]


@POPUP
def test_enter_through_the_popup_takes_it_once(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """The completer hands Enter to the field first: taken there, it is not taken twice."""
    card = _card_typing(qtbot, app_context, person, ", inv")
    popup = card.tags.tag_completer.popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert card.tags.text() == "mentor, investor, "
    assert not popup.isVisible()


@POPUP
def test_enter_with_nothing_highlighted_keeps_what_was_typed(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """As QLineEdit with its QCompleter: nothing highlighted, Enter closes the completions
    and the text typed stays (a new tag may be a prefix of a known one)."""
    card = _card_typing(qtbot, app_context, person, ", inv")
    popup = card.tags.tag_completer.popup()
    QTest.keyClick(card.tags, Qt.Key.Key_Return)
    assert card.tags.text() == "mentor, inv"
    assert not popup.isVisible()
