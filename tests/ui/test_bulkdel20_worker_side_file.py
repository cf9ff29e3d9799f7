"""Deleting most of the contacts from the window runs on the worker, whose connection attaches
the file the rows go to for the undo (store.contacts.set_aside); its undo and redo, on the
worker too, use it and replace it with a new one, the old one removed."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _side_files(context: AppContext) -> list[Path]:
    database = context.core.store.path
    return sorted(database.parent.glob(f"{database.name}-undo-*"))


def test_deleting_most_on_the_worker_keeps_the_rows_in_a_file_its_redo_makes_anew(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    with bulk.write_transaction():
        ids = bulk.insert_contacts(
            [(Contact(given_name=f"Person {n}"), None) for n in range(1_000)], core.clock.now()
        )
    stays = core.contacts.create(Contact(given_name="Stays"))
    core.journal.log([ids[0], stays], "call", "Together")
    journals: list[object] = []
    app_context.changes.journal_changed.connect(journals.append)
    stack = app_context.undo_stack

    def done() -> bool:
        return not Operation.running_now()

    undo.push(app_context, undo.DeleteContacts(app_context, ids))
    qtbot.waitUntil(lambda: stack.count() == 1 and done(), timeout=60_000)
    command = stack.command(0)
    assert isinstance(command, undo.DeleteContacts) and command.deleted is not None
    first = command.deleted.rows.side
    assert first is not None and _side_files(app_context) == [first]
    assert core.contacts.list_ids() == [stays]
    assert isinstance(journals[-1], list) and stays in journals[-1]
    del command

    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 0 and done(), timeout=60_000)
    assert sorted(core.contacts.list_ids()) == sorted([*ids, stays])
    assert core.journal.for_contact(ids[0])[0].summary == "Together"
    assert core.contacts.search("person") and len(core.contacts.search("stays")) == 1

    stack.redo()  # deletes them again: a new record, a new file, the old one gone with it
    qtbot.waitUntil(lambda: stack.index() == 1 and done(), timeout=60_000)
    assert core.contacts.list_ids() == [stays]
    gc.collect()
    (second,) = _side_files(app_context)
    assert second != first
    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 0 and done(), timeout=60_000)
    assert sorted(core.contacts.list_ids()) == sorted([*ids, stays])
