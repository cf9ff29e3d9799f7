"""The column-mapping dialog: the mouse wheel scrolls the columns, never changes a field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from netdesk.ui.csv_mapping import CsvMappingDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADERS = [f"Column {n}" for n in range(60)]  # an Outlook export has about 90


def wheel_up(widget: QComboBox) -> bool:
    """One notch of the wheel up, the pointer over ``widget``, as a mouse sends it; whether
    ``widget`` took it. One it leaves goes on to the table, which scrolls (Qt passes on only
    the wheel's own events, not one sent as here: that part is Qt's)."""
    local = QPointF(widget.rect().center())
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_scrolling_over_the_field_menus_leaves_them_as_chosen(qtbot: QtBot) -> None:
    dialog = CsvMappingDialog("export.csv", HEADERS, {"Column 0": "full_name"}, ["x"] * 60)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    before = dialog.mapping()
    bar = dialog.table.verticalScrollBar()
    bar.setValue(bar.maximum())  # at the end of the list, going back up with the wheel
    last = dialog.choosers[-1]  # the pointer rests on a menu as the list goes by
    for _ in range(3):
        assert not wheel_up(last)  # left to the table, to scroll it
    assert dialog.mapping() == before  # what was seen: "Column 59" turned "Met on"
    assert not last.hasFocus()


def test_a_menu_in_focus_still_turns_with_the_wheel(qtbot: QtBot) -> None:
    dialog = CsvMappingDialog("export.csv", HEADERS, {}, ["x"] * 60)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    chooser = dialog.choosers[1]
    chooser.setFocus()
    qtbot.waitUntil(chooser.hasFocus)
    before = chooser.currentIndex()
    assert wheel_up(chooser)
    assert chooser.currentIndex() != before  # chosen by Tab or a click: the wheel is meant
