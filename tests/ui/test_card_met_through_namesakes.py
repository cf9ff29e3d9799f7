"""The card's "Met through" names a namesake as the picker offered them, after Save too."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.types import EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def test_a_chosen_namesake_stays_told_apart_after_save_and_reload(
    main_window: MainWindow,
    app_context: AppContext,
    qtbot: QtBot,
    person,  # type: ignore[no-untyped-def]
) -> None:
    person("Maria", "Garcia", organization="Acme")
    mailed = person("Maria", "Garcia", emails=[EmailAddress("maria@example.org")])
    card = main_window.card
    main_window.new_action.trigger()
    card.given_name.setText("Íñigo")
    card._mark_dirty()
    picker = card.met_through
    picker.edit.setFocus()
    QTest.keyClicks(picker.edit, "Maria")
    qtbot.waitUntil(lambda: len(picker._names) == 2)
    told = "Maria Garcia — maria@example.org"
    picker.completer.activated.emit(told)
    if picker.contact_id != mailed:
        card.revert()  # closing the window would ask about the unsaved card
    assert picker.contact_id == mailed
    assert card.save()
    new_id = card.contact_id()
    assert app_context.core.contacts.get(new_id).met_through_id == mailed
    assert picker.edit.text() == told  # was "Maria Garcia": which one?
    assert not card.dirty
    card.show_contact(mailed)
    card.show_contact(new_id)
    assert picker.edit.text() == told
    assert picker.contact_id == mailed
