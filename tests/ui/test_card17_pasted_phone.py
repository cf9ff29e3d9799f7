"""A phone number pasted as a link gives it ("tel:+34…") is stored as the number."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import names
from netdesk.core.types import PhoneNumber
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("pasted", "number"),
    [
        ("tel:+34600123456", "+34600123456"),  # a web page's "Copy link address"
        ("TEL:+34-600-123-456", "+34-600-123-456"),
        ("tel:+34%20600%20123%20456", "+34 600 123 456"),
        ("tel:7042;phone-context=example.com", "7042"),
        ("callto://+34600123456", "+34600123456"),  # Skype's links
        ("  +34 600 123 456 ", "+34 600 123 456"),
        ("tel:", "tel:"),  # no number: left for the message
        ("Hotel: 600 123 456", "Hotel: 600 123 456"),
    ],
)
def test_the_number_in_what_was_pasted(pasted: str, number: str) -> None:
    assert names.phone_written_in(pasted) == number


def test_a_pasted_tel_link_is_stored_and_shown_as_the_number(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """'tel:+34600123456' was stored with its 'tel:' and shown so on the card and exports."""
    ana = person("Ana", "García", phones=[PhoneNumber("tel:+44 20 7946 0000", "work")])
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    card.phones._add_clicked()
    edit = card.phones.rows[-1].edit
    edit.setFocus()
    QApplication.clipboard().setText("tel:+34600123456")
    QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    saved = card.save()
    shown = [row.edit.text() for row in card.phones.rows]
    card.revert()  # (before asserting: a failure would leave the card asking at teardown)
    assert saved
    # the number it came with is kept as it was, as any value the contact came with
    assert sorted(shown) == ["+34600123456", "tel:+44 20 7946 0000"]
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert sorted(p.raw for p in stored.phones) == ["+34600123456", "tel:+44 20 7946 0000"]
