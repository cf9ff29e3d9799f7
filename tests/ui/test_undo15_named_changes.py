"""A change to many contacts, its undo and its redo on the worker name the contacts they changed:
each also said "anything changed" (contacts_changed(None)), so every view read everything again
(the card of someone else, every journal's names, the duplicates' people)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _idle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)


@pytest.mark.parametrize("kind", ["tag", "untag", "cadence", "archive", "delete"])
def test_a_bulk_change_its_undo_and_redo_name_the_contacts_changed(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"B{n}", tags=["old"])) for n in range(4)]
    bystander = contacts.create(Contact(given_name="Other", tags=["old"]))
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)  # four go to the worker
    command = {
        "tag": lambda: undo.TagContacts(app_context, ids, "new"),
        "untag": lambda: undo.TagContacts(app_context, ids, "old", add=False),
        "cadence": lambda: undo.SetCadence(app_context, ids, 30),
        "archive": lambda: undo.ArchiveContacts(app_context, ids),
        "delete": lambda: undo.DeleteContacts(app_context, ids),
    }[kind]()
    said: list[object] = []
    app_context.changes.contacts_changed.connect(said.append)
    stack = app_context.undo_stack
    undo.push(app_context, command)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    for step in (stack.undo, stack.redo):
        step()
        _idle(qtbot)
    assert stack.index() == 1
    assert None not in said  # no step said "anything"
    assert len(said) == 3  # each said what it changed, once
    for named in said:
        assert isinstance(named, list) and sorted(named) == sorted(ids)
        assert bystander not in named


def _menu(window: MainWindow) -> list[str]:
    box = window.contacts.filter_box
    return [box.itemText(i) for i in range(box.count()) if "(" in box.itemText(i)]


def test_the_views_follow_a_bulk_tag_its_undo_and_redo(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """Named by their ids, the change still reaches the filter menu's counts and the card."""
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    person("Dora", tags=["other"])
    app_context.changes.contacts_changed.emit(None)
    main_window.contacts.select_contact(ids[0])
    qtbot.waitUntil(lambda: main_window.card.contact_id() == ids[0])
    stack = app_context.undo_stack
    undo.push(app_context, undo.TagContacts(app_context, ids, "investor"))
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: _menu(main_window) == ["investor (3)", "other (1)"])
    qtbot.waitUntil(lambda: main_window.card.tags.tags() == ["investor"])
    stack.undo()
    _idle(qtbot)
    qtbot.waitUntil(lambda: _menu(main_window) == ["other (1)"])
    qtbot.waitUntil(lambda: main_window.card.tags.tags() == [])
    stack.redo()
    _idle(qtbot)
    qtbot.waitUntil(lambda: _menu(main_window) == ["investor (3)", "other (1)"])
    qtbot.waitUntil(lambda: main_window.card.tags.tags() == ["investor"])
