"""A label typed in a row's label box and ended with Enter ("Office") is stored as typed. The
box added it to its list with no key behind it, and the e-mail was saved labelled "None"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def test_a_label_typed_and_entered_is_stored_as_typed(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[EmailAddress("ana@example.org", "work")],
        phones=[PhoneNumber("+34 612 345 678", "mobile")],
    )
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(ana)
    for editor, typed in ((card.emails, "Office"), (card.phones, "Home")):
        edit = editor.rows[0].label_box.lineEdit()
        edit.selectAll()
        QTest.keyClicks(edit, typed)
        QTest.keyClick(edit, Qt.Key.Key_Return)
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert [e.label for e in stored.emails] == ["Office"]
    assert [p.label for p in stored.phones] == ["home"]  # a known label, whatever its case
    card.show_contact(ana)  # shown again as stored
    assert card.emails.rows[0].label_box.currentText() == "Office"
    assert card.phones.rows[0].label_box.currentText() == "home"
