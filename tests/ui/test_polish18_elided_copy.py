"""Copying a cut name (the card's title) copies the whole name: Ctrl+C and the menu's Copy
gave "Maximiliana Fernánde…", the "…" included, and the rest of the name lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QDrag, QGuiApplication, QKeySequence, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMenu
from pytestqt.qtbot import QtBot

from netdesk.ui.widgets import ElidedLabel

LONG = "Maximiliana Fernández-Castellanos de la Torre y Villalobos"


def title(qtbot: QtBot, text: str) -> ElidedLabel:
    """A title as the card shows one: selectable with the mouse, narrower than its text."""
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    label.resize(label.fontMetrics().horizontalAdvance(text) // 3, 30)
    with qtbot.waitExposed(label):
        label.show()
    shown = QLabel.text(label)
    assert shown.endswith("…") and len(shown) < len(text)  # it is cut
    return label


def shown_units(label: ElidedLabel) -> int:
    return len(QLabel.text(label).encode("utf-16-le")) // 2


def test_ctrl_c_on_a_cut_title_copies_the_whole_name(qtbot: QtBot) -> None:
    label = title(qtbot, LONG)
    label.setFocus()
    label.setSelection(0, shown_units(label))
    QGuiApplication.clipboard().clear()
    QTest.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == LONG


def test_a_selection_from_the_middle_through_the_ellipsis_copies_the_rest(qtbot: QtBot) -> None:
    label = title(qtbot, LONG)
    label.setFocus()
    label.setSelection(12, shown_units(label) - 12)
    QTest.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == LONG[12:]


def test_a_selection_short_of_the_ellipsis_copies_what_is_selected(qtbot: QtBot) -> None:
    label = title(qtbot, LONG)
    label.setFocus()
    label.setSelection(0, 11)
    QTest.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == "Maximiliana"


def test_a_name_with_emoji_is_copied_whole(qtbot: QtBot) -> None:
    """Qt counts a selection in UTF-16 units, two for an emoji."""
    name = "😀 Ana 👩‍👩‍👧 García de la Fuente Montoya Rivera y Salazar"
    label = title(qtbot, name)
    label.setFocus()
    label.setSelection(2, shown_units(label) - 2)
    QTest.keySequence(label, QKeySequence.StandardKey.Copy)
    assert QGuiApplication.clipboard().text() == name[1:]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_the_menus_copy_on_a_cut_title_copies_the_whole_name(qtbot: QtBot) -> None:
    label = title(qtbot, LONG)
    label.setSelection(0, shown_units(label))
    QGuiApplication.clipboard().clear()
    chosen: list[str] = []

    def choose_copy() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):  # not up yet
            QTimer.singleShot(10, choose_copy)
            return
        copy = next(a for a in menu.actions() if "copy" in a.text().replace("&", "").lower())
        chosen.append(copy.text())
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(copy).center())

    QTimer.singleShot(0, choose_copy)
    at = QPoint(5, label.height() // 2)
    QApplication.sendEvent(  # the menu's loop runs until Copy is clicked
        label, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, label.mapToGlobal(at))
    )
    assert chosen
    assert QGuiApplication.clipboard().text() == LONG


def test_dragging_the_selected_title_carries_the_whole_name(qtbot: QtBot) -> None:
    """Qt drags a label's selected text when a press in it moves: it carried the "…"."""
    label = title(qtbot, LONG)
    label.setSelection(0, shown_units(label))
    before = set(label.findChildren(QDrag))
    at = QPoint(10, label.height() // 2)
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(label, left, pos=at)
    far = at + QPoint(4 * QApplication.startDragDistance(), 0)
    QApplication.sendEvent(
        label,
        QMouseEvent(
            QEvent.Type.MouseMove,
            QPointF(far),
            QPointF(label.mapToGlobal(far)),
            Qt.MouseButton.NoButton,
            left,
            Qt.KeyboardModifier.NoModifier,
        ),
    )
    QTest.mouseRelease(label, left, pos=far)
    dragged = [d for d in label.findChildren(QDrag) if d not in before]
    assert len(dragged) == 1
    assert dragged[0].mimeData().text() == LONG
