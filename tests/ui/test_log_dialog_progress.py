"""Logging with many people shows its progress and can be cancelled: the progress box over the
quick entry was disabled with it (a grey bar that did not move for minutes with 100,000 people,
its Cancel greyed out), and the write could not be stopped."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from log_dialog_setup import OFFSCREEN, few_make_many, open_dialog
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext

pytestmark = OFFSCREEN


@pytest.fixture(autouse=True)
def _few_make_many(monkeypatch: pytest.MonkeyPatch) -> None:
    few_make_many(monkeypatch, step=2)


def test_the_progress_box_can_cancel_and_nothing_is_logged(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], write_lock
) -> None:  # type: ignore[no-untyped-def]
    ids = [person(f"P{n}", keep_in_touch_days=30) for n in range(7)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    lock = write_lock()  # the worker waits for it: the write is under way meanwhile
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)
    assert not dialog.isEnabled() and dialog.is_writing()
    assert dialog._writing is not None
    box = dialog._writing.dialog
    qtbot.waitUntil(box.isVisible, timeout=5000)
    cancel = box.findChild(QPushButton)
    assert box.isEnabled() and cancel is not None and cancel.isEnabled()
    cancel.click()
    lock.release()
    qtbot.waitUntil(dialog.isEnabled, timeout=10000)
    assert dialog.isVisible() and dialog.interaction_id is None
    assert dialog.problem.text() == "Cancelled: nothing was saved."
    assert dialog.summary.text() == "Conference"
    assert QApplication.overrideCursor() is None
    journal = app_context.core.journal
    assert journal.count() == 0
    assert all(journal.count_for(i) == 0 for i in ids)
    assert app_context.core.contacts.get(ids[-1]).last_interaction is None  # type: ignore[union-attr]
    # saved again, it is logged whole
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    entry = journal.get(dialog.interaction_id)  # type: ignore[arg-type]
    assert entry is not None and sorted(entry.contact_ids) == sorted(ids)


def test_the_progress_box_counts_the_people_written(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int], write_lock
) -> None:  # type: ignore[no-untyped-def]
    ids = [person(f"P{n}") for n in range(7)]
    dialog = open_dialog(qtbot, app_context, ids, "Conference")
    lock = write_lock()
    QTest.keyPress(dialog.summary, Qt.Key.Key_Return)
    assert dialog._writing is not None
    seen: list[tuple[int, int]] = []
    dialog._writing.signals.progress.connect(lambda done, total: seen.append((done, total)))
    lock.release()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert seen == [(2, 7), (4, 7), (6, 7), (7, 7)]
