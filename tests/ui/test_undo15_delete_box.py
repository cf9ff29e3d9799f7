"""The delete confirmation's buttons say what they do: "Delete" (destructive) and Cancel, the
default, also for Esc. It said Yes/Cancel."""

from __future__ import annotations

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _plain(text: str) -> str:
    return text.replace("&", "")


def test_the_delete_question_names_its_button_and_esc_cancels(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    person("Berta")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible() or seen:
            return
        seen["buttons"] = {_plain(b.text()): box.buttonRole(b) for b in box.buttons()}
        default = box.defaultButton()
        seen["default"] = _plain(default.text()) if default else ""
        seen["title"] = box.windowTitle()
        QTest.keyClick(box, Qt.Key.Key_Escape)

    timer = QTimer(interval=5, timeout=look)
    timer.start()
    try:
        main_window.delete_action.trigger()
    finally:
        timer.stop()
    assert seen["title"] == "Delete contacts"
    assert seen["buttons"] == {
        "Delete": QMessageBox.ButtonRole.DestructiveRole,
        "Cancel": QMessageBox.ButtonRole.RejectRole,
    }
    assert seen["default"] == "Cancel"  # Enter does not delete unread
    assert app_context.core.contacts.get(ana) is not None  # Esc: nothing deleted


def test_pressing_delete_deletes_and_undo_gives_back(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    person("Berta")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    answers = ModalAnswers("Delete")
    try:
        main_window.delete_action.trigger()
    finally:
        answers.stop()
    assert [text for text, _details, _default in answers.seen] == [
        "Delete Ana with their journal and follow-ups?\n\nYou can undo this with Ctrl+Z."
    ]
    assert app_context.core.contacts.get(ana) is None
    main_window.undo_action.trigger()
    assert app_context.core.contacts.get(ana) is not None
