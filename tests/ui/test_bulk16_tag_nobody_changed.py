"""Tag… on contacts who all carry the tag already (and Untag… on people without it) changes
nobody: it said "Tagged 3 contacts. Press Ctrl+Z to undo." and put a step on the undo stack
that did nothing, so the user's next Ctrl+Z went to that instead of their last real change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _answer(text: str) -> QTimer:
    """Answer the next Tag… or Untag… dialog with ``text`` (typed, or the item chosen)."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog) and dialog.isVisible():
            dialog.setTextValue(text)
            dialog.accept()

    timer = QTimer(interval=5, timeout=answer)
    timer.start()
    return timer


def _selected_all(qtbot: QtBot, main_window: MainWindow, app_context: AppContext) -> None:
    with qtbot.waitExposed(main_window):
        main_window.show()
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    main_window.contacts.view.selectAll()


@pytest.mark.parametrize("worker", [False, True], ids=["here", "on-the-worker"])
def test_tagging_people_already_tagged_says_so_and_leaves_no_step(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:  # type: ignore[no-untyped-def]
    if worker:
        monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)  # three contacts go to the worker
    contacts = app_context.core.contacts
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    contacts.add_tag(ids, "investor")
    archived = person("Dora")
    undo.push(app_context, undo.ArchiveContacts(app_context, [archived]))  # the last real change
    _selected_all(qtbot, main_window, app_context)
    timer = _answer("Investor")
    try:
        main_window.tag_action.trigger()
    finally:
        timer.stop()
    qtbot.waitUntil(lambda: "already" in main_window.statusBar().currentMessage(), timeout=10_000)
    said = main_window.statusBar().currentMessage()
    assert said == "All 3 contacts already have the tag “Investor”."  # as typed
    assert app_context.undo_stack.count() == 1  # the archive only
    assert app_context.undo_stack.undoText() == "Archive Dora"
    assert all(contacts.get(i).tags == ["investor"] for i in ids)


@pytest.mark.parametrize("worker", [False, True], ids=["here", "on-the-worker"])
def test_untagging_people_without_the_tag_says_so_and_leaves_no_step(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    worker: bool,
) -> None:  # type: ignore[no-untyped-def]
    if worker:
        monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)
    contacts = app_context.core.contacts
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    contacts.add_tag(ids, "investor")
    _selected_all(qtbot, main_window, app_context)
    # the tag goes from everyone elsewhere (netdesk-cli) while Untag… asks which tag
    command = undo.TagContacts(app_context, ids, "investor", add=False)
    contacts.remove_tag(ids, "investor")
    command.parent_widget = main_window
    main_window.statusBar().showMessage("before")
    undo.push(app_context, command)
    if command.operation is not None:
        qtbot.waitUntil(lambda: not command.operation.running, timeout=10_000)
    qtbot.waitUntil(lambda: "investor" in main_window.statusBar().currentMessage())
    said = main_window.statusBar().currentMessage()
    assert said == "None of the 3 contacts has the tag “investor”."
    assert app_context.undo_stack.count() == 0


def test_tagging_some_already_tagged_still_tags_the_others(
    qtbot: QtBot, main_window: MainWindow, person, app_context: AppContext
) -> None:  # type: ignore[no-untyped-def]
    contacts = app_context.core.contacts
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    contacts.add_tag(ids[:2], "investor")
    _selected_all(qtbot, main_window, app_context)
    timer = _answer("investor")
    try:
        main_window.tag_action.trigger()
    finally:
        timer.stop()
    qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1)
    said = main_window.statusBar().currentMessage()  # the one it tagged (no plural here)
    assert said.startswith("Tagged 1 contact; the others already had the tag.")
    app_context.undo_stack.undo()
    assert [contacts.get(i).tags for i in ids] == [["investor"], ["investor"], []]
