"""Delete on a journal entry says which entry went and who it was with: one key took a talk
shared with others out of each of their journals, unsaid, and the way back (Ctrl+Z) unknown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.ui import undo
from netdesk.ui.context import AppContext
from netdesk.ui.main_window import MainWindow


def press_delete_on_the_first_entry(qtbot: QtBot, window: MainWindow) -> None:
    view = window.journal.list
    qtbot.waitUntil(lambda: window.journal.model.rowCount() > 0)
    view.setFocus()
    view.setCurrentIndex(window.journal.model.index(0))
    QTest.keyClick(view, Qt.Key.Key_Delete)


def test_deleting_a_shared_entry_names_it_and_whom_it_was_with(
    qtbot: QtBot, main_window: MainWindow, app_context: AppContext, person: Callable[..., int]
) -> None:
    core = app_context.core
    ana, bob = person("Ana", "Ruiz"), person("Bob", "Lee")
    core.journal.log([ana, bob], "meeting", "Coffee about the roadmap")
    main_window.open_contact(ana)
    press_delete_on_the_first_entry(qtbot, main_window)
    assert core.journal.for_contact(bob) == []  # gone from his journal too
    assert main_window.statusBar().currentMessage() == (
        "Deleted “Coffee about the roadmap”, logged with Ana Ruiz, Bob Lee. Press Ctrl+Z to undo."
    )
    app_context.undo_stack.undo()
    assert [e.summary for e in core.journal.for_contact(bob)] == ["Coffee about the roadmap"]


def test_a_long_summary_and_many_people_are_cut_short(
    qtbot: QtBot,
    main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With many people the delete runs on the worker: said once it is done."""
    monkeypatch.setattr(undo, "BACKGROUND_DELETE", 3)
    core = app_context.core
    ids = [person(f"P{n}") for n in range(6)]
    summary = "A long afternoon going through every open question of the merger"
    core.journal.log(ids, "meeting", summary)
    main_window.open_contact(ids[0])
    press_delete_on_the_first_entry(qtbot, main_window)
    qtbot.waitUntil(lambda: core.journal.count() == 0, timeout=10000)
    qtbot.waitUntil(lambda: main_window.statusBar().currentMessage() != "")
    assert main_window.statusBar().currentMessage() == (
        "Deleted “A long afternoon going through every…”, logged with P0, P1 and 4 more. "
        "Press Ctrl+Z to undo."
    )
