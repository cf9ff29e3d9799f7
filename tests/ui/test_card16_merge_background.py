"""A merge whose other contact has a long journal runs on the worker, with its undo and redo;
the window is not held while its entries are linked and unlinked one by one."""

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
from netdesk.core.types import Contact, EmailAddress
from netdesk.ui.context import AppContext
from netdesk.ui.duplicates_dialog import BACKGROUND_MERGE, DuplicatesDialog
from netdesk.ui.merge_dialog import MergeTwoDialog, merge_two


def _ana_twice(context: AppContext, entries: int) -> tuple[int, int]:
    """Ana with a short journal and her double, with ``entries`` entries, one e-mail shared."""
    core = context.core
    ana = core.contacts.create(
        Contact(given_name="Ana", family_name="Gil", emails=[EmailAddress("ana@gil.example")])
    )
    double = core.contacts.create(
        Contact(given_name="Ana", family_name="Gil", emails=[EmailAddress("ana@gil.example")])
    )
    core.journal.log([ana], "call", "Hello", at=dt.datetime(2024, 1, 1, 9))
    start = dt.datetime(2025, 1, 1, 9)
    for n in range(entries):
        core.journal.log([double], "email", f"Mail {n}", at=start + dt.timedelta(hours=n))
    return ana, double


class Threads:
    """Which thread each merge and undo of a merge ran on (True: the window's)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.on_window: list[tuple[str, bool]] = []
        self.gate = threading.Event()
        self.gate.set()
        for name in ("merge", "undo_merge"):
            monkeypatch.setattr(duplicates, name, self._spied(name, getattr(duplicates, name)))

    def _spied(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def spied(*args: Any) -> Any:
            self.on_window.append((name, threading.current_thread() is threading.main_thread()))
            self.gate.wait(10)
            return real(*args)

        return spied


def test_a_merge_of_a_long_journal_its_undo_and_redo_run_on_the_worker(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The 1,490 entries of a contact of the 100,000-contact copy took the window 0.8 s to
    merge and 1 s to undo."""
    core = app_context.core
    stack = app_context.undo_stack
    ana, double = _ana_twice(app_context, BACKGROUND_MERGE + 1)
    threads = Threads(monkeypatch)
    dialog = merge_two(app_context, [ana, double], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    dialog.buttons[ana].click()  # keep Ana: the double's long journal moves
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert threads.on_window == [("merge", False)]
    assert core.contacts.get(double) is None
    assert core.journal.count_for(ana) == BACKGROUND_MERGE + 2

    stack.undo()
    qtbot.waitUntil(lambda: core.contacts.get(double) is not None)
    assert threads.on_window[1:] == [("undo_merge", False)]
    qtbot.waitUntil(lambda: not stack.command(0).operation.running)  # type: ignore[union-attr]
    assert core.journal.count_for(ana) == 1
    assert core.journal.count_for(double) == BACKGROUND_MERGE + 1
    assert stack.index() == 0

    stack.redo()
    qtbot.waitUntil(lambda: core.contacts.get(double) is None)
    assert threads.on_window[2:] == [("merge", False)]
    qtbot.waitUntil(lambda: not stack.command(0).operation.running)  # type: ignore[union-attr]
    assert core.journal.count_for(ana) == BACKGROUND_MERGE + 2


def test_a_short_journal_is_merged_at_once_without_a_window(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made with no window to show a progress over (from a window every merge runs on the
    worker: test_dups19_merge_off_window)."""
    ana, double = _ana_twice(app_context, 3)
    threads = Threads(monkeypatch)
    dialog = merge_two(app_context, [ana, double], None)
    assert isinstance(dialog, MergeTwoDialog)
    qtbot.addWidget(dialog)
    dialog.buttons[ana].click()
    QTest.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert threads.on_window == [("merge", True)]
    assert app_context.core.contacts.get(double) is None


def test_find_duplicates_takes_no_answer_while_a_merge_runs(
    qtbot: QtBot, app_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second click on Merge before the first merge's progress showed merged the pair
    again: refused, with an error."""
    ana, double = _ana_twice(app_context, BACKGROUND_MERGE + 1)
    dialog = DuplicatesDialog(app_context)
    qtbot.addWidget(dialog, before_close_func=lambda d: d.done(0))
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    threads = Threads(monkeypatch)
    threads.gate.clear()  # the merge stays under way
    try:
        assert dialog.merge_left.isEnabled()
        dialog.merge_left.click()
        qtbot.waitUntil(lambda: threads.on_window == [("merge", False)])
        assert not dialog.merge_left.isEnabled()
        assert not dialog.merge_right.isEnabled() and not dialog.skip.isEnabled()
    finally:
        threads.gate.set()
    stack = app_context.undo_stack
    qtbot.waitUntil(lambda: stack.count() == 1)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    contacts = app_context.core.contacts
    assert {contacts.get(ana) is None, contacts.get(double) is None} == {True, False}
    assert threads.on_window == [("merge", False)]  # once
