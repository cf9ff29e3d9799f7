"""Ctrl+Z after clearing "Met through" (its clear button, or the name deleted or typed over)
brings the person back, not only their name: the name came back chosen by nobody, and Save
refused it as "No contact “Tomás Ferreira”"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

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
    card.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is card)
    return card


def test_undoing_the_clear_button_brings_the_person_back(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    tomas = person("Tomás", "Ferreira")
    ana = person("Ana", met_through_id=tomas)
    card = _card(qtbot, app_context, ana)
    edit = card.met_through.edit
    edit.setFocus()
    clear = edit.findChildren(QToolButton)[0]  # the field's clear button
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    assert edit.text() == "" and card.met_through.contact_id is None
    assert not card.met_through_open.isEnabled()
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert edit.text() == "Tomás Ferreira"
    assert card.met_through.contact_id == tomas
    assert card.met_through_open.isEnabled()
    assert card.save()  # not "No contact “Tomás Ferreira”"
    assert card.problem_label.text() == ""
    assert app_context.core.contacts.get(ana).met_through_id == tomas


def test_a_name_typed_over_and_undone_is_the_person_again(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    tomas = person("Tomás", "Ferreira")
    ana = person("Ana", met_through_id=tomas)
    card = _card(qtbot, app_context, ana)
    edit = card.met_through.edit
    edit.setFocus()
    edit.end(False)
    QTest.keyClicks(edit, "x")
    assert card.met_through.contact_id is None
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL)
    assert card.met_through.contact_id == tomas
    QTest.keyClick(edit, Qt.Key.Key_Z, CTRL_SHIFT)  # the field's redo: typed over again
    assert edit.text() == "Tomás Ferreirax" and card.met_through.contact_id is None
