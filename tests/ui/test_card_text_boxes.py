"""The card's text boxes: as tall as their text, and wholly in view when reached by key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def shown_card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(800, 450)
    card.show()
    card.show_contact(contact_id)
    QApplication.processEvents()
    return card


def smallest(box: QWidget) -> int:
    """The least height a box is given (its scroll bar's room may ask more than its own)."""
    return max(box.minimumHeight(), box.minimumSizeHint().height())


def test_a_text_box_is_as_tall_as_its_text(qtbot: QtBot, app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    """Each stood at its tallest, an empty "Looking for" as tall as six lines."""
    ana = person("Ana", what_they_do="Teaches.", notes="\n".join(f"line {n}" for n in range(40)))
    card = shown_card(qtbot, app_context, ana)
    notes = card.notes
    qtbot.waitUntil(lambda: notes.height() == notes.maximumHeight())  # 40 lines: it scrolls
    for box in (card.what_they_do, card.looking_for, card.can_offer):
        assert box.height() == smallest(box) < box.maximumHeight()
    card.looking_for.setFocus()
    QTest.keyClicks(card.looking_for, "A co-founder")
    for _line in range(4):
        QTest.keyClick(card.looking_for, Qt.Key.Key_Return)
        QTest.keyClicks(card.looking_for, "and more")
    grown = card.looking_for
    qtbot.waitUntil(lambda: smallest(grown) < grown.height() <= grown.maximumHeight())
    card.revert()  # the text gone: small again
    qtbot.waitUntil(lambda: grown.height() == smallest(grown))


def test_an_alt_letter_shows_the_whole_field(qtbot: QtBot, app_context: AppContext, person) -> None:  # type: ignore[no-untyped-def]
    """Alt+S showed the notes' first line at the card's bottom edge, the rest cut off."""
    ana = person("Ana", notes="A long note.\n" * 12)
    card = shown_card(qtbot, app_context, ana)
    viewport = card.scroll_area.viewport()
    for field, key in (
        (card.what_they_do, Qt.Key.Key_W),
        (card.notes, Qt.Key.Key_S),
        (card.given_name, Qt.Key.Key_N),
    ):
        QTest.keyClick(card, key, Qt.KeyboardModifier.AltModifier)
        assert field.hasFocus()
        top = field.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + field.height() <= viewport.height(), field.accessibleName()
