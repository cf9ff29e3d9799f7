"""A command run on the worker is let go of once the undo stack drops it: its ended operation
(which it keeps) held the handlers the command had connected, and they held the command, a loop
through Qt's connections the collector cannot see; a select-all delete's undo record stayed in
memory until netdesk quit. Handlers others connected to the same operation still run."""

from __future__ import annotations

import gc
import weakref

import pytest
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.store import bulk
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _contacts(app_context: AppContext, count: int) -> list[int]:
    core = app_context.core
    with bulk.write_transaction():
        return bulk.insert_contacts(
            [(Contact(given_name=f"Person {n}"), None) for n in range(count)], core.clock.now()
        )


def _idle(qtbot: QtBot, stack_count: int, app_context: AppContext) -> None:
    stack = app_context.undo_stack
    qtbot.waitUntil(
        lambda: stack.count() == stack_count and not Operation.running_now(), timeout=60_000
    )


def test_a_delete_run_on_the_worker_goes_when_the_stack_drops_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ids = _contacts(app_context, 1_000)
    stack = app_context.undo_stack
    undo.push(app_context, undo.DeleteContacts(app_context, ids))
    _idle(qtbot, 1, app_context)
    command = stack.command(0)
    assert isinstance(command, undo.DeleteContacts) and command.deleted is not None
    # the operation is kept, ended (views and tests read it after the end)
    assert command.operation is not None and not command.operation.running
    gone = weakref.ref(command)
    del command
    stack.clear()
    gc.collect()
    assert gone() is None


def test_after_an_undo_and_a_redo_on_the_worker_too(qtbot: QtBot, app_context: AppContext) -> None:
    ids = _contacts(app_context, 1_000)
    stack = app_context.undo_stack
    undo.push(app_context, undo.DeleteContacts(app_context, ids))
    _idle(qtbot, 1, app_context)
    stack.undo()  # restores them on the worker
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=60_000)
    assert app_context.core.contacts.count() >= 1_000
    stack.redo()  # deletes them again on the worker
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=60_000)
    command = stack.command(0)
    assert isinstance(command, undo.DeleteContacts)
    gone = weakref.ref(command)
    del command
    stack.clear()
    gc.collect()
    assert gone() is None


def test_handlers_others_connect_to_its_operation_still_run(
    qtbot: QtBot, app_context: AppContext
) -> None:
    ids = _contacts(app_context, 1_000)
    command = undo.DeleteContacts(app_context, ids)
    undo.push(app_context, command)
    operation = command.operation
    assert operation is not None and operation.running
    heard: list[str] = []
    operation.succeeded.connect(lambda _result: heard.append("succeeded"))
    operation.ended.connect(lambda: heard.append("ended"))
    _idle(qtbot, 1, app_context)
    assert heard == ["succeeded", "ended"]
    gone = weakref.ref(command)
    del command, operation
    app_context.undo_stack.clear()
    gc.collect()
    assert gone() is None
