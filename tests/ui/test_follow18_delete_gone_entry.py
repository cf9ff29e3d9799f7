"""Delete pressed on a journal entry someone else deleted meanwhile (netdesk-cli) changed
nothing: no undo step. Its undo put back the list's copy of the entry, which holds only its
first MOST_NAMES + 1 people: the entry came back with some of its people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui import journal_view, undo
from netdesk.ui.context import AppContext
from netdesk.ui.journal_view import MOST_NAMES, delete_entry


@pytest.mark.parametrize("background", [1000, 3])  # at once; on the worker
def test_deleting_an_entry_gone_meanwhile_leaves_no_undo(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
    background: int,
) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", background)
    core = app_context.core
    ids = [person(f"P{n}") for n in range(MOST_NAMES + 5)]
    entry_id = core.journal.log(ids, "call", "Planning call", at=dt.datetime(2026, 2, 3, 10))
    (listed,) = core.journal.for_contact(ids[0], people=MOST_NAMES + 1)
    assert len(listed.contact_ids) == MOST_NAMES + 1  # the list's copy: its first people
    core.journal.delete(entry_id)  # by netdesk-cli, while the list still shows it
    parent = QWidget()
    qtbot.addWidget(parent)
    delete_entry(app_context, listed, parent)
    qtbot.waitUntil(lambda: entry_id not in journal_view._being_deleted, timeout=10000)
    assert app_context.undo_stack.count() == 0
    app_context.undo_stack.undo()  # Ctrl+Z: nothing of this delete to take back
    assert core.journal.get(entry_id) is None
