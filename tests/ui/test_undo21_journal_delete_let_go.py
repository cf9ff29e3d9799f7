"""A journal entry's delete run on the worker (an entry with more than BACKGROUND_DELETE
people) is let go of once the undo stack drops it: the handler that says "Deleted …" held the
command, and the operation (which the command keeps) held the handler until netdesk quit."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui import journal_view, undo
from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import DeleteInteraction, delete_entry
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_a_journal_delete_on_the_worker_goes_when_the_stack_drops_it(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    core = app_context.core
    ids = [person("Ana", "Gil"), person("Bea", "Ruiz")]
    entry_id = core.journal.log(ids, "call", "Planning call", at=dt.datetime(2026, 2, 3, 10))
    (listed,) = core.journal.for_contact(ids[0])
    window = QMainWindow()
    qtbot.addWidget(window)
    view = QWidget()
    window.setCentralWidget(view)
    delete_entry(app_context, listed, view)
    stack = app_context.undo_stack
    qtbot.waitUntil(
        lambda: entry_id not in journal_view._being_deleted and not Operation.running_now(),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Deleted")  # said, as before
    assert stack.count() == 1
    command = stack.command(0)
    assert isinstance(command, DeleteInteraction) and command.operation is not None
    gone = weakref.ref(command)
    del command
    stack.clear()
    gc.collect()
    assert gone() is None
