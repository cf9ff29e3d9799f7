"""An entry with many people is read for its edit dialog on the worker: 97,500 people took
2 s to read (the entry, then their names) with the window frozen before the dialog showed."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.core.journal import JournalService
from netdesk.ui import journal_edit
from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog
from netdesk.ui.journal_view import JournalView

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def test_a_big_entry_is_read_on_the_worker_then_edited_and_undone(
    qtbot: QtBot,
    app_context: AppContext,
    person: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(journal_edit, "BACKGROUND_OPEN", 3)
    core = app_context.core
    ids = [person(f"P{n}") for n in range(5)]
    logged = core.journal.log(ids, "meeting", "Offsite", at=D(2026, 2, 20, 10), body="Agenda")
    read_on: list[bool] = []  # each read of the whole entry: on the window's thread?
    reading = JournalService.get

    def get(self: JournalService, interaction_id: int):  # type: ignore[no-untyped-def]
        read_on.append(threading.current_thread() is threading.main_thread())
        return reading(self, interaction_id)

    monkeypatch.setattr(JournalService, "get", get)
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_contact(ids[0])
    with qtbot.waitExposed(view):
        view.show()
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    seen: list[list[str]] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EditEntryDialog) or not dialog.isVisible():
            QTimer.singleShot(10, fill_in)
            return
        chosen = dialog.people.chosen
        seen.append([chosen.item(r).text() for r in range(chosen.count())])
        dialog.body.setPlainText("Agenda and budget")
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    QTest.keyClick(view.list, Qt.Key.Key_F2)
    QTest.keyClick(view.list, Qt.Key.Key_F2)  # again before it is read: one dialog
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    qtbot.waitUntil(lambda: app_context.undo_stack.count() == 1, timeout=10000)
    assert seen == [[f"P{n}" for n in range(5)]]
    assert read_on[0] is False  # the read for the dialog, on the worker
    stored = core.journal.get(logged)
    assert stored is not None and stored.body == "Agenda and budget"
    assert sorted(stored.contact_ids) == sorted(ids)
    with qtbot.waitSignal(app_context.changes.journal_changed, timeout=10000):
        app_context.undo_stack.undo()
    assert core.journal.get(logged).body == "Agenda"  # type: ignore[union-attr]
