"""Taking the last person off an entry leaves the keyboard on the field that adds one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from tests.ui.log_dialog_setup import OFFSCREEN, open_dialog

pytestmark = OFFSCREEN


def test_the_last_person_taken_off_hands_the_keyboard_to_the_name_field(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
) -> None:
    """Delete on the last one left the focus in an empty list; Remove (Space on it) turned
    itself off and handed the focus on to Save, where the next Enter saved."""
    ana, bea, eva = person("Ana"), person("Bea", "Ruiz"), person("Eva", "Sanz")
    dialog = open_dialog(qtbot, app_context, [ana], "Lunch")
    people = dialog.people
    people.add_contact(bea)
    people.add_contact(eva)
    people.chosen.setFocus()
    people.chosen.setCurrentRow(0)
    QTest.keyClick(people.chosen, Qt.Key.Key_Delete)  # one left: the list keeps the keyboard
    assert people.contact_ids() == [eva]
    assert QApplication.focusWidget() is people.chosen
    QTest.keyClick(people.chosen, Qt.Key.Key_Delete)
    assert people.contact_ids() == []
    assert QApplication.focusWidget() is people.picker.edit

    people.add_contact(bea)
    people.chosen.setCurrentRow(0)
    people.remove_button.setFocus()
    QTest.keyClick(people.remove_button, Qt.Key.Key_Space)
    assert people.contact_ids() == []
    assert QApplication.focusWidget() is people.picker.edit
