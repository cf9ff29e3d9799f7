"""Editing an entry with many people is written on the worker, and so are its undo and redo.

On 100,000 contacts, saving an edit of an entry with 1,000 people held the window 0.5-1.3 s
(their search index rewritten, as it holds their newest summaries).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.store.models import db
from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog

D = dt.datetime
# offscreen: dialogs cannot be sized, raised or grab the keyboard
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


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


def open_edit(qtbot: QtBot, context: AppContext, entry_id: int) -> EditEntryDialog:
    entry = context.core.journal.get(entry_id)
    assert entry is not None
    dialog = EditEntryDialog(context, entry)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.done(0))
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.summary.selectAll()
    QTest.keyClicks(dialog.summary, "Conference in Porto")
    return dialog


def press_enter(dialog: EditEntryDialog) -> None:
    """Enter in the summary (its release would go to a field disabled meanwhile)."""
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)


def test_an_edit_of_an_entry_with_many_people_is_written_on_the_worker(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], window_writes: list[str]
) -> None:
    journal = app_context.core.journal
    ids = [person(f"P{n}") for n in range(4)]
    entry_id = journal.log(ids, "meeting", "Conference in Lisbon", at=D(2026, 2, 20, 10))
    dialog = open_edit(qtbot, app_context, entry_id)
    window_writes.clear()
    press_enter(dialog)
    assert dialog.isVisible() and not dialog.isEnabled()  # waits, busy, for the worker
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    dialog.reject()  # Esc meanwhile: it is being saved
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.result() == dialog.DialogCode.Accepted and QApplication.overrideCursor() is None
    assert dialog.edited is not None and dialog.edited.summary == "Conference in Porto"
    assert journal.get(entry_id).summary == "Conference in Porto"  # type: ignore[union-attr]
    stack = app_context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Edit journal entry"
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        stack.undo()
    assert journal.get(entry_id).summary == "Conference in Lisbon"  # type: ignore[union-attr]
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        stack.redo()
    assert journal.get(entry_id).summary == "Conference in Porto"  # type: ignore[union-attr]
    assert window_writes == []  # none of it on the window's thread


def test_an_edit_the_database_refuses_is_said_and_what_was_typed_stays(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], write_lock
) -> None:  # type: ignore[no-untyped-def]
    journal = app_context.core.journal
    ids = [person(f"P{n}") for n in range(4)]
    entry_id = journal.log(ids, "meeting", "Conference in Lisbon", at=D(2026, 2, 20, 10))
    dialog = open_edit(qtbot, app_context, entry_id)
    lock = write_lock()
    press_enter(dialog)
    # the worker waits the database's busy timeout (5 s) for the lock, then gives up
    qtbot.waitUntil(dialog.isEnabled, timeout=20000)
    said = dialog.problem.text()
    assert str(app_context.core.store.path) in said and "locked" in said, said
    assert dialog.isVisible() and dialog.summary.text() == "Conference in Porto"
    assert dialog.focusWidget() is dialog.summary  # typing goes on where it was
    assert journal.get(entry_id).summary == "Conference in Lisbon"  # type: ignore[union-attr]
    assert app_context.undo_stack.count() == 0
    lock.release()
