"""Type-ahead in a journal list goes to the entry whose summary (its bold line) starts with
the letters typed, case and accents aside: it read "Call: …" and matched kinds only."""

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
from netdesk.ui.journal_view import INTERACTION_ROLE, JournalList, JournalView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
D = dt.datetime


def _typed(qtbot: QtBot, view: JournalList, letters: str) -> str:
    """The summary of the row current after typing ``letters`` as one search."""
    qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a search of its own, not the
    # tail of the previous one (keyboardSearch("") would also step to the next row)
    # what each key typed calls, all letters at once: typed one by one, a stall longer
    # than the interval between two of them on a loaded machine split the word in two
    view.keyboardSearch(letters)
    current = view.currentIndex()
    return current.data(INTERACTION_ROLE).summary if current.isValid() else ""


def _log_four(app_context: AppContext, person: Callable[..., int]) -> int:
    ana = person("Ana")
    bea = person("Bea")
    journal = app_context.core.journal
    journal.log([ana], "call", "Coffee near the office", at=D(2026, 2, 1, 10))
    journal.log([ana, bea], "message", "Asked how the move went", at=D(2026, 2, 10, 10))
    journal.log([ana], "meeting", "Café con Lucía", at=D(2026, 2, 20, 10))
    journal.log([ana], "call", "Met at the meetup", at=D(2026, 2, 25, 10))
    return ana


def test_typing_in_a_cards_journal_goes_to_the_summary_typed(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    ana = _log_four(app_context, person)
    view = JournalView(app_context)
    qtbot.addWidget(view)
    view.resize(500, 400)
    with qtbot.waitExposed(view):
        view.show()
    view.set_contact(ana)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)
    journal = view.list
    journal.setFocus()
    journal.setCurrentIndex(view.model.index(0))  # the newest: "Met at the meetup"
    assert _typed(qtbot, journal, "asked") == "Asked how the move went"
    assert _typed(qtbot, journal, "coffee") == "Coffee near the office"
    assert _typed(qtbot, journal, "CAFE") == "Café con Lucía"  # case and accents aside
    assert _typed(qtbot, journal, "met") == "Met at the meetup"  # (wrapped to the top)
    # letters no summary starts with leave the current entry; a kind is not a summary
    assert _typed(qtbot, journal, "zz") == "Met at the meetup"
    assert _typed(qtbot, journal, "message") == "Met at the meetup"


def test_typing_in_everyones_journal_goes_to_the_summary_typed(
    qtbot: QtBot, app_context: AppContext, person: Callable[..., int]
) -> None:
    _log_four(app_context, person)
    journal = GlobalJournal(app_context)
    qtbot.addWidget(journal)
    journal.resize(700, 500)
    with qtbot.waitExposed(journal):
        journal.show()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 4)  # read on a worker
    journal.list.setFocus()
    journal.list.setCurrentIndex(journal.model.index(0))
    assert _typed(qtbot, journal.list, "ask") == "Asked how the move went"
    QTest.keyClick(journal.list, Qt.Key.Key_Home)
    assert _typed(qtbot, journal.list, "caf") == "Café con Lucía"
