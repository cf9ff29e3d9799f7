"""Contact > Merge two contacts… over namesakes: the outcome says which is which."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two


def test_the_outcome_of_merging_namesakes_says_which_is_which(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """Two "Giulia Ricci": it said 'Giulia Ricci gets from Giulia Ricci: Job title' and 'Not
    kept, as Giulia Ricci has its own: Company', which told nothing of which one."""
    contacts = app_context.core.contacts
    fjord = contacts.create(
        Contact(given_name="Giulia", family_name="Ricci", organization="Fjord Logistics")
    )
    bosque = contacts.create(
        Contact(
            given_name="Giulia",
            family_name="Ricci",
            organization="Bosque Ventures",
            title="Data Scientist",
        )
    )
    dialog = merge_two(app_context, [fjord, bosque], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    QTest.mouseClick(dialog.buttons[fjord], Qt.MouseButton.LeftButton)
    assert outcome.text() == (
        "The one kept gets from the other: Job title.\n"
        "Not kept, as the one kept has its own: Company “Bosque Ventures”."
    )
