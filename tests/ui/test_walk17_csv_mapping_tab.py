"""The CSV column question by keyboard: Tab in the table goes to the field of the row the
arrows are on, not to the first row's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.csv_mapping import CsvMappingDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADERS = ["Person", "Mail", "Cell", "Firm", "Remarks"]


SAMPLES = ["Dana Lee", "dana@lee.example", "+1 555 0100", "Lee & Co", "met at PyCon"]


def _asked(qtbot: QtBot, headers: list[str], samples: list[str]) -> CsvMappingDialog:
    dialog = CsvMappingDialog("odd.csv", headers, {"Mail": "email"}, samples)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    return dialog


def test_tab_goes_to_the_field_of_the_row_walked_to(qtbot: QtBot) -> None:
    dialog = _asked(qtbot, HEADERS, SAMPLES)
    for _ in range(3):
        QTest.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.table.currentRow() == 3  # "Firm"
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.choosers[3]
    dialog.choosers[3].setCurrentIndex(dialog.choosers[3].findData("organization"))
    assert dialog.mapping()["Firm"] == "organization"
    assert dialog.mapping()["Person"] == "ignore"  # the first row's field untouched
    QTest.keyClick(dialog.choosers[3], Qt.Key.Key_Tab)  # and on to the next row's
    assert QApplication.focusWidget() is dialog.choosers[4]


def test_a_hidden_row_under_the_arrows_leaves_tab_as_it_was(qtbot: QtBot) -> None:
    # an empty column between used ones ("Name;;Email"): no name, no value, not listed
    dialog = _asked(qtbot, ["Person", "", "Mail"], ["Dana Lee", "", "dana@lee.example"])
    assert dialog.table.isRowHidden(1)
    dialog.table.setCurrentCell(1, 0)
    QTest.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not dialog.table
    assert QApplication.focusWidget() is not dialog.choosers[1]
