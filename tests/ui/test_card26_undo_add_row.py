"""Ctrl+Z after "Add e-mail" (or any "Add…") takes the empty row away, and Ctrl+Shift+Z
brings it back. The row has no value, so the undo saw nothing to take back: it skipped the
step and undid the change before it (a phone removed came back), the empty row left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from netdesk.core.types import EmailAddress, PhoneNumber
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from tests.ui.test_contact_card import shown_and_active

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _keys(modifiers: Qt.KeyboardModifier) -> None:
    focused = QApplication.focusWidget()
    assert isinstance(focused, QWidget)
    QTest.keyClick(focused, Qt.Key.Key_Z, modifiers)


def test_ctrl_z_takes_an_added_empty_row_away(
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    ana = person(
        "Ana",
        emails=[EmailAddress("ana@example.org")],
        phones=[PhoneNumber("+34 612 345 678"), PhoneNumber("+34 699 000 111")],
    )
    shown_and_active(main_window, qtbot)
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    card = main_window.card
    qtbot.waitUntil(lambda: card.contact_id() == ana)
    card.phones.rows[1].remove_button.click()
    card.emails.add_button.setFocus()
    QTest.keyClick(card.emails.add_button, Qt.Key.Key_Space)
    assert len(card.emails.rows) == 2
    assert QApplication.focusWidget() is card.emails.rows[1].edit

    _keys(CTRL)
    assert len(card.emails.rows) == 1  # the empty row went
    assert len(card.phones.rows) == 1  # and the phone removed before stays removed
    assert card.dirty

    _keys(CTRL_SHIFT)
    assert len(card.emails.rows) == 2 and card.emails.rows[1].text() == ""  # type: ignore[attr-defined]
    assert card.emails.rows[1].remove_button.accessibleName() == "Remove e-mail address 2"

    _keys(CTRL)
    _keys(CTRL)  # the phone's removal
    assert len(card.emails.rows) == 1 and len(card.phones.rows) == 2
    assert not card.dirty
