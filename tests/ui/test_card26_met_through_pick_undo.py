"""Ctrl+Z after choosing whom you met through from the list takes the choice back (and
Ctrl+Shift+Z makes it again): the choice replaced the field's text, and with it the
field's own undo, and nothing else kept it, so Ctrl+Z did nothing, or undid an earlier
change of the card out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext

pytestmark = pytest.mark.qt_log_ignore("does not support")
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _card(qtbot: QtBot, app_context: AppContext, contact_id: int) -> ContactCard:
    card = ContactCard(app_context)
    qtbot.addWidget(card)
    card.resize(700, 900)
    card.show()
    card.show_contact(contact_id)
    qtbot.waitExposed(card)
    return card


def _choose(qtbot: QtBot, card: ContactCard, typed: str, shown: str) -> None:
    picker = card.met_through
    picker.edit.setFocus()
    picker.edit.selectAll()
    QTest.keyClicks(picker.edit, typed)
    qtbot.waitUntil(lambda: shown in picker.completer.model().stringList())  # type: ignore[attr-defined]
    picker.completer.activated.emit(shown)  # as a click or Enter on it in the list does
    assert picker.edit.text() == shown


def test_ctrl_z_takes_the_person_chosen_back(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    tomas = person("Tomás", "Ferreira")
    ana = person("Ana", emails=[EmailAddress("ana@example.org")])
    card = _card(qtbot, app_context, ana)
    card.emails.rows[0].remove_button.click()  # an earlier step, which must stay done
    _choose(qtbot, card, "Tom", "Tomás Ferreira")
    assert card.met_through.contact_id == tomas and card.dirty

    QTest.keyClick(card.met_through.edit, Qt.Key.Key_Z, CTRL)
    assert card.met_through.contact_id is None
    assert card.met_through.edit.text() == ""  # as before the typing and the choice
    assert card.emails.rows == []  # the e-mail's removal is not what was undone

    QTest.keyClick(card.met_through.edit, Qt.Key.Key_Z, CTRL_SHIFT)
    assert card.met_through.contact_id == tomas
    assert card.met_through.edit.text() == "Tomás Ferreira"
    assert card.save()
    assert app_context.core.contacts.get(ana).met_through_id == tomas


def test_ctrl_z_brings_back_the_person_chosen_before(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    tomas = person("Tomás", "Ferreira")
    bea = person("Bea", "Ruiz")
    ana = person("Ana", met_through_id=tomas)
    card = _card(qtbot, app_context, ana)
    _choose(qtbot, card, "Bea", "Bea Ruiz")
    assert card.met_through.contact_id == bea
    QTest.keyClick(card.met_through.edit, Qt.Key.Key_Z, CTRL)
    assert card.met_through.contact_id == tomas
    assert card.met_through.edit.text() == "Tomás Ferreira"
    assert not card.dirty  # as loaded
