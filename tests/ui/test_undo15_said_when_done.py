"""An undo or redo that runs on the worker is said in the status bar once it is done, and not
if it was cancelled: "Redone: Delete 12 contacts." showed as the redo started."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation, run_operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _deleted(qtbot: QtBot, context: AppContext, ids: list[int]) -> undo.DeleteContacts:
    command = undo.DeleteContacts(context, ids)
    undo.push(context, command)
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1, timeout=10_000)
    return command


def _busy(context: AppContext) -> threading.Event:
    """The one worker is taken until the event is set: what is asked next waits for it."""
    release = threading.Event()
    run_operation(context, None, "Busy", lambda _p, _c: release.wait(10), changes=False)
    return release


def _settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    qtbot.wait(10)  # (a message of the turn after)


@pytest.mark.parametrize("undoing", [True, False])
def test_a_worker_undo_or_redo_is_said_when_it_is_done(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    undoing: bool,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    ids = [person(n) for n in ("Ana", "Berta")]
    _deleted(qtbot, app_context, ids)
    if not undoing:
        with qtbot.waitSignal(app_context.changes.undo_busy, check_params_cb=lambda b: not b):
            main_window.undo_action.trigger()
    status = main_window.statusBar()
    status.clearMessage()
    release = _busy(app_context)
    try:
        (main_window.undo_action if undoing else main_window.redo_action).trigger()
        qtbot.wait(30)
        assert status.currentMessage() == ""  # not done yet
    finally:
        release.set()
    said = "Undone: Delete 2 contacts." if undoing else "Redone: Delete 2 contacts."
    qtbot.waitUntil(lambda: status.currentMessage() == said, timeout=10_000)
    contacts = app_context.core.contacts
    assert all((contacts.get(i) is not None) == undoing for i in ids)


def test_a_cancelled_worker_redo_is_not_said_done(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 1)
    ids = [person(n) for n in ("Ana", "Berta")]
    command = _deleted(qtbot, app_context, ids)
    with qtbot.waitSignal(app_context.changes.undo_busy, check_params_cb=lambda b: not b):
        main_window.undo_action.trigger()
    status = main_window.statusBar()
    status.clearMessage()
    release = _busy(app_context)
    try:
        main_window.redo_action.trigger()
        assert command.operation is not None and command.operation.running
        command.operation.cancel()
    finally:
        release.set()
    _settle(qtbot)
    QApplication.processEvents()
    assert not status.currentMessage().startswith("Redone")
    assert status.currentMessage() == "Cancelled; nothing was changed."
    assert app_context.undo_stack.index() == 0  # stepped back: the redo is still offered
    assert all(app_context.core.contacts.get(i) is not None for i in ids)
