"""Enter on an entry of everyone's journal opens its contact with that entry current in the
journal under the card (it opened at the journal's top: a talk found by a search two years
back was to be looked for again among the contact's newer ones)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from netdesk.core.clock import FixedClock
from netdesk.ui.context import AppContext
from netdesk.ui.global_journal import GlobalJournal
from netdesk.ui.journal_view import PAGE
from netdesk.ui.main_window import MainWindow

D = dt.datetime
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def enter_on(qtbot: QtBot, window: MainWindow, view: GlobalJournal, summary: str) -> int:
    """Search for ``summary``, Enter on its entry; returns the entry's id."""
    window.show_journal()
    view.text.setText(summary)
    qtbot.waitUntil(  # (the search follows the typing once it pauses)
        lambda: view.model.rowCount() == 1 and view.model.entry(0).summary == summary
    )
    entry = view.model.entry(0)
    view.list.setFocus()
    view.list.setCurrentIndex(view.model.index(0))
    QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert entry.id is not None
    return entry.id


def test_enter_on_an_old_entry_shows_it_in_the_contacts_journal(
    qtbot: QtBot,
    active_main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    clock: FixedClock,
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 2, 9))
    ana, bob = person("Ana", "Ruiz"), person("Bob", "Lee")
    for day in range(3 * PAGE):  # three pages of talks, the oldest first
        core.journal.log([ana], "call", f"Call {day:03d}", at=D(2025, 1, 1) + dt.timedelta(day))
    core.journal.log([bob], "call", "Lunch with Bob", at=D(2026, 3, 1, 12))
    app_context.changes.journal_changed.emit(None)
    window = active_main_window
    window.show_journal()
    view = window.global_journal
    assert isinstance(view, GlobalJournal)

    wanted = enter_on(qtbot, window, view, "Call 010")  # 290th newest: the third page
    assert window.pages.currentWidget() is window.split
    assert window.card.contact_id() == ana
    journal = window.journal
    assert journal.contact_id == ana
    current = journal.list.currentIndex()
    assert current.isValid() and journal.model.entry(current.row()).id == wanted
    assert journal.list.viewport().rect().intersects(journal.list.visualRect(current))

    wanted = enter_on(qtbot, window, view, "Lunch with Bob")  # another contact's newest
    assert window.card.contact_id() == bob and journal.contact_id == bob
    assert journal.model.entry(journal.list.currentIndex().row()).id == wanted


def test_the_entry_is_looked_for_no_deeper_than_asked(
    qtbot: QtBot,
    active_main_window: MainWindow,
    app_context: AppContext,
    person: Callable[..., int],
    clock: FixedClock,
) -> None:
    core = app_context.core
    clock.set(D(2026, 3, 2, 9))
    ana = person("Ana", "Ruiz")
    for day in range(3 * PAGE):
        core.journal.log([ana], "call", f"Call {day:03d}", at=D(2025, 1, 1) + dt.timedelta(day))
    app_context.changes.journal_changed.emit(None)
    window = active_main_window
    window.open_contact(ana)
    window.show_pending_contact()
    journal = window.journal
    assert journal.contact_id == ana and journal.model.rowCount() == PAGE
    oldest = core.journal.for_contact(ana, limit=3 * PAGE)[-1]
    assert oldest.id is not None
    assert not journal.show_entry(oldest.id, read_at_most=PAGE)  # a page only: not found
    assert journal.model.rowCount() == PAGE  # and no further read
    assert not journal.list.currentIndex().isValid()
    assert journal.show_entry(-1) is False  # no such entry: read to the end, then given up
    assert journal.model.rowCount() == 3 * PAGE
    assert journal.show_entry(oldest.id)  # all read: found at once
    assert journal.list.currentIndex().row() == 3 * PAGE - 1
