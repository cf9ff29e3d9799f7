"""An e-mail or phone typed that the card holds already is said under the row typed and not
saved: "ana@example.org" added again (or "ANA@example.org"), "+34612345678" beside
"+34 612 345 678", were stored twice without a word. Values the contact came with twice
(an import) are left as they are."""

from __future__ import annotations

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui import card_fields as cf
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(700, 900)
    card.show()
    card.show_contact(contact_id)
    qtbot.waitExposed(card)
    return card


def _add(editor: cf.ListEditor, text: str) -> cf.ValueRow:
    editor.add_button.click()
    row = editor.rows[-1]
    assert isinstance(row, cf.ValueRow)
    QTest.keyClicks(row.edit, text)
    return row


def test_an_e_mail_typed_twice_is_said_and_not_saved(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana", emails=[EmailAddress("ana@example.org")])
    card = _card(qtbot, app_context, ana)
    row = _add(card.emails, "ANA@example.org")
    assert not card.save()
    said = "“ANA@example.org” is on this card already."
    assert row.problem.text() == said
    assert card.problem_label.text() == f"Not saved: {said}"
    assert card.emails.rows[0].problem.text() == ""  # the one it was stored with
    assert [e.value for e in app_context.core.contacts.get(ana).emails] == ["ana@example.org"]
    row.remove_button.click()
    assert card.save()  # nothing changed, nothing refused


def test_a_number_written_otherwise_is_the_same_number(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person("Ana")
    card = _card(qtbot, app_context, ana)
    _add(card.phones, "+34 612 345 678")
    second = _add(card.phones, "+34612345678")
    assert not card.save()
    assert second.problem.text() == "“+34612345678” is on this card already."
    assert card.phones.rows[0].problem.text() == ""
    assert app_context.core.contacts.get(ana).phones == []
    QTest.keyClicks(second.edit, "9")  # another number now: the message goes
    assert second.problem.text() == ""
    second.edit.clear()
    QTest.keyClicks(second.edit, "+34 699 000 111")
    assert card.save()
    stored = app_context.core.contacts.get(ana).phones
    assert [p.raw for p in stored] == ["+34 612 345 678", "+34 699 000 111"]


def test_values_the_contact_came_with_twice_are_kept(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[EmailAddress("ana@example.org"), EmailAddress("Ana@Example.org")],
        phones=[PhoneNumber("+34 612 345 678")],
    )
    card = _card(qtbot, app_context, ana)
    card.notes.setPlainText("met at the fair")
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored.notes == "met at the fair" and len(stored.emails) == 2
