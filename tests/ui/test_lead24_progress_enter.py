"""Enter on an operation's progress dialog does not cancel it (an Enter meant for the import
preview cancelled the reading it had just started); the button pressed still does."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.operations import run_operation


def test_enter_leaves_the_operation_running_and_the_button_cancels_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    release = threading.Event()
    stopped: list[bool] = []

    def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> None:
        release.wait(10)
        stopped.append(cancelled())

    operation = run_operation(app_context, None, "Reading contact files…", work)
    dialog = operation.dialog
    dialog.show()
    qtbot.waitExposed(dialog)
    (button,) = dialog.findChildren(QPushButton)
    button.setFocus()
    QTest.keyClick(dialog, Qt.Key.Key_Return)
    QTest.keyClick(button, Qt.Key.Key_Enter)
    assert not operation.cancel_requested.is_set()
    QTest.keyClick(button, Qt.Key.Key_Space)  # the button itself, pressed
    assert operation.cancel_requested.is_set()
    release.set()
    with qtbot.waitSignal(operation.ended, timeout=10_000):
        pass
    assert stopped == [True]
