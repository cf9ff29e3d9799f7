"""Ctrl+Z of custom days typed for the card's cadence: one step per typing, and the days
box's own undo is no step of the card (it brought back the value just undone)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_card import ContactCard
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def _custom_days_of_ana(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    notes: str = "",
) -> ContactCard:
    """Ana's card, stored cadence a month, ``notes`` typed, "Custom…" chosen and "45" typed
    in its box."""
    ana = person("Ana", "García", keep_in_touch_days=30)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    qtbot.waitUntil(lambda: main_window.card.contact_id() == ana)
    card = main_window.card
    QTest.keyClicks(card.notes, notes)
    custom = card.cadence.findData(-1)
    card.cadence.setCurrentIndex(custom)
    card.cadence.activated.emit(custom)  # chosen in its list, by a click
    assert card.custom_days.isVisibleTo(card) and card.cadence.days() == 30
    card.custom_days.selectAll()
    QTest.keyClicks(card.custom_days, "45")  # (keys go to the box, which hands them to its line)
    assert card.cadence.days() == 45 and card.dirty
    return card


def _card_undo(card: ContactCard, key: Qt.Key = Qt.Key.Key_Z) -> int | None:
    """Ctrl+Z (or Ctrl+Y) in a field with nothing of its own to undo: the card's step."""
    QTest.keyClick(card.met_at, key, CTRL)
    return card.cadence.days()


def test_the_days_box_undoing_its_typing_is_no_step_the_card_undoes(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """The reviewer's case: Ctrl+Z in the box (back to 30), then Ctrl+Z elsewhere gave 45,
    then 4, then 30: each keystroke was a step, and the box's undo one more on top."""
    card = _custom_days_of_ana(qtbot, main_window, app_context, person)
    QTest.keyClick(card.custom_days, Qt.Key.Key_Z, CTRL)
    assert card.cadence.days() == 30
    assert [_card_undo(card) for _ in range(3)] == [30, 30, 30]


def test_custom_days_typed_are_one_step_undone_and_redone_from_another_field(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = _custom_days_of_ana(qtbot, main_window, app_context, person)
    assert _card_undo(card) == 30  # not "4", the first key typed
    assert not card.dirty
    assert _card_undo(card, Qt.Key.Key_Y) == 45
    assert card.dirty


def test_the_days_box_redoing_its_typing_is_no_step_either(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    # (the notes keep the card unsaved once the cadence is back to the stored one)
    card = _custom_days_of_ana(qtbot, main_window, app_context, person, notes="Met in Lyon")
    QTest.keyClick(card.custom_days, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(card.custom_days, Qt.Key.Key_Y, CTRL)
    assert card.cadence.days() == 45
    assert [_card_undo(card) for _ in range(3)] == [30, 30, 30]
    assert card.dirty and card.notes.toPlainText() == "Met in Lyon"


def test_each_typing_finished_in_the_days_box_is_a_step_of_its_own(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    card = _custom_days_of_ana(qtbot, main_window, app_context, person)
    QTest.keyClick(card.custom_days, Qt.Key.Key_Return)  # the typing is done
    card.custom_days.selectAll()
    QTest.keyClicks(card.custom_days, "60")
    assert card.cadence.days() == 60
    assert [_card_undo(card) for _ in range(3)] == [45, 30, 30]
    assert card.save()
    stored = app_context.core.contacts.get(card.contact_id())
    assert stored is not None and stored.keep_in_touch_days == 30


def test_ctrl_z_in_the_days_box_with_nothing_of_its_own_is_the_cards(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Enter ends the box's own undo of its typing: Ctrl+Z in it then did nothing at all."""
    card = _custom_days_of_ana(qtbot, main_window, app_context, person)
    QTest.keyClick(card.custom_days, Qt.Key.Key_Return)
    QTest.keyClick(card.custom_days, Qt.Key.Key_Z, CTRL)
    assert card.cadence.days() == 30 and not card.dirty
    QTest.keyClick(card.custom_days, Qt.Key.Key_Y, CTRL)
    assert card.cadence.days() == 45 and card.dirty
