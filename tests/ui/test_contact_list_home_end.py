"""Home and End in the contact list go to the first and last contact (the list is a one-column
table, whose own Home and End moved along the row: nothing happened)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_list_model
from netdesk.ui.contact_list import ContactListPanel
from netdesk.ui.context import AppContext

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_home_and_end_go_to_the_first_and_last_contact(
    qtbot: QtBot,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(contact_list_model, "PAGE_SIZE", 10)  # the rest not read yet
    ids = [person(f"P{n:03d}") for n in range(25)]
    panel = ContactListPanel(app_context)
    qtbot.addWidget(panel)
    panel.resize(300, 400)
    panel.show()
    panel.load(first_page_only=True)
    assert panel.model.partial
    panel.view.setFocus()
    panel.select_contact(ids[2])
    QTest.keyClick(panel.view, Qt.Key.Key_End)
    assert panel.current_id() == ids[-1]
    assert panel.selected_ids() == [ids[-1]]
    QTest.keyClick(panel.view, Qt.Key.Key_Home)
    assert panel.current_id() == ids[0]
    panel.select_contact(ids[2])
    QTest.keyClick(panel.view, Qt.Key.Key_End, SHIFT)  # from here to the last one
    assert panel.selected_ids() == ids[2:]
    QTest.keyClick(panel.view, Qt.Key.Key_Home, SHIFT)  # from the anchor up to the first
    assert panel.selected_ids() == ids[:3]
    QTest.keyClick(panel.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert panel.current_id() == ids[-1]  # Ctrl+End as before
