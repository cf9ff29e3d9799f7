"""A WrappingLabel (inline problems, the empty list's message) is mirrored in a right-to-left
window as a QLabel is: it stood at the left edge, its text's direction and alignment taken
as given."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netdesk.ui.widgets import WrappingLabel


def test_left_aligned_text_stands_right_in_a_right_to_left_window(qtbot: QtBot) -> None:
    label = WrappingLabel()
    qtbot.addWidget(label)
    label.setText("No contact matches")
    label.setAlignment(Qt.AlignmentFlag.AlignLeft)
    lines = label._lines(400)  # (kept: its lines are the layout's)
    left = lines.lineAt(0).naturalTextRect()
    assert left.left() < 10
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    lines = label._lines(400)
    right = lines.lineAt(0).naturalTextRect()
    assert right.right() > 390 and right.left() > 200
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # centred stays centred
    lines = label._lines(400)
    centred = lines.lineAt(0).naturalTextRect()
    assert abs(centred.center().x() - 200) < 2
