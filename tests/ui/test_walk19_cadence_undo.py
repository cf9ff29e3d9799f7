"""Ctrl+Z takes back a cadence chosen on the card, as it does a photo or an e-mail removed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_takes_back_the_cadence_chosen_and_ctrl_y_chooses_it_again(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """The menu has no undo of its own and the card kept no step for it: a cadence chosen by
    mistake and Ctrl+Z did nothing at all, anywhere on the card."""
    ana = person("Ana", "García", keep_in_touch_days=30)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    qtbot.waitUntil(lambda: main_window.card.contact_id() == ana)
    card = main_window.card
    card.cadence.setFocus()
    QTest.keyClick(card.cadence, Qt.Key.Key_Down)  # "Every month" to "Every 3 months"
    QTest.keyClick(card.cadence, Qt.Key.Key_Down)  # to "Every 6 months"
    assert card.cadence.days() == 182 and card.dirty
    QTest.keyClick(card.cadence, Qt.Key.Key_Z, CTRL)
    assert card.cadence.days() == 91 and card.dirty
    QTest.keyClick(card.cadence, Qt.Key.Key_Z, CTRL)
    assert card.cadence.days() == 30
    assert not card.dirty  # the contact as stored: nothing to save
    QTest.keyClick(card.cadence, Qt.Key.Key_Y, CTRL)  # redo
    assert card.cadence.days() == 91 and card.dirty
    assert card.next_label.text() == "worked out once the contact is saved"
    assert card.save()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.keep_in_touch_days == 91


def test_a_cadence_chosen_is_undone_from_another_field_with_nothing_of_its_own(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    bea = person("Bea", "Ruiz")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(bea)
    qtbot.waitUntil(lambda: main_window.card.contact_id() == bea)
    card = main_window.card
    card.cadence.setCurrentIndex(card.cadence.findData(365))
    card.cadence.activated.emit(card.cadence.currentIndex())  # chosen in its list, by a click
    assert card.cadence.days() == 365
    card.met_at.setFocus()  # nothing typed there: Ctrl+Z is the card's
    QTest.keyClick(card.met_at, Qt.Key.Key_Z, CTRL)
    assert card.cadence.days() is None
    assert not card.dirty
