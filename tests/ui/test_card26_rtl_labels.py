"""In a right-to-left window the card's plain labels stand as the window reads: a value (an
English date, "Demo data, …", the rhythm under the name) beside its caption at the right, and
each caption beside its field, at the left of the labels' column. A QLabel aligns plain text
by the text's own direction, so English text stayed where a left-to-right window has it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight


def _ink(label: QLabel) -> tuple[int, int]:
    """The leftmost and rightmost columns of the label's drawn text."""
    image = label.grab().toImage()
    background = image.pixelColor(0, 0)
    columns = [
        x
        for x in range(image.width())
        if any(_differs(image.pixelColor(x, y), background) for y in range(0, image.height(), 1))
    ]
    assert columns, f"nothing drawn in {label.objectName() or label.text()!r}"
    return columns[0], columns[-1]


def _differs(colour: QColor, background: QColor) -> bool:
    return abs(colour.lightness() - background.lightness()) > 40


def _card(qtbot: QtBot, app_context: AppContext, person, direction) -> ContactCard:  # type: ignore[no-untyped-def]
    ana = person("Ana", "Gil", source="demo", keep_in_touch_days=90)
    app_context.core.journal.log(
        [ana], "call", "hi", at=app_context.core.clock.now() - dt.timedelta(days=9)
    )
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.setLayoutDirection(direction)
    card.resize(900, 1400)
    card.show()
    card.show_contact(ana)
    qtbot.waitExposed(card)
    return card


def _values(card: ContactCard) -> list[QLabel]:
    return [card.rhythm_label, card.source_label, card.last_label, card.next_label]


def test_values_stand_at_the_right_of_a_right_to_left_card(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = _card(qtbot, app_context, person, RTL)
    for label in _values(card):
        left, right = _ink(label)
        assert label.width() - right < 8, label.text()  # at its right end
        assert left > label.width() // 3, label.text()


def test_captions_stand_beside_their_fields_in_a_right_to_left_card(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = _card(qtbot, app_context, person, RTL)
    caption = card._origin_form.labelForField(card.source_label)
    assert isinstance(caption, QLabel) and caption.text() == "Record source"
    left, _right = _ink(caption)
    assert left < 6  # the field is at its left
    assert caption.geometry().left() > card.source_label.geometry().right()


def test_a_left_to_right_card_is_as_it_was(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = _card(qtbot, app_context, person, LTR)
    for label in _values(card):
        left, _right = _ink(label)
        assert left < 6, label.text()
    caption = card._origin_form.labelForField(card.source_label)
    assert isinstance(caption, QLabel)
    _left, right = _ink(caption)
    assert caption.width() - right < 8


def test_the_window_turned_afterwards_turns_them_too(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = _card(qtbot, app_context, person, LTR)
    card.setLayoutDirection(RTL)
    for label in _values(card):
        _left, right = _ink(label)
        assert label.width() - right < 8, label.text()
