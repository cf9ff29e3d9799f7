"""An entry with many people is written, and taken back, on the worker: the window never waits.

On 100,000 contacts, logging one talk with 1,000 people held the window 0.7 s (their search
index rewritten), and its undo 0.5 s. One person is still written at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from log_dialog_setup import (
    MANY,
    OFFSCREEN,
    few_make_many,
    is_write,
    open_dialog,
    window_statements,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import record_logged
from netdesk.ui.log_dialog import LogInteractionDialog

pytestmark = OFFSCREEN


@pytest.fixture(autouse=True)
def _few_make_many(monkeypatch: pytest.MonkeyPatch) -> None:
    few_make_many(monkeypatch)


@pytest.fixture
def window_writes() -> Iterator[list[str]]:
    """The writes made on the window's own connection."""
    with window_statements(is_write) as seen:
        yield seen


def press_enter(dialog: LogInteractionDialog) -> None:
    """Enter in the summary: its release goes to a field disabled meanwhile (the test's
    keyClick says so as a warning, the user's release is just dropped)."""
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)


def test_many_people_are_logged_on_the_worker_while_the_dialog_waits_busy(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], window_writes: list[str]
) -> None:
    ids = [person(f"P{n}", keep_in_touch_days=30) for n in range(MANY)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    window_writes.clear()
    press_enter(dialog)
    # still open, disabled under a busy cursor while the worker writes
    assert dialog.isVisible() and not dialog.isEnabled()
    cursor = QApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    dialog.reject()  # Esc or the window's close meanwhile: it is being written
    dialog.accept()  # nor is it written twice (Enter again, Save)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000) as changed:
        pass
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sorted(changed.args[0]) == sorted(ids)
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.isEnabled()
    assert QApplication.overrideCursor() is None
    assert window_writes == []  # nothing of it on the window's thread
    (entry,) = app_context.core.journal.for_contact(ids[-1])
    assert (entry.id, entry.summary, sorted(entry.contact_ids)) == (
        dialog.interaction_id,
        "Conference",
        sorted(ids),
    )


def test_a_refused_write_is_said_with_the_file_and_the_text_stays(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], write_lock
) -> None:  # type: ignore[no-untyped-def]
    ids = [person(f"P{n}") for n in range(MANY)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    lock = write_lock()
    press_enter(dialog)
    assert not dialog.isEnabled()
    # the worker waits the database's busy timeout (5 s) for the lock, then gives up
    qtbot.waitUntil(dialog.isEnabled, timeout=20000)
    assert dialog.isVisible() and dialog.summary.text() == "Conference"
    said = dialog.problem.text()
    assert str(app_context.core.store.path) in said and "locked" in said, said
    assert QApplication.overrideCursor() is None
    assert app_context.core.journal.for_contact(ids[0]) == []
    lock.release()
    press_enter(dialog)  # again, once the other program is done
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert [e.summary for e in app_context.core.journal.for_contact(ids[0])] == ["Conference"]


def test_one_person_is_logged_at_once_and_a_refusal_is_said_in_the_dialog(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], write_lock
) -> None:  # type: ignore[no-untyped-def]
    """A locked database went up as an internal error out of Save."""
    ana = person("Ana")
    dialog = open_dialog(qtbot, app_context, [ana], "Conference")
    lock = write_lock()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.isEnabled()
    said = dialog.problem.text()
    assert str(app_context.core.store.path) in said and "locked" in said, said
    lock.release()
    QTest.keyClick(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isVisible()  # written at once, no round trip to the worker
    assert [e.summary for e in app_context.core.journal.for_contact(ana)] == ["Conference"]


def test_the_undo_and_redo_of_an_entry_with_many_people_run_on_the_worker(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], window_writes: list[str]
) -> None:
    ids = [person(f"P{n}", keep_in_touch_days=30) for n in range(MANY)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    press_enter(dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    record_logged(app_context, dialog.interaction_id)
    journal, stack = app_context.core.journal, app_context.undo_stack
    entry_id = dialog.interaction_id
    assert entry_id is not None and journal.get(entry_id) is not None
    window_writes.clear()
    changes = app_context.changes
    announced: list[object] = []
    changes.contacts_changed.connect(announced.append)
    with (
        qtbot.waitSignal(changes.journal_changed, timeout=10000),
        qtbot.waitSignal(changes.undo_busy) as busy,
    ):
        stack.undo()
    assert busy.args == [True]  # Undo and Redo are off while it runs
    qtbot.waitUntil(lambda: journal.get(entry_id) is None)
    assert app_context.core.contacts.get(ids[0]).last_interaction is None  # type: ignore[union-attr]
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        stack.redo()
    restored = journal.get(entry_id)  # the same id again
    assert restored is not None and sorted(restored.contact_ids) == sorted(ids)
    assert window_writes == []
    # its people, not "everyone" (every view read all 100,000 contacts again: 0.2-0.4 s)
    assert announced and all(sorted(each) == sorted(ids) for each in announced)  # type: ignore[arg-type]


def test_the_with_line_names_the_first_thirty_and_counts_the_others(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    """Every name of a talk with 100,000 people was cut to the line's width at each resize
    (0.4 s each) and shown whole in its tooltip."""
    from netdesk.ui.journal_edit import EditEntryDialog

    ids = [person(f"P{n}") for n in range(40)]
    dialog = LogInteractionDialog(app_context, ids)
    qtbot.addWidget(dialog)
    named = ", ".join(f"P{n}" for n in range(30))
    assert dialog.who.text() == f"{named} and 10 more"
    assert dialog.windowTitle() == "Log interaction with P0, P1 and 38 more"
    entry = app_context.core.journal.get(app_context.core.journal.log(ids, "event", "Gala"))
    assert entry is not None
    edit = EditEntryDialog(app_context, entry)
    qtbot.addWidget(edit)
    assert edit.who.text() == f"{named} and 10 more"
