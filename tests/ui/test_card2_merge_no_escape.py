"""The progress dialog of a merge running on the worker stays up until the merge is done:
Escape or closing it hid it while the merge went on writing, the window no longer modal,
and an edit meanwhile waited for the write lock (window frozen) or failed."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core import duplicates
from netdesk.core.types import Contact
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import BACKGROUND_MERGE, MergeContacts


def _ana_twice(context: AppContext, entries: int) -> tuple[int, int]:
    """Ana and her double, whose ``entries`` journal entries make the merge run on the worker."""
    core = context.core
    ana = core.contacts.create(Contact(given_name="Ana", family_name="Gil"))
    double = core.contacts.create(Contact(given_name="Ana", family_name="Gil"))
    start = dt.datetime(2025, 1, 1, 9)
    for n in range(entries):
        core.journal.log([double], "email", f"Mail {n}", at=start + dt.timedelta(hours=n))
    return ana, double


def _held(monkeypatch: pytest.MonkeyPatch, gate: threading.Event) -> None:
    for name in ("merge", "undo_merge"):
        real = getattr(duplicates, name)

        def held(*args: Any, _real: Callable[..., Any] = real) -> Any:
            gate.wait(10)
            return _real(*args)

        monkeypatch.setattr(duplicates, name, held)


def _try_to_leave(qtbot: QtBot, command: MergeContacts) -> None:
    operation = command.operation
    qtbot.waitUntil(lambda: operation.dialog.isVisible())  # (shown after 400 ms)
    QTest.keyClick(operation.dialog, Qt.Key.Key_Escape)
    assert operation.dialog.isVisible()
    operation.dialog.close()
    assert operation.dialog.isVisible()
    assert operation.running and not operation.cancel_requested.is_set()


def test_a_merge_and_its_undo_keep_their_progress_dialog_until_done(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = app_context.core
    stack = app_context.undo_stack
    ana, double = _ana_twice(app_context, BACKGROUND_MERGE + 1)
    gate = threading.Event()
    _held(monkeypatch, gate)
    command = MergeContacts(app_context, ana, double)
    try:
        command.start()
        _try_to_leave(qtbot, command)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert core.contacts.get(double) is None

    gate.clear()
    try:
        stack.undo()
        _try_to_leave(qtbot, command)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not command.operation.running)
    assert core.contacts.get(double) is not None
