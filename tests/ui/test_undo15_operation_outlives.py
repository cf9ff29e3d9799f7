"""An operation outlives the window it was started from. A bulk undo takes the active window
as its dialog's parent (Manage tags, where Ctrl+Z was pressed): closing that window while the
undo ran deleted the operation with it, so its end was never heard. Undo and Redo stayed off
for good (undo_busy never ended) and no view heard of the change."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from netdesk.core.types import Contact
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.operations import Operation, run_operation

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_an_undo_whose_window_closes_meanwhile_still_ends(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 2)
    contacts = app_context.core.contacts
    ids = [contacts.create(Contact(given_name=f"P{n}")) for n in range(4)]
    stack = app_context.undo_stack
    command = undo.TagContacts(app_context, ids, "investor")
    undo.push(app_context, command)
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=10_000)
    window = QDialog()  # where Ctrl+Z is pressed: Manage tags
    window.show()
    command.parent_widget = window
    release = threading.Event()
    run_operation(app_context, None, "Busy", lambda _p, _c: release.wait(10), changes=False)
    busy: list[bool] = []
    app_context.changes.undo_busy.connect(busy.append)
    said: list[object] = []
    app_context.changes.contacts_changed.connect(said.append)
    try:
        stack.undo()
        window.close()
        shiboken6.delete(window)  # closed and gone while the undo waits for the worker
    finally:
        release.set()
    qtbot.waitUntil(lambda: busy == [True, False], timeout=10_000)
    qtbot.waitUntil(lambda: not Operation.running_now(), timeout=10_000)
    assert all(contacts.get(i).tags == [] for i in ids)  # type: ignore[union-attr]
    assert said == [ids]
    assert stack.index() == 0 and stack.canRedo()
