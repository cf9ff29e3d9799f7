"""A command run on the worker is let go of once the undo stack drops it: it held its ended
operation, whose signals' handlers hold the command, a loop through Qt's connections the
collector cannot see; a select-all delete's undo record (~244 MiB on disk, ~60 MB in memory
before) stayed until netdesk quit."""

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


def test_a_delete_run_on_the_worker_goes_when_the_stack_drops_it(
    qtbot: QtBot, app_context: AppContext
) -> None:
    core = app_context.core
    with bulk.write_transaction():
        ids = bulk.insert_contacts(
            [(Contact(given_name=f"Person {n}"), None) for n in range(1_000)], core.clock.now()
        )
    stack = app_context.undo_stack
    undo.push(app_context, undo.DeleteContacts(app_context, ids))
    qtbot.waitUntil(lambda: stack.count() == 1 and not Operation.running_now(), timeout=60_000)
    command = stack.command(0)
    assert isinstance(command, undo.DeleteContacts) and command.deleted is not None
    assert command.operation is not None and not command.operation.running
    gone = weakref.ref(command)
    del command
    stack.clear()
    gc.collect()
    assert gone() is None
