"""The status bar says what Undo and Redo did."""

from __future__ import annotations

import pytest
from modal_answers import ModalAnswers
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_undo_and_redo_say_what_they_did(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z said nothing, or, within a few seconds of a delete, still 'Deleted 1 contacts.
    Press Ctrl+Z to undo.' over the contact it had just brought back."""
    person("Ana")
    berta = person("Berta")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(berta)
    answers = ModalAnswers("Delete")
    main_window.delete_action.trigger()
    answers.stop()
    status = main_window.statusBar()
    assert status.currentMessage().startswith("Deleted")
    main_window.undo_action.trigger()
    qtbot.waitUntil(lambda: status.currentMessage() == "Undone: Delete Berta.")
    assert app_context.core.contacts.get(berta) is not None
    main_window.redo_action.trigger()
    qtbot.waitUntil(lambda: status.currentMessage() == "Redone: Delete Berta.")
    assert app_context.core.contacts.get(berta) is None


def test_an_undo_the_database_refuses_is_not_said_done(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    write_lock,
) -> None:  # type: ignore[no-untyped-def]
    ana = person("Ana")
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ana)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    answers = ModalAnswers("Delete")
    main_window.delete_action.trigger()
    answers.stop()
    status = main_window.statusBar()
    status.clearMessage()
    lock = write_lock()
    try:
        main_window.undo_action.trigger()
        qtbot.waitUntil(lambda: len(warnings) == 1)
        qtbot.wait(20)  # the message would have been shown by now
        assert status.currentMessage() == ""
    finally:
        lock.release()
