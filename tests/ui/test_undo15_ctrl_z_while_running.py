"""Ctrl+Z while a change to many contacts is still running on the worker (before its progress
dialog shows, or from another window) undid the change made before it: the one running was
not on the stack yet. Undo and Redo are off until it is done, as during a worker undo."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow
from netdesk.ui.operations import Operation, run_operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_undo_waits_for_a_bulk_change_still_running(
    qtbot: QtBot,
    main_window: MainWindow,
    person,
    app_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)
    contacts = app_context.core.contacts
    ana = person("Ana")
    ids = [person(n) for n in ("Berta", "Carla", "Dora")]
    stack = app_context.undo_stack
    undo.push(app_context, undo.SetCadence(app_context, [ana], 30))  # the change before
    assert main_window.undo_action.isEnabled()
    release = threading.Event()
    run_operation(app_context, None, "Busy", lambda _p, _c: release.wait(10), changes=False)
    try:
        undo.push(app_context, undo.TagContacts(app_context, ids, "investor"))
        assert stack.count() == 1  # the tagging is not on the stack yet
        assert not main_window.undo_action.isEnabled()
        main_window.undo_action.trigger()  # Ctrl+Z: nothing to do now
        assert contacts.summaries([ana])[0].keep_in_touch_days == 30
    finally:
        release.set()
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    assert stack.count() == 2 and stack.index() == 2
    assert main_window.undo_action.isEnabled()
    assert main_window.undo_action.text() == "&Undo Add tag “investor” to 3 contacts"
