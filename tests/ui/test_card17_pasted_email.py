"""An e-mail address pasted as a mail program or a link gives it is stored as the address."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core import names
from netdesk.core.types import EmailAddress
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize(
    ("pasted", "address"),
    [
        ("mailto:ana@example.org", "ana@example.org"),  # a link's "Copy link address"
        ("MAILTO:ana%2Bnews@example.org?subject=Hi", "ana+news@example.org"),
        ("Ana García <ana@example.org>", "ana@example.org"),  # a mail program's address
        ('"García, Ana" <ana@example.org>;', "ana@example.org"),
        ("<ana@example.org>", "ana@example.org"),
        ('"ana@example.org"', "ana@example.org"),
        ("ana@example.org;", "ana@example.org"),  # Outlook's list of addresses
        ("ana@example.org.", "ana@example.org"),  # the end of a sentence
        ("  ana@example.org  ", "ana@example.org"),
        ("ana(at)example.org", "ana(at)example.org"),  # not an address: left for the message
        ("Ana García", "Ana García"),
    ],
)
def test_the_address_in_what_was_pasted(pasted: str, address: str) -> None:
    assert names.email_written_in(pasted) == address


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.show()
    card.show_contact(contact_id)
    return card


def test_a_pasted_mailto_link_is_stored_and_shown_as_the_address(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """'mailto:ana@example.org' was stored as it was pasted (Write e-mail opened
    'mailto:mailto:ana@…', and the import of her vCard did not find her by it), and
    'Ana García <ana@example.org>' was refused as not an e-mail address."""
    ana = person("Ana", "García")
    card = _card(qtbot, app_context, ana)
    saved = []
    for pasted in ("mailto:ana@example.org", "Ana García <ana.garcia@example.org>"):
        card.emails._add_clicked()
        edit = card.emails.rows[-1].edit
        edit.setFocus()
        QApplication.clipboard().setText(pasted)
        QTest.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        saved.append(card.save())
    shown = [row.edit.text() for row in card.emails.rows]
    dirty = card.dirty
    card.revert()  # (before asserting: a failure would leave the card asking at teardown)
    assert saved == [True, True] and not dirty
    assert shown == ["ana@example.org", "ana.garcia@example.org"]
    stored = app_context.core.contacts.get(ana)
    assert stored is not None
    assert [e.value for e in stored.emails] == ["ana@example.org", "ana.garcia@example.org"]


def test_an_address_the_contact_came_with_is_kept_as_it_is(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """As any value the contact came with: saving another edit does not change it."""
    ana = person("Ana", "García", emails=[EmailAddress("<ana@example.org>")])
    card = _card(qtbot, app_context, ana)
    card.emails.rows[0].edit.setFocus()
    card.notes.setFocus()  # the e-mail field loses the focus: nothing to tidy
    card.notes.setPlainText("Met at PyCon")
    card._mark_dirty()
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and [e.value for e in stored.emails] == ["<ana@example.org>"]
    assert stored.notes == "Met at PyCon"
