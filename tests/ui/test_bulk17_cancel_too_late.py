"""Cancel pressed as a bulk change on the worker ends: once its work has committed, the
change was made, and the window says so as for any other (the undo step is there, the status
bar says what was done, nothing claims it was cancelled). Pressed before the commit, it is
heard: see tests/core/test_bulk17_cancel_before_commit.py."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import contact_actions, undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_cancel_pressed_once_a_delete_is_committed_leaves_a_done_delete(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    core = app_context.core
    ids = [person(n) for n in ("Ana", "Berta", "Carla")]
    committed, go_on = threading.Event(), threading.Event()
    real_delete = core.contacts.delete

    def delete(*args, **kwargs):  # type: ignore[no-untyped-def]
        records = real_delete(*args, **kwargs)  # its transaction committed
        committed.set()
        go_on.wait(10)  # the window presses Cancel now, before it hears the end
        return records

    monkeypatch.setattr(core.contacts, "delete", delete)
    ended: list[bool] = []
    command = undo.DeleteContacts(app_context, ids)
    contact_actions.run_command(main_window, command, "Deleted 3 contacts.", ended.append)
    qtbot.waitUntil(committed.is_set, timeout=10_000)
    assert command.operation is not None
    command.operation.cancel()  # what the progress dialog's Cancel does
    go_on.set()
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    qtbot.wait(10)  # (a message of the turn after)

    assert all(core.contacts.get(i) is None for i in ids)
    assert app_context.undo_stack.count() == 1  # Ctrl+Z brings them back
    assert ended == [True]
    assert main_window.statusBar().currentMessage() == "Deleted 3 contacts. Press Ctrl+Z to undo."
    with qtbot.waitSignal(app_context.changes.undo_busy, check_params_cb=lambda b: not b):
        main_window.undo_action.trigger()
    assert all(core.contacts.get(i) is not None for i in ids)
