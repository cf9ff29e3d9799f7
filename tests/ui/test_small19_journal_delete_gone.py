"""Delete on a journal entry deleted elsewhere meanwhile (another view, netdesk-cli) says so,
not "Deleted … Press Ctrl+Z to undo." over a change that did not happen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui import journal_view, undo
from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import delete_entry


def _window(qtbot: QtBot) -> tuple[QMainWindow, QWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    view = QWidget()
    window.setCentralWidget(view)
    return window, view


@pytest.mark.parametrize("background", [1000, 1])  # at once; on the worker
def test_deleting_an_entry_gone_meanwhile_says_it_was_already_deleted(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    background: int,
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", background)
    core = app_context.core
    ids = [person("Ana", "Gil"), person("Bea", "Ruiz")]
    entry_id = core.journal.log(ids, "call", "Planning call", at=dt.datetime(2026, 2, 3, 10))
    (listed,) = core.journal.for_contact(ids[0])
    core.journal.delete(entry_id)  # from the other view, while this one still shows it
    window, view = _window(qtbot)
    delete_entry(app_context, listed, view)
    qtbot.waitUntil(lambda: entry_id not in journal_view._being_deleted, timeout=10000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    said = window.statusBar().currentMessage()
    assert said == "“Planning call” was already deleted; there is nothing to undo."
    assert app_context.undo_stack.count() == 0


@pytest.mark.parametrize("background", [1000, 1])
def test_deleting_an_entry_still_there_offers_its_undo(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    background: int,
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", background)
    core = app_context.core
    ids = [person("Ana", "Gil"), person("Bea", "Ruiz")]
    entry_id = core.journal.log(ids, "call", "Planning call", at=dt.datetime(2026, 2, 3, 10))
    (listed,) = core.journal.for_contact(ids[0])
    window, view = _window(qtbot)
    delete_entry(app_context, listed, view)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "", timeout=10000)
    said = window.statusBar().currentMessage()
    assert said == "Deleted “Planning call”, logged with Ana Gil, Bea Ruiz. Press Ctrl+Z to undo."
    assert core.journal.get(entry_id) is None
    assert app_context.undo_stack.count() == 1
