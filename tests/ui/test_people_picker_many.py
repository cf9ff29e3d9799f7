"""The list of people an entry was with, for entries with thousands of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.widgets import PeoplePicker

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_the_chosen_ids_follow_every_change_of_the_list(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """contact_ids() is kept between changes (the edit dialog asks it at opening, Cancel and
    Save: each a walk of 97,519 rows), and forgotten on any change, however it is made."""
    picker = PeoplePicker(app_context.core)
    qtbot.addWidget(picker)
    for contact_id in (7, 8, 9):
        item = QListWidgetItem(f"P{contact_id}")
        item.setData(Qt.ItemDataRole.UserRole, contact_id)
        picker.chosen.addItem(item)
    assert picker.contact_ids() == [7, 8, 9]
    picker.chosen.takeItem(1)  # as the log dialog takes off a person deleted meanwhile
    assert picker.contact_ids() == [7, 9]
    picker.chosen.item(0).setData(Qt.ItemDataRole.UserRole, 5)
    assert picker.contact_ids() == [5, 9]
    picker.contact_ids().append(1)  # a copy: the caller's list is its own
    assert picker.contact_ids() == [5, 9]
    picker.chosen.clear()
    assert picker.contact_ids() == []
    # one line each: the list measures one row, not each of thousands (1.8 s for 97,519)
    assert picker.chosen.uniformItemSizes()
