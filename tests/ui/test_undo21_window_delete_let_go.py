"""A select-all delete made from the window (Contact > Delete) is let go of once the undo stack
drops it, with the file of its undo beside the database."""

from __future__ import annotations

import gc
import weakref

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui import contact_actions, undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_select_all_delete_from_the_window_goes_when_the_stack_drops_it(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    core = app_context.core
    with bulk.write_transaction():
        bulk.insert_contacts(
            [(Contact(given_name=f"Person {n}"), None) for n in range(1_000)], core.clock.now()
        )
    with qtbot.waitExposed(main_window):
        main_window.show()
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: main_window.contacts.model.rowCount() == 1_000)
    main_window.contacts.view.selectAll()
    monkeypatch.setattr(contact_actions, "confirm_delete", lambda *_args: True)
    stack = app_context.undo_stack
    contact_actions.delete_contacts(main_window)
    qtbot.waitUntil(lambda: stack.count() == 1 and not Operation.running_now(), timeout=60_000)
    command = stack.command(0)
    assert isinstance(command, undo.DeleteContacts) and command.deleted is not None
    side = command.deleted.rows.side
    assert side is not None and side.exists()
    gone = weakref.ref(command)
    del command
    stack.clear()
    gc.collect()
    assert gone() is None
    qtbot.waitUntil(lambda: not side.exists())
