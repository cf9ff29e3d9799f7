"""An entry whose edit (or its undo) moves it among the others stays the current row, in
sight: moved far down by a new time, it was current out of sight, where it went unseen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.journal_edit import EditEntryDialog
from netdesk.ui.journal_view import JournalView

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def _when_edit_shows(act: Callable[[EditEntryDialog], None]) -> list[QWidget]:
    seen: list[QWidget] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, EditEntryDialog) and modal.isVisible():
            seen.append(modal)
            try:
                act(modal)
            finally:
                if modal.isVisible():
                    modal.done(0)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return seen


def _in_sight(view: JournalView) -> bool:
    return view.list.viewport().rect().contains(view.list.visualRect(view.list.currentIndex()))


def test_an_entry_moved_by_its_edit_is_current_and_in_sight_and_so_after_undo(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    core = app_context.core
    ana = person("Ana")
    for day in range(2, 14):
        core.journal.log([ana], "call", f"Call {day:02d}", at=D(2026, 2, day, 10))
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.set_contact(ana)
    with qtbot.waitExposed(view):
        view.show()
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(1))
    assert view.model.entry(1).summary == "Call 12"

    def earlier(dialog: EditEntryDialog) -> None:
        dialog.when.setDateTime(dialog.when.dateTime().addDays(-11))  # 1 February: the oldest
        QTest.keyClick(dialog.summary, Qt.Key.Key_Return)

    seen = _when_edit_shows(earlier)
    QTest.keyClick(view.list, Qt.Key.Key_F2)
    assert seen
    last = view.model.rowCount() - 1
    assert view.model.entry(last).summary == "Call 12"
    assert view.list.currentIndex().row() == last and _in_sight(view)

    app_context.undo_stack.undo()
    assert view.model.entry(1).summary == "Call 12"
    assert view.list.currentIndex().row() == 1 and _in_sight(view)
