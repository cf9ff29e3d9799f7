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


def test_a_cadence_is_said_in_the_cadence_menus_words(
    qtbot: QtBot, app_context: AppContext
) -> None:
    """It said 'Keep in touch (days) “182”' (the import's column name and a number of days)."""
    contacts = app_context.core.contacts
    often = contacts.create(Contact(given_name="Ana", keep_in_touch_days=30))
    rarely = contacts.create(Contact(given_name="Ana", family_name="Gil", keep_in_touch_days=182))
    plain = contacts.create(Contact(given_name="Ana", family_name="Gil"))
    dialog = merge_two(app_context, [often, rarely], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    dialog.buttons[often].click()
    assert "Not kept, as Ana has its own: Keep in touch “Every 6 months”." in outcome.text()
    dialog = merge_two(app_context, [plain, often], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    outcome = dialog.findChild(QLabel, "mergeOutcome")
    dialog.buttons[plain].click()
    assert outcome.text().startswith("Ana Gil gets from Ana: ")
    assert "Keep in touch" in outcome.text() and "(days)" not in outcome.text()
