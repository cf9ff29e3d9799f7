"""Shift+click and Shift+arrows select from the contact made current last, by the user or not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext

SHIFT = Qt.KeyboardModifier.ShiftModifier


def click(panel: ContactListPanel, row: int, keys: Qt.KeyboardModifier = SHIFT) -> None:
    index = panel.model.index(row)
    panel.view.scrollTo(index)
    point = panel.view.visualRect(index).center()
    QTest.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, keys, point)


def test_shift_selects_from_the_contact_opened_not_from_an_earlier_shift_selection(
    qtbot: QtBot, app_context: AppContext, person
) -> None:  # type: ignore[no-untyped-def]
    """A contact made current by netdesk (opened from Today, saved, found) was not where the
    next Shift selection began: after a Shift+Down from P05, opening P15 and Shift+clicking
    P17 selected the 13 contacts from P05 to P17."""
    people = [person(f"P{n:02d}") for n in range(25)]
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(340, 400)
    panel.show()
    panel.load()
    panel.view.setFocus()
    assert panel.select_contact(people[5])
    QTest.keyClick(panel.view, Qt.Key.Key_Down, SHIFT)
    assert panel.selected_ids() == people[5:7]
    assert panel.select_contact(people[15])
    click(panel, 17)
    assert panel.selected_ids() == people[15:18]
    assert panel.select_contact(people[9])
    QTest.keyClick(panel.view, Qt.Key.Key_Up, SHIFT)
    assert panel.selected_ids() == people[8:10]
    click(panel, 2, Qt.KeyboardModifier.NoModifier)  # the user's own click still anchors
    QTest.keyClick(panel.view, Qt.Key.Key_Down, SHIFT)
    assert panel.selected_ids() == people[2:4]
