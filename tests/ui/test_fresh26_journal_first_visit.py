"""View > Journal (Ctrl+3) the first time, its entries read on a worker after the keyboard
went to its list: the first entry is current, as the contact list's first contact is, so
Enter opens it and the focus frame shows where the keys go (nothing was current: Enter did
nothing, and no frame showed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.main_window import MainWindow

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_ctrl_3_the_first_time_makes_the_first_entry_current(
    qtbot: QtBot,
    active_main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
) -> None:
    window = active_main_window
    ana, bob = person("Ana", "Ruiz"), person("Bob", "Lee")
    app_context.core.journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 10, 9))
    app_context.core.journal.log([bob], "meeting", "Lunch near the office", at=D(2026, 2, 1, 9))
    app_context.changes.contacts_changed.emit(None)
    qtbot.waitUntil(lambda: window.contacts.view.model().rowCount() == 2)
    window.contacts.view.setFocus()
    qtbot.waitUntil(window.contacts.view.hasFocus)
    QTest.keyClick(window.contacts.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    view = window.global_journal
    assert isinstance(view, GlobalJournal)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2)
    assert QApplication.focusWidget() is view.list
    qtbot.waitUntil(lambda: view.list.currentIndex().isValid())
    assert view.list.currentIndex().row() == 0
    assert view.list.selectionModel().selectedIndexes() == []  # current, not selected
    with qtbot.waitSignal(view.open_contact) as opened:
        QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert opened.args == [bob]  # the newest first


def test_a_search_field_in_focus_leaves_the_entries_uncurrent(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    """Typing in the search: Ctrl+L there asks who (an entry current under it would be
    taken as the one meant, test_lead25_journal_log_key)."""
    ana = person("Ana", "Ruiz")
    app_context.core.journal.log([ana], "call", "Talked about the offer", at=D(2026, 1, 10, 9))
    view = GlobalJournal(app_context)
    qtbot.addWidget(view)
    view.show()
    view.focus_search()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    assert not view.list.currentIndex().isValid()
