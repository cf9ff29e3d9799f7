"""The column mapping's Alt+C cancels from the table or a column's field, on any desktop:
the platform's Cancel has an Alt+letter only under KDE's and GNOME's Qt themes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netdesk.ui.csv_mapping import CsvMappingDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.mark.parametrize("where", ["table", "field"])
def test_alt_c_cancels_the_column_mapping(qtbot: QtBot, where: str) -> None:
    dialog = CsvMappingDialog("odd.csv", ["Person", "Mail"], {"Person": "full_name"}, ["D", "d@x"])
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    focus = dialog.table if where == "table" else dialog.choosers[1]
    focus.setFocus()
    chosen = dialog.mapping()
    with qtbot.waitSignal(dialog.finished, timeout=1000) as finished:
        QTest.keyClick(focus, "C", Qt.KeyboardModifier.AltModifier)
    assert finished.args == [QDialog.DialogCode.Rejected]
    assert dialog.mapping() == chosen
