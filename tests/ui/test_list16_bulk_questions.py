"""Delete… and Untag… after Select all ask at once: the box for many contacts read the names
of all of them (for none: it says "97,519 contacts"), and Untag… read the tags of 97,519
contacts on the window's thread, each holding it ~1.3 s before the question came."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from modal_answers import ModalAnswers
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_actions
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _window(qtbot: QtBot, app_context: AppContext) -> MainWindow:
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitExposed(window)
    return window


def test_deleting_many_reads_no_names(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = [person(name) for name in ("Ana", "Ben", "Cleo")]
    window = _window(qtbot, app_context)
    window.contacts.view.selectAll()
    assert sorted(window.selected_contact_ids()) == sorted(ids)
    contacts = app_context.core.contacts
    real_names = contacts.names
    asked: list[int] = []

    def names(contact_ids):  # type: ignore[no-untyped-def]
        asked.append(len(contact_ids))
        return real_names(contact_ids)

    monkeypatch.setattr(contacts, "names", names)
    answers = ModalAnswers("Cancel")
    try:
        window.delete_action.trigger()
    finally:
        answers.stop()
    assert [text for text, _details, _default in answers.seen] == [
        "Delete 3 contacts with their journal and follow-ups?\n\nYou can undo this with Ctrl+Z."
    ]
    assert all(count <= 1 for count in asked), asked
    assert len(contacts.names(ids)) == 3  # cancelled: nobody deleted
    window.contacts.select_contact(ids[1])  # one: named in the box
    answers = ModalAnswers("Cancel")
    try:
        window.delete_action.trigger()
    finally:
        answers.stop()
    assert answers.seen[0][0].startswith("Delete Ben with their journal")


def test_untagging_many_reads_their_tags_on_the_worker(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(contact_actions, "TAGS_READ_HERE_MAX", 2, raising=False)
    ids = [person("Ana", tags=["club"]), person("Ben", tags=["club", "work"]), person("Cleo")]
    window = _window(qtbot, app_context)
    window.contacts.view.selectAll()
    contacts = app_context.core.contacts
    real_among = contacts.tags_among
    threads: list[str] = []

    def tags_among(contact_ids):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real_among(contact_ids)

    monkeypatch.setattr(contacts, "tags_among", tags_among)
    offered: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or not dialog.isVisible():
            return
        asking.stop()
        offered.append(dialog.comboBoxItems())
        dialog.setTextValue("club")
        dialog.accept()

    asking = QTimer()
    asking.timeout.connect(answer)
    asking.start(5)
    try:
        window.untag_action.trigger()
        qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
        qtbot.waitUntil(lambda: real_among(ids) == ["work"], timeout=10_000)
    finally:
        asking.stop()
    assert offered == [["club", "work"]]
    assert threads and threading.main_thread().name not in threads
