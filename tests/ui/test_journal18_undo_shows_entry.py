"""Ctrl+Z after deleting a journal entry makes the entry put back the current row again:
the one after it stayed current, half out of sight, and the next Delete took it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import JournalView

D = dt.datetime


@pytest.mark.parametrize("people", [1, 5])  # at once; on the worker
def test_the_entry_put_back_by_undo_is_current_and_in_sight(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    people: int,
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    core = app_context.core
    ids = [person(f"P{n}") for n in range(people)]
    for day in range(1, 13):
        core.journal.log(ids, "call", f"Call {day:02d}", at=D(2026, 2, day, 10))
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    with qtbot.waitExposed(view):
        view.show()
    view.set_contact(ids[0])
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(4))
    view.list.scrollTo(view.model.index(4))
    deleted = view.model.entry(4).summary
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        QTest.keyClick(view.list, Qt.Key.Key_Delete)
    assert view.model.entry(view.list.currentIndex().row()).summary != deleted
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        app_context.undo_stack.undo()
    qtbot.waitUntil(lambda: view.list.currentIndex().row() == 4)
    assert view.model.entry(4).summary == deleted
    shown = view.list.visualRect(view.list.currentIndex())
    assert view.list.viewport().rect().contains(shown)
