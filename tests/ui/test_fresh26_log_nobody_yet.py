"""Log interaction (Ctrl+L, or the toolbar's) on the welcome page of an empty database: the
quick entry opened asking "choose below" among nobody, and Save said "Choose who the
interaction was with." with no one to choose; what was typed was lost. Now the window says
to add or import someone first, the keyboard on "Add a contact"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _modals_while(qtbot: QtBot, act: Callable[[], None]) -> list[str]:
    """The class names of the modal dialogs ``act`` opens (each closed as it shows)."""
    seen: list[str] = []

    def close_modal() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget.isVisible():
            seen.append(type(widget).__name__)
            widget.reject()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(close_modal)
    timer.start()
    try:
        act()
        qtbot.wait(100)
    finally:
        timer.stop()
    return seen


def test_log_interaction_on_an_empty_database_says_to_add_someone_first(
    qtbot: QtBot, active_main_window: MainWindow
) -> None:
    window = active_main_window
    assert window.pages.currentWidget() is window.empty_state
    assert _modals_while(qtbot, window.log_action.trigger) == []
    said = window.statusBar().currentMessage()
    assert "add or import" in said.lower(), said
    assert window.empty_state.add_button.hasFocus()


def test_with_someone_to_log_with_the_quick_entry_opens(
    qtbot: QtBot, active_main_window: MainWindow, person: Callable[..., int]
) -> None:
    window = active_main_window
    person("Ana", "Ruiz")
    window.context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.split)
    window.contacts.view.clearSelection()
    assert _modals_while(qtbot, window.log_action.trigger) == ["LogInteractionDialog"]
