"""The card's "Next follow-up" does not contradict a rhythm chosen and not saved yet."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.core.types import NEVER_KEEP_IN_TOUCH
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PENDING = "worked out once the contact is saved"


def _shown(qtbot: QtBot, window: MainWindow, contact_id: int) -> None:
    window.context.changes.contacts_changed.emit(None)  # stored after the window was made
    window.contacts.select_contact(contact_id)
    qtbot.waitUntil(lambda: window.card.contact_id() == contact_id)


def test_a_cadence_chosen_is_not_told_to_be_chosen_under_it(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    clock: FixedClock,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Choosing "Every month" on a contact without a cadence left "Next follow-up: none — set
    a cadence to be reminded" right under the menu until Save, and "Never" the date of a
    reminder it had just stopped."""
    ana = person("Ana", "García")
    card = main_window.card
    _shown(qtbot, main_window, ana)
    assert card.next_label.text() == "none — set a cadence to be reminded"

    card.cadence.setFocus()
    QTest.keyClick(card.cadence, Qt.Key.Key_Down)  # "Never" to "Every week", as a user does
    assert card.cadence.days() == 7 and card.dirty
    assert card.next_label.text() == PENDING
    QTest.keyClick(card.cadence, Qt.Key.Key_Up)  # back to what is stored: said as it is
    assert card.next_label.text() == "none — set a cadence to be reminded"
    QTest.keyClick(card.cadence, Qt.Key.Key_Down)
    assert card.save()
    due = (clock.now() + dt.timedelta(days=7)).date()
    stored = app_context.core.contacts.get(ana)
    assert stored is not None and stored.next_due is not None
    assert stored.next_due.date() == due
    shown = card.next_label.text()
    assert shown not in (PENDING, "none — set a cadence to be reminded")
    assert str(due.day) in shown

    card.cadence.setCurrentIndex(card.cadence.findText("Never"))
    card.cadence.activated.emit(card.cadence.currentIndex())  # as a click in its list
    assert card.cadence.days() in (None, NEVER_KEEP_IN_TOUCH)
    assert card.next_label.text() == PENDING
    card.revert_button.click()  # Discard: the contact as stored, said as it is
    assert card.cadence.days() == 7
    assert card.next_label.text() == shown


def test_a_tag_that_gives_a_rhythm_counts_as_one(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """A contact without a cadence of its own follows its tags': a tag with a default typed
    in changes the next follow-up as much as the menu does."""
    person("Carmen", "Vidal", tags=["mentor"])
    app_context.core.tags.set_cadence("mentor", 30)
    bea = person("Bea", "Ruiz", tags=["friend"])
    card = main_window.card
    _shown(qtbot, main_window, bea)
    before = card.next_label.text()
    card.tags.setFocus()
    card.tags.end(False)
    QTest.keyClicks(card.tags, ", mentor")
    assert card.next_label.text() == PENDING
    QTest.keyClicks(card.tags, "s")  # "mentors": no such tag, no rhythm
    assert card.next_label.text() == before
