"""The import preview's File columns keep the end of a long path in sight: the file's name
(and the card's line) is what tells the user which file went wrong."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from netdesk.core.importing import ImportPlan, PlannedCard
from netdesk.core.types import Contact
from netdesk.interop.problems import ImportProblem
from netdesk.ui.import_preview import ImportPreviewDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

FOLDER = "/home/maria/Downloads/Google Takeout 2026-11-27/Contacts/My Contacts and others"


def _shown(table: QTableView, row: int, column: int) -> str:
    """The text the table paints in a cell: its text cut as the cell's delegate cuts it."""
    index = table.model().index(row, column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    room = table.columnWidth(column) - 12  # the cell's margins
    return option.fontMetrics.elidedText(option.text, option.textElideMode, room)


def test_the_problems_and_cards_show_which_file_however_deep_its_folder(qtbot: QtBot) -> None:
    """A folder dropped from deep in the home folder listed every problem as
    '/home/maria/Downloads/Google Tak…': the file's name was cut off, in every row."""
    first, second = f"{FOLDER}/phone/contacts.vcf", f"{FOLDER}/laptop/LinkedIn Connections.csv"
    plan = ImportPlan(files=[first, second])
    plan.problems = [
        ImportProblem(second, 4, "no contacts in the file: it has only its column names"),
        ImportProblem(first, 12, "card has no END:VCARD (file cut short?); not imported"),
    ]
    long_folder = f"{FOLDER}/an old phone's backup kept since 2015 in the laptop"
    plan.cards = [
        PlannedCard(
            Contact(given_name="Ana", display_name="Ana"),
            f"{long_folder}/contacts from the SIM card.vcf",
            1234,
            "new",
        ),
        PlannedCard(Contact(given_name="Ben", display_name="Ben"), first, 1, "new"),
    ]
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.tabs.setCurrentWidget(dialog.problem_table)
    problems = dialog.problem_table
    shown = [_shown(problems, row, 0) for row in range(2)]
    assert shown[0].endswith("LinkedIn Connections.csv")  # its end is in sight
    assert shown[1].endswith("contacts.vcf")
    # named as the other tabs name it, under the folder dropped; the whole path in its tooltip
    assert problems.model().index(0, 0).data() == "laptop/LinkedIn Connections.csv"
    assert second in problems.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    dialog.tabs.setCurrentWidget(dialog.new_table)
    new = dialog.new_table
    file_column = new.model().columnCount() - 1
    new.setColumnWidth(file_column, 200)
    new.horizontalHeader().setStretchLastSection(False)
    cell = _shown(new, 0, file_column)
    assert "…" in cell and cell.endswith("SIM card.vcf:1234")  # the line too
    assert _shown(new, 0, 0) == "Ana"  # other columns as they were
