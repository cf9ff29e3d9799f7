"""Tag… and Untag… say how many contacts they changed. In the list of "friend", Untag… of
"client" from the 24 selected said "Untagged 24 contacts." and the Edit menu "Undo Remove
tag “client” from 24 contacts", while 4 of them had it (the tag's count went 44 -> 40)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_actions, undo
from netdesk.ui.context import AppContext


@pytest.mark.parametrize("on_the_worker", [False, True])
def test_untag_says_how_many_had_the_tag(
    qtbot: QtBot, main_window, app_context: AppContext, person, monkeypatch, on_the_worker: bool
) -> None:  # type: ignore[no-untyped-def]
    if on_the_worker:
        monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    core = app_context.core
    ana = person("Ana", tags=["client", "friend"])
    person("Ben", tags=["client", "friend"])
    person("Cleo", tags=["friend"])
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    main_window.contacts.view.selectAll()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("client", True))
    main_window.untag_action.trigger()
    qtbot.waitUntil(lambda: core.contacts.get(ana).tags == ["friend"])  # type: ignore[union-attr]
    said = "Untagged 2 contacts; the others did not have the tag. Press Ctrl+Z to undo."
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage() == said)
    assert app_context.undo_stack.undoText() == "Remove tag “client” from 2 contacts"
    assert main_window.undo_action.text() == "&Undo Remove tag “client” from 2 contacts"


def test_tag_says_how_many_it_tagged(
    qtbot: QtBot, main_window, app_context: AppContext, person, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    person("Ana", tags=["client"])
    person("Ben")
    person("Cleo")
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 3)
    main_window.contacts.view.selectAll()
    monkeypatch.setattr(contact_actions, "ask_tag", lambda *a: ("client", True))
    main_window.tag_action.trigger()
    assert main_window.statusBar().currentMessage() == (
        "Tagged 2 contacts; the others already had the tag. Press Ctrl+Z to undo."
    )
    assert app_context.undo_stack.undoText() == "Add tag “client” to 2 contacts"
    # all of them changed: as before
    main_window.contacts.view.selectAll()
    monkeypatch.setattr(contact_actions, "ask_tag", lambda *a: ("mentor", True))
    main_window.tag_action.trigger()
    assert main_window.statusBar().currentMessage() == "Tagged 3 contacts. Press Ctrl+Z to undo."
    assert app_context.undo_stack.undoText() == "Add tag “mentor” to 3 contacts"
