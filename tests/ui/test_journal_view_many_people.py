"""Deleting an entry with many people, and its undo and redo, run on the worker.

On 100,000 contacts, deleting an entry with 1,000 people from a journal list held the window
0.5-1.4 s each way (their search index rewritten). One person's entry goes at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.store.models import db
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import INTERACTION_ROLE

D = dt.datetime


@pytest.fixture(autouse=True)
def _few_make_many(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)


@pytest.fixture
def window_writes() -> Iterator[list[str]]:
    """The writes made on the window's own connection (the worker's is another)."""
    seen: list[str] = []
    writes = ("INSERT", "DELETE", "UPDATE")
    connection = db.connection()
    connection.set_trace_callback(
        lambda sql: seen.append(sql) if sql.split(" ", 1)[0] in writes else None
    )
    yield seen
    connection.set_trace_callback(None)


def summaries(view: GlobalJournal) -> list[str]:
    model = view.model
    return [model.index(r).data(INTERACTION_ROLE).summary for r in range(model.rowCount())]


def test_an_entry_with_many_people_is_deleted_and_put_back_on_the_worker(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], window_writes: list[str]
) -> None:
    journal = app_context.core.journal
    ids = [person(f"P{n}", keep_in_touch_days=30) for n in range(4)]
    journal.log(ids[:1], "call", "Older", at=D(2026, 2, 1, 10))
    big = journal.log(ids, "meeting", "Conference", at=D(2026, 2, 20, 10))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)  # read on a worker
    assert summaries(view) == ["Conference", "Older"]
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    window_writes.clear()
    announced: list[object] = []
    app_context.changes.contacts_changed.connect(announced.append)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        QTest.keyClick(view.list, Qt.Key.Key_Delete)
        QTest.keyClick(view.list, Qt.Key.Key_Delete)  # held down: the same entry, not "Older"
    qtbot.waitUntil(lambda: not view.model.reading())  # read again on the worker
    assert summaries(view) == ["Older"]
    assert journal.get(big) is None
    assert app_context.core.contacts.get(ids[1]).last_interaction is None  # type: ignore[union-attr]
    stack = app_context.undo_stack
    assert stack.count() == 1
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        stack.undo()
    qtbot.waitUntil(lambda: not view.model.reading())
    assert summaries(view) == ["Conference", "Older"]
    restored = journal.get(big)
    assert restored is not None and sorted(restored.contact_ids) == sorted(ids)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        stack.redo()
    qtbot.waitUntil(lambda: not view.model.reading())
    assert summaries(view) == ["Older"]
    assert window_writes == []  # none of it on the window's thread
    # its people, not "everyone" (every view read all 100,000 contacts again: 0.2-0.4 s)
    assert announced and all(sorted(each) == sorted(ids) for each in announced)  # type: ignore[arg-type]
